import type { Doc } from '../doc.ts';
import { startsAt } from '../doc.ts';
import type { RegionFindings } from './region.ts';
import { formKey } from '../gazetteer/organization-gazetteer.ts';
import type { OrganizationEntry, UnitHeadEntry } from '../resources.ts';
import { firstPhrase } from '../gazetteer/phrase-index.ts';
import { START_ORG_HEAD } from '../gazetteer/token-starts.ts';
import { KIND_PUNCT, KIND_WORD, hasSpaceBefore, isCap, isSkipped, isUpper, tokEnd, tokStart } from '../text/tokenize.ts';
import { compactWithoutAndAscii, titleWord } from '../normalize/text-forms.ts';
import { isInstitutionalWord } from '../normalize/morphology.ts';
import type { Candidate } from './organization-candidate.ts';
import { MINISTER_WORDS, PARENT_WORDS, prevWordIndex, wordAt } from './organization-candidate.ts';
import { properCandidate } from './organization-facilities.ts';

/** Units read from a head and a field ("Dinas" + "Sosial", "Bagian" + "Organisasi"), settled against the canonical table. */

const LEVEL_STOP = new Set([
  'kabupaten',
  'kota',
  'provinsi',
  'propinsi',
  'kab',
  'prov',
  'pemkab',
  'pemkot',
  'pemprov',
  'pemda',
  'pemerintah',
  'setda',
  'setdakab',
  'setdakot',
  'setdaprov',
]);
const CONNECTORS = new Set(['dan', '&']);
/** Function words a field may run over only inside a listed name ("Kementerian Dalam Negeri"). */
const FUNCTION_WORDS = new Set([
  'dalam',
  'bersama',
  'atas',
  'untuk',
  'dari',
  'pada',
  'dengan',
  'di',
  'ke',
  'oleh',
  'yang',
  'sebagai',
  'serta',
  'tentang',
  'terhadap',
  'melalui',
  'antara',
  'luar',
]);
const TRAILING_NATIONAL = [['republik', 'indonesia'], ['ri']];

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
      if (
        words.length &&
        !upperLine &&
        isUpper(ts, j) &&
        t.length >= 2 &&
        t.length <= 6 &&
        !doc.res.people.degrees.has(t) &&
        t !== 'ri' &&
        !orgs.abbreviations.has(t) &&
        !doc.res.regions.phrases.byFirst.has(t)
      ) {
        const w = doc.ts.norm.slice(tokStart(ts, j), tokEnd(ts, j));
        push(w, j + 1);
        keepUpper.add(w);
        j++;
        end = j;
      }
      break;
    }
    if (
      t === ',' &&
      words.length &&
      wordAt(doc, j + 1) &&
      (isCap(ts, j + 1) || upperLine) &&
      !orgs.headWords.has(tok[j + 1] as string) &&
      !regions.byToken[j + 1] &&
      isFieldWord(doc, j + 1, upperLine) &&
      !LEVEL_STOP.has(tok[j + 1] as string)
    ) {
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
const PORTFOLIO_SKIP = new Set([
  'bupati',
  'gubernur',
  'walikota',
  'wali',
  'kota',
  'menteri',
  'presiden',
  'dprd',
  'i',
  'ii',
  'iii',
  'iv',
  'v',
  'vi',
]);

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

export function headCandidate(doc: Doc, regions: RegionFindings, i: number): Candidate | null {
  const { ts, tok } = doc;
  const orgs = doc.res.organizations;
  if (!(startsAt(doc, i) & START_ORG_HEAD)) return null;
  const hm = firstPhrase(ts, tok, i, orgs.heads, 1);
  if (!hm) return null;
  const head: UnitHeadEntry = hm.entry.value;
  const h = hm.next;
  if (head.notAfter && portfolioOf(doc, i, head.notAfter)) return null;
  if (head.mode === 'bare') {
    let end = h;
    if (tok[end] === 'daerah' && wordAt(doc, end)) end++;
    return {
      end,
      key: head.canonical,
      rule: `org.head:${head.id}`,
      confidence: 0.85,
      abbreviation: null,
      ombudsman: null,
      regionFrom: end,
      region: null,
    };
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
function settleField(
  doc: Doc,
  head: UnitHeadEntry,
  field: Field,
): { display: string; entry: OrganizationEntry | undefined; end: number } | null {
  const orgs = doc.res.organizations;
  const { words, ends } = field;
  if (!words.length) return null;
  // In ASCII the key of a name is the keys of its words in a row, whatever their case (the
  // display name only changes case): each word's key is made once instead of for every reading.
  const headKey = compactWithoutAndAscii(head.canonical);
  const wordKeys = headKey === null ? null : asciiKeys(words);
  let known: (parts: string[]) => OrganizationEntry | undefined;
  // The keys of head + the first n words (at index n), made once.
  let prefixKeys: string[] | null = null;
  if (headKey !== null && wordKeys !== null) {
    let key = headKey;
    prefixKeys = [key];
    for (const w of wordKeys) {
      if (orgs.nonOrganizations.has((key += w))) return null;
      prefixKeys.push(key);
    }
    known = (parts) => {
      let k = headKey;
      for (const p of parts) k += compactWithoutAndAscii(p) as string;
      return orgs.canonicalByForm.get(k);
    };
  } else {
    for (let k = 1; k <= words.length; k++) {
      if (orgs.nonOrganizations.has(formKey(`${head.canonical} ${words.slice(0, k).join(' ')}`))) return null;
    }
    known = (parts) => orgs.canonicalByForm.get(formKey(displayName([head.canonical, ...parts], field.keepUpper)));
  }
  for (let n = words.length; n >= 1; n--) {
    const w = words[n - 1] as string;
    if (w === 'dan' || w === ',') continue;
    const whole = words.slice(0, n);
    const stripped = stripNational(whole);
    // Without a national tail both readings are one: looked up once.
    for (const cand of stripped === whole ? [whole] : [whole, stripped]) {
      // Both readings are the field's first words (stripNational() cuts a tail): their key is made already.
      const entry = prefixKeys !== null ? orgs.canonicalByForm.get(prefixKeys[cand.length] as string) : known(cand);
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

/** Each word's key (compactWithoutAndAscii), or null when one is not ASCII. */
function asciiKeys(words: readonly string[]): string[] | null {
  const keys: string[] = [];
  for (const w of words) {
    const k = compactWithoutAndAscii(w);
    if (k === null) return null;
    keys.push(k);
  }
  return keys;
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
