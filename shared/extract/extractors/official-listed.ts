import type { Doc } from '../doc.ts';
import { spanText } from '../doc.ts';
import type { RegionFindings } from './region.ts';
import type { OrgFindings } from './organization.ts';
import type { OfficialMention } from './official.ts';
import { firstPhrase } from '../gazetteer/phrase-index.ts';
import { KIND_NUM, KIND_WORD, isCap, isSkipped } from '../text/tokenize.ts';
import { squash } from '../normalize/text-forms.ts';
import type { Reading } from './official-names.ts';
import { parseName, parseTitles, toMention, wideGap, wordAt } from './official-names.ts';
import { roleTailEnd } from './official-role.ts';

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
  const marker =
    ts.kind[j] === KIND_NUM ||
    (ts.kind[j] === KIND_WORD && (tok[j] as string).length === 1 && !isCap(ts, j) && (tok[j + 1] === '.' || tok[j + 1] === ')'));
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
    if (
      ts.kind[j] === KIND_NUM ||
      tok[j] === 'nip' ||
      tok[j] === 'nrp' ||
      tok[j] === '|' ||
      tok[j] === '.' ||
      tok[j] === ':' ||
      tok[j] === ','
    )
      j++;
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
 * Whether the document holds anything a listed official needs: a "Nama" label, a bar, a NIP or
 * NRP (the word, or a number of 18 or 8 digits), a wide gap within a line, or a rank word
 * opening a line. One pass over the tokens: without any of them no label is "nama" and
 * rowLike() holds for no line, so the lines are not read (most news articles). Words are told
 * apart by their first letter in the text before their lower-case string is read: those words
 * begin with "n", or "p"/"j" for a rank (an OCR repair of "rn" to "m" never makes one of them).
 */
export function mayListOfficials(doc: Doc): boolean {
  const { ts, tok } = doc;
  const text = ts.norm;
  for (let j = 0; j < ts.count; j++) {
    const kind = ts.kind[j];
    const s = ts.start[j] as number;
    if (kind === KIND_WORD) {
      const first = text.charCodeAt(s) | 0x20;
      if (first === 110) {
        const t = tok[j] as string;
        if (t === 'nip' || t === 'nrp' || t === 'nama') return true;
      } else if ((first === 112 || first === 106) && (ts.nl[j] as number) === 1 && RANK_LINE_WORDS.has(tok[j] as string)) {
        return true;
      }
    } else if (kind === KIND_NUM) {
      const n = (ts.end[j] as number) - s;
      if (n === 18 || n === 8) return true;
    } else if (text.charCodeAt(s) === 124) {
      return true;
    }
    if (j > 0 && (ts.nl[j] as number) === 0 && s - (ts.end[j - 1] as number) >= 4) return true;
  }
  return false;
}

/**
 * Officials listed in decree annexes and forms: "Nama : dr. X" with "NIP :" / "Jabatan :"
 * lines below, table rows "1  Drs. X, M.Si  NIP …  Kepala Dinas …", and a name with its NIP
 * on the next line. The role is the Jabatan field or the position in the row's next cell.
 */
export function findListedOfficials(doc: Doc, regions: RegionFindings, orgs: OrgFindings, covered: Uint8Array): OfficialMention[] {
  return mayListOfficials(doc) ? readListedOfficials(doc, regions, orgs, covered) : [];
}

/** findListedOfficials() without the test of the whole document first: every line is read. */
export function readListedOfficials(doc: Doc, regions: RegionFindings, orgs: OrgFindings, covered: Uint8Array): OfficialMention[] {
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
    const single =
      r.name.tokens.length < 2 && r.titles.honorifics.length === 0 && r.titles.degrees.length === 0 && r.post.degrees.length === 0;
    if (!nip && !(numbered && role && !single)) continue;
    push(
      r,
      role ? squash(spanText(doc, role.first, role.end)) : null,
      nip ? 'official.listed:nip' : 'official.listed:row',
      nip ? 0.8 : 0.7,
    );
  }
  return out;
}
