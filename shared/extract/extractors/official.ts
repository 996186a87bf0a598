import type { Doc } from '../doc.ts';
import { spanText } from '../doc.ts';
import type { RawMention } from '../mention.ts';
import type { RegionFindings } from './region.ts';
import type { OrgFindings } from './organization.ts';
import { firstPhrase } from '../gazetteer/phrase-index.ts';
import { KIND_NUM, KIND_PUNCT, KIND_WORD, hasSpaceBefore, isCap, isSkipped, isUpper, tokEnd, tokStart } from '../text/tokenize.ts';
import { compact, squash, titleWord } from '../normalize/text-forms.ts';
import { isInstitutionalWord } from '../normalize/morphology.ts';
import { abbreviationNotName, enumerationLetter, inServiceRow, positionNeedsUnit, roleEndsWithUnitNameWord, specialistNotName } from './official-context.ts';

/**
 * Officials: a person named with a position ("Bupati HM.Toha", "Kepala Dinsos Kobar, Moehammad
 * Daoed") or an honorific ("Kiyai Rohman"), and signatories of decrees ("WALIKOTA SURABAYA, ttd
 * ERI CAHYADI"). The key is the name without honorifics and degrees, title-cased, as written;
 * the position (with its unit and region) is the `role`.
 */

export interface OfficialMention {
  nameFirst: number;
  nameEnd: number;
  start: number;
  end: number;
  text: string;
  key: string;
  role: string | null;
  honorifics: string[];
  degrees: string[];
  rule: string;
  confidence: number;
}

interface Titles {
  end: number;
  honorifics: string[];
  degrees: string[];
}

const ROMAN = new Set(['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii']);
const MAX_NAME_TOKENS = 6;
/** Balinese names open with caste and birth-order words and run longer ("I Gusti Ngurah Bagus Adi Widhya Utama"). */
const LONG_NAME_OPENERS = new Set(['i', 'ni', 'ida', 'anak', 'gusti', 'cokorda', 'tjokorda', 'dewa', 'desak']);
const MAX_ROLE_STEPS = 30;
const MAX_NAME_WORD = 16;

function wideGap(doc: Doc, j: number): boolean {
  return j > 0 && tokStart(doc.ts, j) - tokEnd(doc.ts, j - 1) >= 4;
}

function wordAt(doc: Doc, j: number): boolean {
  return j >= 0 && j < doc.ts.count && doc.ts.kind[j] === KIND_WORD && !isSkipped(doc.ts, j);
}

/** Honorifics and degrees written before or after a name: "Dr.H", "H.M.", "S.Sos, M.AP", "SPd. M. T". */
function parseTitles(doc: Doc, j: number, after: boolean): Titles {
  const { ts, tok } = doc;
  const people = doc.res.people;
  const out: Titles = { end: j, honorifics: [], degrees: [] };
  for (let guard = 0; guard < 8 && j < ts.count; guard++) {
    if (after && tok[j] === ',' && (ts.nl[j] as number) === 0) {
      j++;
      continue;
    }
    if (!wordAt(doc, j) || (guard > 0 && (ts.nl[j] as number) > 0)) break;
    let matched = false;
    for (let k = Math.min(people.maxTitleTokens + 2, 7); k >= 1 && !matched; k--) {
      let c = '';
      let ok = true;
      for (let m = 0; m < k; m++) {
        const q = j + m;
        if (q >= ts.count || (m > 0 && (ts.nl[q] as number) > 0)) { ok = false; break; }
        const t = tok[q] as string;
        if (ts.kind[q] === KIND_WORD) {
          // Titles are short written pieces ("S", "Sos", "HM"); a long word only alone ("Kiyai", "Jenderal").
          if (t.length > 5 && k > 1) { ok = false; break; }
          c += t;
        } else if (t !== '.') { ok = false; break; }
      }
      if (!ok || !c || tok[j + k - 1] === '.' && k === 1) continue;
      // A trailing dot belongs to the title ("S.H.", "Dr.").
      let len = k;
      if (tok[j + len] === '.' && !hasSpaceBefore(ts, j + len)) len++;
      const honorific = people.honorifics.get(c);
      const written = squash(spanText(doc, j, j + len));
      if (!after && honorific && honorific.kind !== 'keep') {
        // "H" or "Dr" must be followed by more name ("H. Sandi"), not end the phrase.
        const next = j + len;
        if (!wordAt(doc, next) || !(isCap(ts, next) || isUpper(ts, next)) || (ts.nl[next] as number) > 0) continue;
        out.honorifics.push(written);
        j += len;
        matched = true;
      } else if (people.degrees.has(c) && (after || c.length > 2 || isUpper(ts, j))) {
        if (after || /^(?:drs|dra|dr|ir|prof)/.test(c)) {
          out.degrees.push(written);
          j += len;
          matched = true;
        }
      }
    }
    if (!matched) break;
    out.end = j;
  }
  return out;
}

interface NameParse {
  tokens: number[];
  end: number;
}

function parseName(doc: Doc, j: number, signature: boolean, orgs: OrgFindings): NameParse {
  const { ts, tok } = doc;
  const people = doc.res.people;
  const tokens: number[] = [];
  const max = LONG_NAME_OPENERS.has(tok[j] ?? '') ? MAX_NAME_TOKENS + 2 : MAX_NAME_TOKENS;
  while (tokens.length < max && wordAt(doc, j)) {
    if (tokens.length > 0 && (ts.nl[j] as number) > 0) break;
    const t = tok[j] as string;
    if (!isCap(ts, j) || t.length > MAX_NAME_WORD) break;
    if (orgs.byToken[j]) break;
    // A wide gap is a table column or a stamp, not the space between two names.
    if (tokens.length > 0 && wideGap(doc, j)) break;
    // "Perundang-undangan": a capitalised compound word, not a name.
    if (tok[j + 1] === '-' && !hasSpaceBefore(ts, j + 1) && wordAt(doc, j + 2) && !hasSpaceBefore(ts, j + 2) && !isCap(ts, j + 2)) break;
    if (tokens.length === 0 ? people.nameBlockers.has(t) : people.stopWords.has(t)) break;
    if (tokens.length > 0 && (people.positions.byFirst.has(t) || people.honorifics.has(t) && (people.honorifics.get(t)?.kind ?? '') !== 'keep')) break;
    if (tokens.length > 0 && people.degrees.has(t) && (isUpper(ts, j) || /[A-Z].*[A-Z]/.test(doc.ts.text.slice(tokStart(ts, j), tokEnd(ts, j))) || tok[j + 1] === '.' || t.length <= 4)) break;
    // Outside signature blocks a name in capitals after a title in lower case is an abbreviation ("Anggota JDIHN").
    if (!signature && tokens.length === 0 && isUpper(ts, j) && t.length > 1 && !isUpper(ts, j - 1)) break;
    if (tokens.length === 0 && isInstitutionalWord(t)) break;
    // "Efendi S.Sos": a letter with a dot after a name may open a degree, not an initial.
    if (tokens.length > 0 && t.length === 1 && parseTitles(doc, j, true).degrees.length > 0) break;
    tokens.push(j);
    // Initials keep their dot ("M. Adrian"); hyphenated names stay whole ("Al-Farabi").
    if (t.length === 1 && tok[j + 1] === '.' && !hasSpaceBefore(ts, j + 1)) {
      j += 2;
      continue;
    }
    // Abbreviated name parts and titles that belong to the name ("Dt. Rajo Bungsu", "Moch. Ansari").
    if (tok[j + 1] === '.' && !hasSpaceBefore(ts, j + 1) && people.honorifics.get(t)?.kind === 'keep' && wordAt(doc, j + 2) && isCap(ts, j + 2) && (ts.nl[j + 2] as number) === 0) {
      j += 2;
      continue;
    }
    if (tok[j + 1] === '-' && !hasSpaceBefore(ts, j + 1) && wordAt(doc, j + 2) && !hasSpaceBefore(ts, j + 2) && isCap(ts, j + 2)) {
      tokens.push(j + 2);
      j += 3;
      continue;
    }
    j++;
  }
  // A name is not only initials or one letter.
  if (!tokens.some((q) => (tok[q] as string).length > 2)) return { tokens: [], end: j };
  return { tokens, end: (tokens[tokens.length - 1] as number) + 1 + (tok[(tokens[tokens.length - 1] as number) + 1] === '.' && (tok[tokens[tokens.length - 1] as number] as string).length === 1 ? 1 : 0) };
}

function nameKey(doc: Doc, tokens: number[]): string {
  const { ts, tok } = doc;
  const words: string[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const q = tokens[k] as number;
    const written = ts.norm.slice(tokStart(ts, q), tokEnd(ts, q));
    if (k > 0 && tokens[k - 1] === q - 2 && tok[q - 1] === '-') {
      words[words.length - 1] += '-' + titleWord(written, true);
      continue;
    }
    let w = titleWord(written, true);
    // Initials and abbreviated name parts keep their dot ("M. Adrian", "Dt. Rajo Bungsu").
    if (tok[q + 1] === '.' && (w.length === 1 || doc.res.people.honorifics.get(tok[q] as string)?.kind === 'keep')) w += '.';
    words.push(w);
  }
  return words.join(' ');
}

/** Can token j continue a position's title ("… Bagian Organisasi Setda Kab. Muba")? */
function roleTailEnd(doc: Doc, j: number, regions: RegionFindings, orgs: OrgFindings): number {
  const { ts, tok } = doc;
  const people = doc.res.people;
  let end = j;
  const roleish = (q: number): boolean => {
    if (!wordAt(doc, q)) return false;
    const t = tok[q] as string;
    if (regions.byToken[q] || orgs.byToken[q] || people.positions.byFirst.has(t)) return true;
    return (isCap(ts, q) || isUpper(ts, q)) && !people.honorifics.has(t) && (people.roleWords.has(t) || isInstitutionalWord(t));
  };
  for (let steps = 0; steps < MAX_ROLE_STEPS && j < ts.count; steps++) {
    if (isSkipped(ts, j) || ((ts.nl[j] as number) === 0 && wideGap(doc, j))) break;
    if ((ts.nl[j] as number) > 0) {
      // A title in capitals may run over a line ("MENTERI HUKUM … \n REPUBLIK INDONESIA,").
      if ((ts.nl[j] as number) > 1 || !isUpper(ts, j) || !isUpper(ts, j - 1) || !roleish(j)) break;
    }
    const r = regions.byToken[j] as number;
    if (r) {
      const m = regions.mentions[r - 1];
      if (m) {
        j = m.nameEnd;
        end = j;
        continue;
      }
    }
    const o = orgs.byToken[j] as number;
    if (o) {
      const m = orgs.mentions[o - 1];
      if (m && m.end > j) {
        j = m.end;
        end = j;
        continue;
      }
    }
    const pos = firstPhrase(ts, tok, j, people.positions, 0);
    if (pos && wordAt(doc, j)) {
      j = pos.next;
      end = j;
      continue;
    }
    const t = tok[j] as string;
    if (ts.kind[j] === KIND_WORD) {
      const nextCapWord = wordAt(doc, j + 1) && isCap(ts, j + 1) && (ts.nl[j + 1] as number) === 0;
      if (t === 'dan' && roleish(j + 1)) {
        j++;
        continue;
      }
      if (people.honorifics.has(t) && isCap(ts, j)) break;
      if (ROMAN.has(t) && isUpper(ts, j) && !nextCapWord) {
        j++;
        end = j;
        continue;
      }
      // Lower-case role words only as a bridge to more title ("… Organisasi setda Kab. Muba").
      if (roleish(j) || (people.roleWords.has(t) && wordAt(doc, j + 1) && isCap(ts, j + 1) && roleish(j + 1))) {
        j++;
        end = j;
        continue;
      }
      if (isUpper(ts, j) && t.length >= 2 && t.length <= 5 && !nextCapWord && tok[j + 1] !== '.' && !isUpper(ts, j - 1) && !people.degrees.has(t)) {
        j++;
        end = j;
        continue;
      }
      break;
    }
    if (t === '(') {
      let k = j + 1;
      while (k < ts.count && k - j <= 3 && ts.kind[k] === KIND_WORD) k++;
      if (tok[k] === ')' && k > j + 1) {
        j = k + 1;
        end = j;
        continue;
      }
      break;
    }
    if (t === ',' && roleish(j + 1) && !regions.byToken[j + 1]) {
      j++;
      continue;
    }
    break;
  }
  return end;
}

/** Skips signature furniture between a signatory's title and name: "ttd", stamps, blank lines. */
function skipSignatureFurniture(doc: Doc, j: number): number {
  const { ts, tok } = doc;
  for (let guard = 0; guard < 12 && j < ts.count; guard++) {
    const t = tok[j] as string;
    const lineEnd = j + 1 >= ts.count || (ts.nl[j + 1] as number) > 0;
    if (t === 'ttd' || t === 'ttd.' || (ts.kind[j] === KIND_PUNCT && t !== '(') || (ts.kind[j] === KIND_WORD && t.length === 1 && lineEnd && (ts.nl[j] as number) > 0)) {
      j++;
      continue;
    }
    if (t === 'ditandatangani' || t === 'secara' || t === 'elektronik' || t === 'oleh') {
      j++;
      continue;
    }
    break;
  }
  return j;
}

function lineEndsAfter(doc: Doc, j: number): boolean {
  return j >= doc.ts.count || (doc.ts.nl[j] as number) > 0 || doc.tok[j] === 'nip';
}

interface Reading {
  first: number;
  titles: Titles;
  name: NameParse;
  post: Titles;
}

function readPerson(doc: Doc, k: number, signature: boolean, orgs: OrgFindings): Reading | null {
  const titles = parseTitles(doc, k, false);
  const name = parseName(doc, titles.end, signature, orgs);
  if (!name.tokens.length || specialistNotName(doc, name.tokens[0] as number)) return null;
  const post = parseTitles(doc, name.end, true);
  if (signature && !lineEndsAfter(doc, post.end)) return null;
  if (signature && abbreviationNotName(doc, name.tokens)) return null;
  // "Otonomi Daerah", "Perangkat Daerah": a capitalised title word right after means the
  // words were a title, not a name.
  const after = post.end;
  if (!signature && wordAt(doc, after) && (doc.ts.nl[after] as number) <= 1 && isCap(doc.ts, after)) {
    const t = doc.tok[after] as string;
    if ((doc.res.people.roleWords.has(t) && !doc.res.people.positions.byFirst.has(t)) || isInstitutionalWord(t)) return null;
  }
  return { first: k, titles, name, post };
}

function toMention(doc: Doc, r: Reading, role: string | null, rule: string, confidence: number): OfficialMention {
  const first = r.first;
  const last = r.name.tokens[r.name.tokens.length - 1] as number;
  return {
    nameFirst: r.name.tokens[0] as number,
    nameEnd: last + 1,
    start: tokStart(doc.ts, first),
    end: tokEnd(doc.ts, last),
    text: spanText(doc, first, last + 1),
    key: nameKey(doc, r.name.tokens),
    role,
    honorifics: r.titles.honorifics,
    degrees: [...r.titles.degrees, ...r.post.degrees],
    rule,
    confidence,
  };
}

/** Labels of the particulars that follow a civil servant's name in lists ("NIP", "Pangkat/Gol", "Jabatan"). */
const PARTICULAR_LABELS = new Set(['nip', 'nrp', 'jabatan', 'pangkat', 'golongan', 'gol', 'kedudukan', 'instansi', 'unit']);
/** Civil-service ranks that may stand on their own line between a name and its NIP. */
const RANK_LINE_WORDS = new Set(['pembina', 'penata', 'pengatur', 'juru', 'pangkat']);

/** First token of the next line after token i (ts.count at the end). */
function nextLineStart(doc: Doc, i: number): number {
  let j = i + 1;
  while (j < doc.ts.count && (doc.ts.nl[j] as number) === 0) j++;
  return j;
}

/** Where a row's first cell starts: after a row number ("1", "2.", "a.", "| 3 |") at line start. */
function cellStart(doc: Doc, ls: number): number {
  const { ts, tok } = doc;
  let j = ls;
  if (tok[j] === '|') j++;
  // A lower-case letter may number a row ("a."); a capital with a dot is an initial ("A. Baso").
  const marker = ts.kind[j] === KIND_NUM || (ts.kind[j] === KIND_WORD && (tok[j] as string).length === 1 && !isCap(ts, j) && (tok[j + 1] === '.' || tok[j + 1] === ')'));
  if (marker && (ts.nl[j + 1] as number) === 0 && j + 1 < ts.count) {
    j++;
    if ((tok[j] === '.' || tok[j] === ')') && (ts.nl[j] as number) === 0) j++;
    if (tok[j] === '|' && (ts.nl[j] as number) === 0) j++;
  }
  return j;
}

/** A NIP ("NIP. 19680512 199303 1 007", "196805121993031007") at token j. */
function nipAt(doc: Doc, j: number): boolean {
  const { ts, tok } = doc;
  const t = tok[j] ?? '';
  if (ts.kind[j] === KIND_WORD) return t === 'nip' || t === 'nrp';
  if (ts.kind[j] !== KIND_NUM) return false;
  return t.length === 18 || (t.length === 8 && ts.kind[j + 1] === KIND_NUM && (tok[j + 1] as string).length === 6);
}

/** A person filling a table cell or a labelled field: the name ends its line, its cell ("|", a wide gap) or meets a NIP. */
function readCellPerson(doc: Doc, k: number, orgs: OrgFindings, single: boolean): Reading | null {
  if (!wordAt(doc, k)) return null;
  const titles = parseTitles(doc, k, false);
  const name = parseName(doc, titles.end, true, orgs);
  if (!name.tokens.length) return null;
  // One word without any title is a name only where a label or a NIP says so ("SUPARDI  NIP …").
  if (!single && name.tokens.length < 2 && titles.honorifics.length === 0 && titles.degrees.length === 0) return null;
  const post = parseTitles(doc, name.end, true);
  let e = post.end;
  if (doc.tok[e] === ',' && (doc.ts.nl[e] as number) === 0) e++;
  const ends = e >= doc.ts.count || (doc.ts.nl[e] as number) > 0 || doc.tok[e] === '|' || wideGap(doc, e) || nipAt(doc, e);
  return ends ? { first: k, titles, name, post } : null;
}

/** The position written in the next cell of the row after token j ("… Kepala Bagian Organisasi   Sekretaris"). */
function roleInRow(doc: Doc, j: number, regions: RegionFindings, orgs: OrgFindings): { first: number; end: number } | null {
  const { ts, tok } = doc;
  const people = doc.res.people;
  // Skip the NIP cell and separators.
  for (let guard = 0; guard < 12 && j < ts.count && (ts.nl[j] as number) === 0; guard++) {
    if (ts.kind[j] === KIND_NUM || tok[j] === 'nip' || tok[j] === 'nrp' || tok[j] === '|' || tok[j] === '.' || tok[j] === ':' || tok[j] === ',') j++;
    else break;
  }
  if (j >= ts.count || (ts.nl[j] as number) > 0 || !wordAt(doc, j)) return null;
  const pos = firstPhrase(ts, tok, j, people.positions, 0);
  if (!pos) return null;
  return { first: j, end: roleTailEnd(doc, pos.next, regions, orgs) };
}

/** The value of a labelled field on its line ("Jabatan : Kepala Bidang …"): from after the colon to the line's end. */
function labelValue(doc: Doc, ls: number): { label: string; first: number; end: number } | null {
  const { ts, tok } = doc;
  const j = cellStart(doc, ls);
  if (!wordAt(doc, j)) return null;
  let c = j + 1;
  while (c < ts.count && c - j <= 4 && (ts.nl[c] as number) === 0 && tok[c] !== ':') c++;
  if (tok[c] !== ':' || (ts.nl[c] as number) > 0) return null;
  const first = c + 1;
  let end = first;
  while (end < ts.count && (ts.nl[end] as number) === 0 && end - first < 40) end++;
  return { label: tok[j] as string, first, end };
}

/** Cheap test before reading a row: the line has cells ("|", a wide gap) or a NIP, or its next line opens with one. */
function rowLike(doc: Doc, ls: number): boolean {
  const { ts, tok } = doc;
  let j = ls;
  for (; j < ts.count && j - ls < 60 && (j === ls || (ts.nl[j] as number) === 0); j++) {
    if (tok[j] === '|' || nipAt(doc, j) || (j > ls && wideGap(doc, j))) return true;
  }
  while (j < ts.count && (ts.nl[j] as number) === 0) j++;
  return j < ts.count && (ts.nl[j] as number) === 1 && (nipAt(doc, j) || RANK_LINE_WORDS.has(tok[j] as string));
}

/**
 * Officials listed in decree annexes and forms: "Nama : dr. X" with "NIP :" / "Jabatan :"
 * lines below, table rows "1  Drs. X, M.Si  NIP …  Kepala Dinas …", and a name with its NIP
 * on the next line. The role is the Jabatan field or the position in the row's next cell.
 */
function findListedOfficials(doc: Doc, regions: RegionFindings, orgs: OrgFindings, covered: Uint8Array): OfficialMention[] {
  const { ts, tok } = doc;
  const out: OfficialMention[] = [];
  const push = (r: Reading, role: string | null, rule: string, confidence: number): void => {
    out.push(toMention(doc, r, role, rule, confidence));
    covered.fill(1, r.first, r.post.end);
  };
  for (let ls = 0; ls < ts.count; ls = nextLineStart(doc, ls)) {
    if (isSkipped(ts, ls)) continue;
    const field = labelValue(doc, ls);
    if (field && field.label === 'nama' && field.end > field.first) {
      const r = readCellPerson(doc, field.first, orgs, true);
      if (!r) continue;
      // Its particulars follow on the next lines, up to the next "Nama".
      let role: string | null = null;
      let particulars = false;
      for (let l = nextLineStart(doc, ls), lines = 0; l < ts.count && lines < 6; l = nextLineStart(doc, l), lines++) {
        const f = labelValue(doc, l);
        if (!f || f.label === 'nama') break;
        if (PARTICULAR_LABELS.has(f.label)) particulars = true;
        if (f.label === 'jabatan' && f.end > f.first) role = squash(spanText(doc, f.first, f.end));
      }
      if (particulars) push(r, role, 'official.listed:nama', 0.8);
      continue;
    }
    if (!rowLike(doc, ls)) continue;
    const k = cellStart(doc, ls);
    const r = readCellPerson(doc, k, orgs, true);
    if (!r) continue;
    const after = r.post.end;
    // Its NIP in the same row, or on the next line (or after a rank line).
    let nip = false;
    for (let j = after, g = 0; j < ts.count && g < 3 && (ts.nl[j] as number) === 0; j++, g++) {
      if (nipAt(doc, j)) nip = true;
    }
    let next = nextLineStart(doc, ls);
    if (!nip && next < ts.count && (ts.nl[next] as number) === 1) {
      if (RANK_LINE_WORDS.has(tok[next] as string)) next = nextLineStart(doc, next);
      nip = next < ts.count && (ts.nl[next] as number) === 1 && nipAt(doc, next);
    }
    const numbered = k > ls;
    const role = roleInRow(doc, after, regions, orgs);
    const single = r.name.tokens.length < 2 && r.titles.honorifics.length === 0 && r.titles.degrees.length === 0 && r.post.degrees.length === 0;
    if (!nip && !(numbered && role && !single)) continue;
    push(r, role ? squash(spanText(doc, role.first, role.end)) : null, nip ? 'official.listed:nip' : 'official.listed:row', nip ? 0.8 : 0.7);
  }
  return out;
}

export function findOfficials(doc: Doc, regions: RegionFindings, orgs: OrgFindings): OfficialMention[] {
  const { ts, tok } = doc;
  const people = doc.res.people;
  const listed = new Uint8Array(ts.count);
  const out: OfficialMention[] = findListedOfficials(doc, regions, orgs, listed);
  for (let i = 0; i < ts.count; i++) {
    if (ts.kind[i] !== KIND_WORD || isSkipped(ts, i) || !isCap(ts, i) || listed[i]) continue;
    // "Ditandatangani secara elektronik oleh:" — the signatory's name is on the next line.
    if (tok[i] === 'ditandatangani' && tok[i + 1] === 'secara' && tok[i + 2] === 'elektronik' && tok[i + 3] === 'oleh') {
      let k = i + 4;
      if (tok[k] === ':') k++;
      const r = (ts.nl[k] as number) > 0 ? readPerson(doc, k, true, orgs) : null;
      if (r) {
        out.push(toMention(doc, r, null, 'official.e-signature', 0.85));
        i = r.post.end - 1;
      }
      continue;
    }
    const pos = firstPhrase(ts, tok, i, people.positions, 0);
    if (pos) {
      const roleEnd = roleTailEnd(doc, pos.next, regions, orgs);
      let k = roleEnd;
      if (tok[k] === ',' || tok[k] === ':') k++;
      const signature = k < ts.count && (ts.nl[k] as number) > 0;
      // A position in capitals names its holder only in a signature block (headlines and
      // headings in capitals run on into other words).
      if (!signature && isUpper(ts, i) && isUpper(ts, pos.next - 1)) {
        i = Math.max(i, roleEnd - 1);
        continue;
      }
      if (signature) k = skipSignatureFurniture(doc, k);
      // "Kepala Bayi", "Ketua" alone: a position that needs its unit has none; and rows of a
      // tariff table name services ("USG Kepala Bayi 1 x tindakan").
      const unitless = positionNeedsUnit(compact(pos.entry.value)) && roleEnd === pos.next;
      if (!signature && (unitless || inServiceRow(doc, i))) {
        i = Math.max(i, roleEnd - 1);
        continue;
      }
      if (k < ts.count && (signature ? (ts.nl[k] as number) > 0 || k > roleEnd + 1 : (ts.nl[k] as number) === 0)) {
        let r = readPerson(doc, k, signature, orgs);
        let roleStop = roleEnd;
        // "Camat Kuta, Anak Agung …", "Lurah Sukamaju, Budi", "Rektor Universitas Halu Oleo, X":
        // a district or a unit's own name after the position belongs to the position; the
        // holder's name follows the comma.
        const unitName = r !== null && !signature && k === roleEnd && roleEndsWithUnitNameWord(doc, roleEnd);
        if (r && !signature && r.titles.honorifics.length === 0 && (unitName || doc.res.organizations.placeNames.has(r.name.tokens.map((q) => tok[q]).join(' ')))) {
          const holder = doc.tok[r.post.end] === ',' ? readPerson(doc, r.post.end + 1, false, orgs) : null;
          if (holder) {
            roleStop = r.name.end;
            r = holder;
          } else if (unitName) {
            r = null;
          }
        }
        if (r) {
          const role = squash(spanText(doc, i, roleStop));
          const withTitle = r.titles.honorifics.length > 0 || k > roleEnd;
          out.push(toMention(doc, r, role, signature ? 'official.signature' : `official.position:${compact(pos.entry.value)}`, signature ? 0.85 : withTitle ? 0.9 : 0.85));
          i = r.post.end - 1;
          continue;
        }
      }
      i = Math.max(i, roleEnd - 1);
      continue;
    }
    // An honorific alone also names an official ("Kiyai Rohman", "H.M. Toha Tohet").
    const h = people.honorifics.get(tok[i] as string);
    // "RSUD\nHj Anna Lasmanah": a person's name right after a unit is the unit's own name.
    const insideName = (i > 0 && ts.kind[i - 1] === KIND_WORD && isCap(ts, i - 1) && (ts.nl[i] as number) === 0) || (i > 0 && orgs.byToken[i - 1] !== 0 && (ts.nl[i] as number) <= 1);
    // "H. Asuhan Keperawatan" after "G. …" is a list letter; "Mayor Degloving … 1 x tindakan" a tariff row.
    if (h && (h.kind === 'honorific' || h.kind === 'rank') && !insideName && !orgs.byToken[i] && !(tok[i - 1] === 'jl' || tok[i - 1] === 'jalan' || tok[i - 2] === 'jl') && !enumerationLetter(doc, i) && !inServiceRow(doc, i)) {
      const r = readPerson(doc, i, false, orgs);
      if (r && r.titles.honorifics.length) {
        out.push(toMention(doc, r, null, `official.honorific:${compact(r.titles.honorifics[0] as string)}`, 0.65));
        i = r.post.end - 1;
      }
    }
  }
  return mergeShortNames(out);
}

/**
 * One person, several forms: "Adi Arnawa" after "I Wayan Adi Arnawa", "Toha" beside "Toha
 * Tohet". A shorter name whose words run inside exactly one longer name takes its key.
 */
function mergeShortNames(mentions: OfficialMention[]): OfficialMention[] {
  const keys = [...new Set(mentions.map((m) => m.key))];
  const words = new Map(keys.map((k) => [k, k.toLowerCase().split(' ')]));
  // Longer names by each of their words, so each short name is compared with few candidates.
  const byWord = new Map<string, string[]>();
  for (const k of keys) {
    for (const w of new Set(words.get(k))) {
      let list = byWord.get(w);
      if (!list) byWord.set(w, (list = []));
      list.push(k);
    }
  }
  const target = new Map<string, string>();
  for (const k of keys) {
    const w = words.get(k) as string[];
    const supersets = (byWord.get(w[0] as string) ?? []).filter((o) => o !== k && containsRun(words.get(o) as string[], w));
    if (supersets.length === 1) target.set(k, supersets[0] as string);
  }
  for (const m of mentions) {
    let k = target.get(m.key);
    for (let guard = 0; k && guard < 4; guard++) {
      m.key = k;
      k = target.get(k);
    }
  }
  return mentions;
}

function containsRun(haystack: string[], needle: string[]): boolean {
  if (needle.length >= haystack.length) return false;
  for (let s = 0; s + needle.length <= haystack.length; s++) {
    let ok = true;
    for (let k = 0; k < needle.length; k++) if (haystack[s + k] !== needle[k]) { ok = false; break; }
    if (ok) return true;
  }
  return false;
}

export function officialRawMentions(mentions: OfficialMention[]): RawMention[] {
  return mentions.map((m) => ({
    type: 'official' as const,
    key: m.key,
    start: m.start,
    end: m.end,
    text: m.text,
    rule: m.rule,
    confidence: m.confidence,
    attributes: { role: m.role, honorifics: m.honorifics, degrees: m.degrees },
  }));
}
