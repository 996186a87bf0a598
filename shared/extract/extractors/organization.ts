import type { Doc } from '../doc.ts';
import { spanText } from '../doc.ts';
import type { RawMention } from '../mention.ts';
import type { RegionFindings } from './region.ts';
import type { OrgForm } from '../gazetteer/organization-gazetteer.ts';
import { formKey } from '../gazetteer/organization-gazetteer.ts';
import type { OrganizationEntry, UnitHeadEntry } from '../resources.ts';
import { firstPhrase } from '../gazetteer/phrase-index.ts';
import { KIND_PUNCT, KIND_WORD, hasSpaceBefore, isCap, isSkipped, isUpper, tokEnd, tokStart } from '../text/tokenize.ts';
import { titleCase, titleWord } from '../normalize/text-forms.ts';
import { isInstitutionalWord } from '../normalize/morphology.ts';

/**
 * Government institutions and units (ENTITIES.md, "Organizations"): known names and
 * abbreviations from the canonical table, units built from a head and a field ("Dinas" +
 * "Sosial", "Bagian" + "Organisasi"), named facilities ("Puskesmas Talun"), the Ombudsman and
 * its regional offices. The key is the canonical name without region; the region the text
 * ties the unit to is an attribute.
 */

export interface OrgMention {
  first: number;
  end: number;
  key: string;
  rule: string;
  confidence: number;
  abbreviation: string | null;
  region: string | null;
  /** Ombudsman readings, settled per document (a bare "Ombudsman" may be the office). */
  ombudsman: 'national' | 'office' | 'bare' | null;
}

export interface OrgFindings {
  mentions: OrgMention[];
  byToken: Int32Array;
}

const NATIONAL_OMBUDSMAN = 'Ombudsman Republik Indonesia';
const OFFICE_OMBUDSMAN = 'Ombudsman Republik Indonesia Perwakilan';
const LEVEL_STOP = new Set(['kabupaten', 'kota', 'provinsi', 'propinsi', 'kab', 'prov', 'pemkab', 'pemkot', 'pemprov', 'pemda', 'pemerintah', 'setda', 'setdakab', 'setdakot', 'setdaprov']);
const PARENT_WORDS = new Set(['setda', 'setdakab', 'setdakot', 'setdaprov']);
const CONNECTORS = new Set(['dan', '&']);
/** A minister's title is not a mention of the ministry ("Menteri PANRB", "Permen PANRB"). */
const MINISTER_WORDS = new Set(['menteri', 'permen', 'kepmen', 'menpan', 'wamen']);
/** Generic talk about a kind of unit, not a unit ("setiap Puskesmas", "maupun RSUD"). */
const GENERIC_BEFORE = new Set(['maupun', 'atau', 'ataupun', 'setiap', 'disetiap', 'tiap', 'para', 'seluruh', 'semua', 'berbagai', 'sejumlah', 'beberapa', 'antar', 'sebuah', 'suatu']);
/** Function words a field may run over only inside a listed name ("Kementerian Dalam Negeri"). */
const FUNCTION_WORDS = new Set(['dalam', 'bersama', 'atas', 'untuk', 'dari', 'pada', 'dengan', 'di', 'ke', 'oleh', 'yang', 'sebagai', 'serta', 'tentang', 'terhadap', 'melalui', 'antara', 'luar']);
const TRAILING_NATIONAL = [['republik', 'indonesia'], ['ri']];

interface Candidate {
  end: number;
  key: string;
  rule: string;
  confidence: number;
  abbreviation: string | null;
  ombudsman: OrgMention['ombudsman'];
  /** Token where a region may follow (after the name, before parenthesised abbreviations). */
  regionFrom: number;
  region: string | null;
  /** First token of the mention when it starts before i ("Perwakilan Ombudsman"). */
  first?: number;
}

function wordAt(doc: Doc, j: number): boolean {
  return j < doc.ts.count && doc.ts.kind[j] === KIND_WORD && !isSkipped(doc.ts, j);
}

function prevWordIndex(doc: Doc, i: number): number {
  let j = i - 1;
  while (j >= 0 && doc.ts.kind[j] === KIND_PUNCT && (doc.tok[j] === '-' || doc.tok[j] === '.')) j--;
  return j;
}

function regionStartingAt(doc: Doc, regions: RegionFindings, j: number): string | null {
  if (j >= doc.ts.count || (doc.ts.nl[j] as number) > 1) return null;
  const idx = regions.byToken[j] as number;
  if (!idx) return null;
  const m = regions.mentions[idx - 1];
  return m && m.spanFirst === j && m.chosen ? m.chosen.region.code : null;
}

function isFieldWord(doc: Doc, j: number, upperLine: boolean): boolean {
  const t = doc.tok[j] as string;
  const orgs = doc.res.organizations;
  if (doc.res.people.stopWords.has(t) && !orgs.fieldWords.has(t)) return false;
  if (isCap(doc.ts, j) || upperLine) return orgs.fieldWords.has(t) || isInstitutionalWord(t);
  return orgs.fieldWords.has(t);
}

/** Number (1–2) of capitalised words at j followed by a parent unit or a region with its level word; 0 otherwise. */
function unitWordsBeforeParent(doc: Doc, regions: RegionFindings, j: number): number {
  const { ts, tok } = doc;
  for (let k = j; k < j + 2 && wordAt(doc, k) && isCap(ts, k) && (ts.nl[k] as number) === 0; k++) {
    const t = tok[k] as string;
    if (regions.byToken[k] || doc.res.people.stopWords.has(t) || doc.res.people.nameBlockers.has(t)) return 0;
    const n = k + 1;
    if ((ts.nl[n] as number) > 0) return 0;
    if (PARENT_WORDS.has(tok[n] ?? '') || (tok[n] === 'sekretariat' && tok[n + 1] === 'daerah')) return n - j;
    const r = regions.byToken[n] as number;
    const m = r ? regions.mentions[r - 1] : undefined;
    if (m && m.spanFirst === n && m.nameFirst > n) return n - j;
  }
  return 0;
}

interface Field {
  words: string[];
  /** Token index after each word (for cutting the field short). */
  ends: number[];
  end: number;
  keepUpper: Set<string>;
}

/** The field after a head: "Sosial", "Kependudukan dan Pencatatan Sipil", "PMPTSP" (expanded). */
function parseField(doc: Doc, regions: RegionFindings, h: number): Field {
  const { ts, tok } = doc;
  const orgs = doc.res.organizations;
  const upperLine = isUpper(ts, h - 1);
  const words: string[] = [];
  const ends: number[] = [];
  const keepUpper = new Set<string>();
  let j = h;
  let end = h;
  const push = (w: string, after: number): void => {
    words.push(w);
    ends.push(after);
  };
  for (let steps = 0; steps < 16 && j < ts.count; steps++) {
    if (isSkipped(ts, j) || (ts.nl[j] as number) > 1) break;
    if ((ts.nl[j] as number) === 1 && (words.length === 0 || !isCap(ts, j))) break;
    // A wide gap on one line is a table column: the next cell is not this name.
    if ((ts.nl[j] as number) === 0 && j > h && tokStart(ts, j) - tokEnd(ts, j - 1) >= 4) break;
    if (regions.byToken[j]) break;
    const t = tok[j] as string;
    if (ts.kind[j] === KIND_WORD) {
      if (CONNECTORS.has(t)) {
        if (words.length && wordAt(doc, j + 1) && isFieldWord(doc, j + 1, upperLine)) {
          push('dan', j + 1);
          j++;
          continue;
        }
        break;
      }
      // Another unit's head ends the field, or leaves no field at all ("Badan Bidang …" is no unit).
      if (LEVEL_STOP.has(t) || orgs.headWords.has(t)) break;
      // Hyphenated abbreviation ("PAN-RB") or a single one ("Dukcapil").
      if (isUpper(ts, j) && tok[j + 1] === '-' && !hasSpaceBefore(ts, j + 1) && isUpper(ts, j + 2) && !hasSpaceBefore(ts, j + 2)) {
        const exp = orgs.fieldAbbreviations.get(t + (tok[j + 2] as string));
        if (exp) {
          push(exp, j + 3);
          j += 3;
          end = j;
          continue;
        }
      }
      const exp = orgs.fieldAbbreviations.get(t);
      if (exp && (isCap(ts, j) || upperLine)) {
        push(exp, j + 1);
        j++;
        end = j;
        continue;
      }
      if (isFieldWord(doc, j, upperLine)) {
        push(doc.ts.norm.slice(tokStart(ts, j), tokEnd(ts, j)), j + 1);
        j++;
        end = j;
        continue;
      }
      // Unlisted words of a unit's name, when its parent or its region follows
      // ("Bagian Penyelesaian Batas Setda Muba").
      const run = unitWordsBeforeParent(doc, regions, j);
      if (words.length && run > 0) {
        for (let k = j; k < j + run; k++) push(doc.ts.norm.slice(tokStart(ts, k), tokEnd(ts, k)), k + 1);
        j += run;
        end = j;
        break;
      }
      // An abbreviation the text does not expand stays in the name ("Dinsos KBPP").
      if (words.length && !upperLine && isUpper(ts, j) && t.length >= 2 && t.length <= 6 && !doc.res.people.degrees.has(t) && t !== 'ri' && !orgs.abbreviations.has(t) && !doc.res.regions.phrases.byFirst.has(t)) {
        const w = doc.ts.norm.slice(tokStart(ts, j), tokEnd(ts, j));
        push(w, j + 1);
        keepUpper.add(w);
        j++;
        end = j;
      }
      break;
    }
    if (t === ',' && words.length && wordAt(doc, j + 1) && (isCap(ts, j + 1) || upperLine) && !orgs.headWords.has(tok[j + 1] as string) && !regions.byToken[j + 1] && isFieldWord(doc, j + 1, upperLine) && !LEVEL_STOP.has(tok[j + 1] as string)) {
      push(',', j + 1);
      j++;
      continue;
    }
    break;
  }
  while (words.length && (words[words.length - 1] === 'dan' || words[words.length - 1] === ',')) {
    words.pop();
    ends.pop();
  }
  return { words, ends, end, keepUpper };
}

function displayName(parts: string[], keepUpper: Set<string>): string {
  const out: string[] = [];
  for (const p of parts) {
    if (p === ',') {
      if (out.length) out[out.length - 1] += ',';
      continue;
    }
    for (const w of p.split(' ')) out.push(keepUpper.has(w) ? w : titleWord(w, out.length === 0));
  }
  return out.join(' ');
}

function stripNational(words: string[]): string[] {
  for (const tail of TRAILING_NATIONAL) {
    const n = tail.length;
    if (words.length > n && words.slice(-n).every((w, k) => w.toLowerCase() === tail[k])) return words.slice(0, -n);
  }
  return words;
}

/** Words between a position and its portfolio ("Staf Ahli Bupati Bidang …", "Komisi I Bidang …"). */
const PORTFOLIO_SKIP = new Set(['bupati', 'gubernur', 'walikota', 'wali', 'kota', 'menteri', 'presiden', 'dprd', 'i', 'ii', 'iii', 'iv', 'v', 'vi']);

/** "Deputi Bidang …", "Staf Ahli Bupati Bidang …", "Urusan Pemerintahan\nBidang …": the head word names a portfolio or sector. */
function portfolioOf(doc: Doc, i: number, notAfter: readonly string[]): boolean {
  if (i === 0 || (doc.ts.nl[i] as number) > 1) return false;
  let p = i - 1;
  for (let words = 0; p >= 0 && words < 3; p--) {
    const t = doc.tok[p] as string;
    if (doc.ts.kind[p] === KIND_PUNCT) {
      if (t === ':' || t === '-' || t === '.') continue;
      return false;
    }
    if (notAfter.includes(t)) return true;
    if (!PORTFOLIO_SKIP.has(t)) return false;
    words++;
  }
  return false;
}

function headCandidate(doc: Doc, regions: RegionFindings, i: number): Candidate | null {
  const { ts, tok } = doc;
  const orgs = doc.res.organizations;
  const hm = firstPhrase(ts, tok, i, orgs.heads, 1);
  if (!hm) return null;
  const head: UnitHeadEntry = hm.entry.value;
  const h = hm.next;
  if (head.notAfter && portfolioOf(doc, i, head.notAfter)) return null;
  if (head.mode === 'bare') {
    let end = h;
    if (tok[end] === 'daerah' && wordAt(doc, end)) end++;
    return { end, key: head.canonical, rule: `org.head:${head.id}`, confidence: 0.85, abbreviation: null, ombudsman: null, regionFrom: end, region: null };
  }
  if (head.mode === 'proper') return properCandidate(doc, regions, i, h, head);
  const field = parseField(doc, regions, h);
  const named = settleField(doc, head, field);
  if (!named) return null;
  if (named.entry?.kind === 'ministry' && MINISTER_WORDS.has(tok[prevWordIndex(doc, i)] ?? '')) return null;
  return {
    end: named.end,
    key: named.entry ? named.entry.canonical : named.display,
    rule: named.entry ? `org.head:${head.id}>${named.entry.id}` : `org.head:${head.id}`,
    confidence: named.entry ? 0.9 : 0.7,
    abbreviation: null,
    ombudsman: null,
    regionFrom: named.end,
    region: null,
  };
}

/**
 * The longest reading of head + field that the canonical table knows; otherwise the field up
 * to its first function word ("Dewan Pers Dalam …" → "Dewan Pers"). Generic phrases
 * ("Badan Publik …") are no unit at all.
 */
function settleField(doc: Doc, head: UnitHeadEntry, field: Field): { display: string; entry: OrganizationEntry | undefined; end: number } | null {
  const orgs = doc.res.organizations;
  const { words, ends } = field;
  if (!words.length) return null;
  for (let k = 1; k <= words.length; k++) {
    if (orgs.nonOrganizations.has(formKey(`${head.canonical} ${words.slice(0, k).join(' ')}`))) return null;
  }
  const known = (parts: string[]): OrganizationEntry | undefined => orgs.canonicalByForm.get(formKey(displayName([head.canonical, ...parts], field.keepUpper)));
  for (let n = words.length; n >= 1; n--) {
    const w = words[n - 1] as string;
    if (w === 'dan' || w === ',') continue;
    for (const cand of [words.slice(0, n), stripNational(words.slice(0, n))]) {
      const entry = known(cand);
      if (!entry) continue;
      // A known name the text writes longer is a longer name ("Dinas Kependudukan, Pencatatan
      // Sipil, Pemberdayaan Masyarakat dan Desa", "Dinas Pendidikan Pemuda dan Olahraga"),
      // unless every further part is a unit of the same head on its own ("Dinas Kesehatan,
      // Pendidikan dan Sosial": three dinas).
      if (longerName(words.slice(n), known)) break;
      return { display: entry.canonical, entry, end: ends[n - 1] as number };
    }
  }
  let n = words.length;
  const weak = words.findIndex((w) => FUNCTION_WORDS.has(w.toLowerCase()));
  if (weak >= 0) n = weak;
  while (n > 0 && (words[n - 1] === 'dan' || words[n - 1] === ',')) n--;
  const kept = stripNational(words.slice(0, n));
  if (!kept.length) return null;
  return { display: displayName([head.canonical, ...kept], field.keepUpper), entry: undefined, end: ends[n - 1] as number };
}

/** Whether the field words after a known name continue it (see settleField); `rest` starts after the name. */
function longerName(rest: string[], known: (parts: string[]) => OrganizationEntry | undefined): boolean {
  const parts: string[][] = [[]];
  for (const w of rest) {
    if (w === ',' || w === 'dan') {
      if ((parts[parts.length - 1] as string[]).length) parts.push([]);
    } else {
      (parts[parts.length - 1] as string[]).push(w);
    }
  }
  const real = parts.filter((p) => p.length > 0);
  if (!real.length) return false;
  // Function words end a name ("Dewan Pers Dalam …"): a continuation starting with one is no name.
  if (FUNCTION_WORDS.has((real[0]?.[0] ?? '').toLowerCase())) return false;
  // "X dan Y" is one unit ("Dinas Pariwisata dan Kebudayaan"); only a list "X, Y dan Z" of
  // units of their own is elliptic.
  return real.length < 2 || !real.every((p) => known(p) !== undefined);
}

/** "Puskesmas Ulak Paceh", "RSUD Waled", "RSUD" alone (generic), "Kecamatan Sumber". */
function properCandidate(doc: Doc, regions: RegionFindings, i: number, h: number, head: UnitHeadEntry): Candidate | null {
  const { ts, tok } = doc;
  const orgs = doc.res.organizations;
  if (head.titledName) {
    const titled = titledName(doc, regions, h);
    if (titled) {
      return {
        end: titled.end,
        key: `${head.canonical} ${titled.name}`,
        rule: `org.head:${head.id}+titled-name`,
        confidence: 0.85,
        abbreviation: h - i === 1 && isUpper(ts, i) ? ts.text.slice(tokStart(ts, i), tokEnd(ts, i)) : null,
        ombudsman: null,
        regionFrom: titled.end,
        region: null,
      };
    }
  }
  // A facility named after its district ("Puskesmas Kecamatan Tanah Abang").
  const districtWord = (tok[h] === 'kecamatan' || tok[h] === 'kelurahan' || tok[h] === 'distrik') && isCap(ts, h) && (ts.nl[h] as number) === 0 ? h : -1;
  const run: number[] = districtWord >= 0 ? [districtWord] : [];
  for (let j = districtWord >= 0 ? h + 1 : h; run.length < 5 && j < ts.count; j++) {
    const t = tok[j] as string;
    if (!wordAt(doc, j) || !isCap(ts, j) || (ts.nl[j] as number) > 0 || regions.byToken[j]) break;
    if (orgs.headWords.has(t) || doc.res.people.stopWords.has(t) || orgs.abbreviations.has(t) || doc.res.people.degrees.has(t)) break;
    if (doc.res.people.positions.byFirst.has(t) || doc.res.people.honorifics.has(t)) break;
    run.push(j);
  }
  let take = run.length;
  if (take > 2) {
    // A longer capitalised run is the name followed by something else (often a person).
    take = 0;
    for (let k = Math.min(3, run.length); k >= 1; k--) {
      const name = run.slice(0, k).map((j) => tok[j]).join(' ');
      if (orgs.placeNames.has(name)) {
        take = k;
        break;
      }
    }
    if (!take) take = run.length <= 3 ? run.length : 1;
  }
  let nameTokens = run.slice(0, take);
  // A district named like its regency ("Distrik Mimika Baru", "Kecamatan Pemalang"): the
  // district list decides, region words included.
  if (!nameTokens.length && head.requiresName) nameTokens = districtName(doc, h);
  if (!nameTokens.length) {
    if (head.requiresName) return null;
    if (GENERIC_BEFORE.has(tok[i - 1] ?? '')) return null;
  }
  const end = nameTokens.length ? (nameTokens[nameTokens.length - 1] as number) + 1 : h;
  const name = nameTokens.map((j) => ts.norm.slice(tokStart(ts, j), tokEnd(ts, j)));
  return {
    end,
    key: name.length ? `${head.canonical} ${titleCase(name, true)}` : head.canonical,
    rule: `org.head:${head.id}${name.length ? '+name' : ''}`,
    confidence: name.length ? 0.85 : 0.7,
    abbreviation: h - i === 1 && isUpper(ts, i) ? ts.text.slice(tokStart(ts, i), tokEnd(ts, i)) : null,
    ombudsman: null,
    regionFrom: end,
    region: null,
  };
}

/** The longest run of up to three capitalised words at h that is a district's name, as token indexes. */
function districtName(doc: Doc, h: number): number[] {
  const { ts, tok } = doc;
  const words: string[] = [];
  let best: number[] = [];
  for (let j = h; j < h + 3 && wordAt(doc, j) && isCap(ts, j) && (ts.nl[j] as number) === 0; j++) {
    words.push(tok[j] as string);
    if (doc.res.organizations.placeNames.has(words.join(' '))) best = Array.from({ length: j - h + 1 }, (_, k) => h + k);
  }
  return best;
}

/** Whether token j can be part of a facility's proper name (capitalised, not a unit, position or region word). */
function properWord(doc: Doc, regions: RegionFindings, j: number): boolean {
  const { ts, tok } = doc;
  const t = tok[j] as string;
  const people = doc.res.people;
  const orgs = doc.res.organizations;
  if (!wordAt(doc, j) || !isCap(ts, j) || (ts.nl[j] as number) > 0 || regions.byToken[j]) return false;
  return !(orgs.headWords.has(t) || people.stopWords.has(t) || orgs.abbreviations.has(t) || people.degrees.has(t) || people.positions.byFirst.has(t));
}

/**
 * A facility named after a person, titles and initials included: "dr. R. Soetrasno", "Brigjend
 * H. Hasan Basry Kandangan", "Prof. Dr. W. Z. Johannes". Null when the name has no title or
 * initial (the plain reading applies).
 */
function titledName(doc: Doc, regions: RegionFindings, h: number): { name: string; end: number } | null {
  const { ts, tok } = doc;
  const people = doc.res.people;
  let j = h;
  let titles = 0;
  let words = 0;
  let end = h;
  for (let guard = 0; guard < 12 && j < ts.count && words < 4; guard++) {
    if (!wordAt(doc, j) || (ts.nl[j] as number) > 0) break;
    const t = tok[j] as string;
    const dotted = tok[j + 1] === '.' && !hasSpaceBefore(ts, j + 1);
    const title = people.honorifics.get(t);
    if (words === 0 && title && title.kind !== 'address' && (isCap(ts, j) || t === 'dr')) {
      titles++;
      j += dotted ? 2 : 1;
      end = j;
      continue;
    }
    if (t.length === 1 && isUpper(ts, j) && dotted) {
      titles++;
      j += 2;
      end = j;
      continue;
    }
    if (!properWord(doc, regions, j)) break;
    words++;
    j += dotted && title?.kind === 'keep' ? 2 : 1;
    end = j;
  }
  if (!titles || !words) return null;
  // Titles as written ("dr.", "H."), name words title-cased ("DJASAMEN" → "Djasamen").
  let name = '';
  for (let k = h; k < end; k++) {
    const w = ts.norm.slice(tokStart(ts, k), tokEnd(ts, k));
    const title = ts.kind[k] !== KIND_WORD || (tok[k] as string).length === 1 || people.honorifics.has(tok[k] as string);
    name += (k > h && hasSpaceBefore(ts, k) ? ' ' : '') + (title ? w : titleWord(w, true));
  }
  return { name, end };
}

function phraseCandidate(doc: Doc, i: number): Candidate | null {
  const m = firstPhrase(doc.ts, doc.tok, i, doc.res.organizations.phrases, 1);
  if (!m) return null;
  const form: OrgForm = m.entry.value;
  if (form.entry.kind === 'ministry' && MINISTER_WORDS.has(doc.tok[prevWordIndex(doc, i)] ?? '')) return null;
  return { end: m.next, key: form.entry.canonical, rule: form.rule, confidence: 0.95, abbreviation: null, ombudsman: null, regionFrom: m.next, region: null };
}

/** Abbreviations and short forms, over up to four written pieces ("Kemenpan-RB", "Satpol PP"). */
function abbreviationCandidate(doc: Doc, i: number): Candidate | null {
  const { ts, tok } = doc;
  const orgs = doc.res.organizations;
  let c = tok[i] as string;
  if (!orgs.abbreviations.has(c) && !orgs.abbreviationPrefixes.has(c)) return null;
  let best: { form: OrgForm; end: number } | null = null;
  const consider = (end: number): void => {
    const form = orgs.abbreviations.get(c);
    if (!form) return;
    if (form.upperOnly) {
      for (let j = i; j < end; j++) if (ts.kind[j] === KIND_WORD && !isUpper(ts, j)) return;
    }
    best = { form, end };
  };
  consider(i + 1);
  let j = i + 1;
  for (let k = 0; k < 3 && j < ts.count; k++) {
    if (tok[j] === '-' && !hasSpaceBefore(ts, j)) j++;
    if (!wordAt(doc, j) || (ts.nl[j] as number) > 0 || !isCap(ts, j)) break;
    c += tok[j] as string;
    if (!orgs.abbreviations.has(c) && !orgs.abbreviationPrefixes.has(c)) break;
    consider(j + 1);
    j++;
  }
  if (!best) return null;
  const { form, end } = best as { form: OrgForm; end: number };
  if (form.entry.kind === 'ministry' && MINISTER_WORDS.has(tok[prevWordIndex(doc, i)] ?? '')) return null;
  let key = form.entry.canonical;
  let stop = end;
  // "Dinsos KBPP": an abbreviation the text leaves unexpanded stays in the key.
  const next = tok[end] ?? '';
  if (form.entry.kind === 'opd' && !isUpper(ts, i) && wordAt(doc, end) && (ts.nl[end] as number) === 0 && isUpper(ts, end) && next.length >= 2 && next.length <= 6 && next !== 'ri' && !orgs.abbreviations.has(next) && !doc.res.people.degrees.has(next) && !doc.res.regions.phrases.byFirst.has(next)) {
    key = `${key} ${ts.norm.slice(tokStart(ts, end), tokEnd(ts, end))}`;
    stop = end + 1;
  }
  return { end: stop, key, rule: form.rule, confidence: 0.9, abbreviation: spanText(doc, i, end), ombudsman: null, regionFrom: stop, region: null };
}

/** "Ombudsman RI", "Ombudsman Republik Indonesia Perwakilan Sumatera Selatan", "Ombudsman Sumsel". */
function ombudsmanCandidate(doc: Doc, regions: RegionFindings, i: number): Candidate | null {
  const { ts, tok } = doc;
  const t = tok[i];
  if (t === 'ori' && isUpper(ts, i)) {
    return { end: i + 1, key: NATIONAL_OMBUDSMAN, rule: 'org.ombudsman:national', confidence: 0.85, abbreviation: 'ORI', ombudsman: 'national', regionFrom: i + 1, region: null };
  }
  if (t !== 'ombudsman') return null;
  let j = i + 1;
  let national = false;
  if (tok[j] === 'republik' && tok[j + 1] === 'indonesia' && (ts.nl[j] as number) <= 1) {
    j += 2;
    national = true;
  } else if (tok[j] === 'ri' && (ts.nl[j] as number) === 0) {
    j += 1;
    national = true;
  }
  let first = i;
  let office = false;
  // A paragraph break may split "Ombudsman RI" from "Perwakilan" (two line breaks at most).
  if (tok[j] === 'perwakilan' && (ts.nl[j] as number) <= 2 && !isSkipped(ts, j)) {
    office = true;
    j++;
  }
  if (tok[i - 1] === 'perwakilan' && (ts.nl[i] as number) === 0) {
    office = true;
    first = i - 1;
    if (tok[i - 2] === 'kantor') first = i - 2;
  }
  const regionFrom = j;
  const region = regionStartingAt(doc, regions, regionFrom);
  if (region) office = true;
  return {
    end: j,
    key: office ? OFFICE_OMBUDSMAN : NATIONAL_OMBUDSMAN,
    rule: office ? 'org.ombudsman:office' : national ? 'org.ombudsman:national' : 'org.ombudsman:bare',
    confidence: office || national ? 0.95 : 0.75,
    abbreviation: null,
    ombudsman: office ? 'office' : national ? 'national' : 'bare',
    regionFrom,
    region,
    first,
  };
}

/** "(Dukcapil)", "(KemenPAN-RB)" right after a unit: its abbreviation, part of the mention. */
function parenthesisedAbbreviation(doc: Doc, j: number): { text: string; end: number } | null {
  const { ts, tok } = doc;
  if (tok[j] !== '(' || (ts.nl[j] as number) > 0) return null;
  let k = j + 1;
  const from = k;
  while (k < ts.count && k - from < 4 && tok[k] !== ')' && (ts.kind[k] === KIND_WORD || tok[k] === '-')) k++;
  if (tok[k] !== ')' || k === from || !isCap(ts, from)) return null;
  return { text: spanText(doc, from, k), end: k + 1 };
}

export function findOrganizations(doc: Doc, regions: RegionFindings): OrgFindings {
  const { ts } = doc;
  const mentions: OrgMention[] = [];
  const byToken = new Int32Array(ts.count);
  for (let i = 0; i < ts.count; i++) {
    if (ts.kind[i] !== KIND_WORD || isSkipped(ts, i) || !isCap(ts, i) || byToken[i]) continue;
    let best: Candidate | null = null;
    for (const c of [ombudsmanCandidate(doc, regions, i), headCandidate(doc, regions, i), phraseCandidate(doc, i), abbreviationCandidate(doc, i)]) {
      if (c && (!best || c.end > best.end)) best = c;
    }
    if (!best) continue;
    let end = best.end;
    let abbreviation = best.abbreviation;
    const paren = parenthesisedAbbreviation(doc, end);
    if (paren) {
      abbreviation = paren.text;
      end = paren.end;
    }
    let r = best.regionFrom === best.end ? end : best.regionFrom;
    if (PARENT_WORDS.has(doc.tok[r] ?? '')) r++;
    else if (doc.tok[r] === 'sekretariat' && doc.tok[r + 1] === 'daerah') r += 2;
    const region = best.region ?? regionStartingAt(doc, regions, r);
    const first = best.first ?? i;
    mentions.push({ first, end, key: best.key, rule: best.rule, confidence: best.confidence, abbreviation, region, ombudsman: best.ombudsman });
    // Parent words consumed with the unit ("Bagian Organisasi Setda") are not separate units.
    const covered = r > end && !regions.byToken[end] ? r : end;
    for (let j = first; j < covered; j++) byToken[j] = mentions.length;
    i = covered - 1;
  }
  settleOmbudsman(mentions);
  return { mentions, byToken };
}

/** A bare "Ombudsman" in a document naming only a regional office is that office. */
function settleOmbudsman(mentions: OrgMention[]): void {
  const office = mentions.find((m) => m.ombudsman === 'office');
  const national = mentions.some((m) => m.ombudsman === 'national');
  if (!office || national) return;
  for (const m of mentions) {
    if (m.ombudsman !== 'bare') continue;
    m.key = OFFICE_OMBUDSMAN;
    m.rule = 'org.ombudsman:bare-office';
    m.region = m.region ?? office.region;
  }
}

export function organizationRawMentions(doc: Doc, found: OrgFindings): RawMention[] {
  return found.mentions.map((m) => ({
    type: 'organization' as const,
    key: m.key,
    start: tokStart(doc.ts, m.first),
    end: tokEnd(doc.ts, m.end - 1),
    text: spanText(doc, m.first, m.end),
    rule: m.rule,
    confidence: m.confidence,
    attributes: { abbreviation: m.abbreviation, region: m.region },
  }));
}
