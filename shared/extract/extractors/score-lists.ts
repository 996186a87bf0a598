import type { Doc } from '../doc.ts';
import type { RegionFindings } from './region.ts';
import type { OrgFindings } from './organization.ts';
import { KIND_NUM, KIND_WORD, isSkipped } from '../text/tokenize.ts';
import type { NumberToken } from '../scores/number-token.ts';

/** Results given together: numbers listed in one sentence on one scale, and rows of a results table in the text. */

/** Column headers of a results table or list ("No | Unit Layanan | Nilai | Kategori"). */
const HEADER_CUES = new Set([
  'nilai',
  'skor',
  'score',
  'indeks',
  'indek',
  'index',
  'ikm',
  'ipp',
  'poin',
  'hasil',
  'penilaian',
  'capaian',
  'evaluasi',
]);
const LIST_JOINERS = new Set([',', ';', 'dan', 'serta', '&']);
/** Rows of a table block are short lines; a header is searched this many lines up. */
const TABLE_LOOKBACK = 15;
const ROW_MAX_TOKENS = 40;

/** First token of the line holding token i, or -1 when it lies more than `max` tokens back (no table row). */
function lineStart(doc: Doc, i: number, max: number): number {
  let j = i;
  while (j > 0 && (doc.ts.nl[j] as number) === 0) {
    if (i - j >= max) return -1;
    j--;
  }
  return j;
}

/** Scale of a result: 0–5 (IPP, SPBE, IKM unit values) or 5–100 (Ombudsman, SAKIP, RB). */
export function band(n: NumberToken): number {
  return n.value <= 5 ? 0 : 1;
}

export function fractionDigits(doc: Doc, n: NumberToken): number {
  return n.decimal ? (doc.tok[n.end - 1] as string).length : 0;
}

/**
 * Only list joiners, and units or regions named with their value, between two numbers on one
 * line: "4,61, 4,55 dan 4,38", "Dinas Sosial meraih 4,61, Dukcapil 4,55 dan RSUD 4,38".
 */
export function joinedInList(doc: Doc, a: NumberToken, b: NumberToken, regions: RegionFindings, orgs: OrgFindings): boolean {
  const { ts, tok } = doc;
  if (b.first - a.end > 16 || b.first <= a.end) return false;
  let joiner = false;
  for (let j = a.end; j < b.first; j++) {
    if ((ts.nl[j] as number) > 0) return false;
    if (LIST_JOINERS.has(tok[j] as string)) joiner = true;
    // "Kota A (85,40), Kabupaten B (84,12)": values in brackets after their names.
    else if (tok[j] === '(' || tok[j] === ')') continue;
    else if (!orgs.byToken[j] && !regions.byToken[j]) return false;
  }
  return joiner && (ts.nl[b.first] as number) === 0;
}

/**
 * A row of a results table or list: the number follows a unit or region on its line, the
 * lines above up to a header naming the value (nilai, skor, indeks …) are rows too.
 */
export function isTableRow(doc: Doc, n: NumberToken, regions: RegionFindings, orgs: OrgFindings): boolean {
  const { ts, tok } = doc;
  const ls = lineStart(doc, n.first, ROW_MAX_TOKENS);
  if (ls < 0) return false;
  let named = false;
  for (let j = ls; j < n.first; j++) {
    if (orgs.byToken[j] || regions.byToken[j]) named = true;
    // Another number before it on the line other than the row number: a value column of its own.
    if (ts.kind[j] === KIND_NUM && j > ls + 1 && !(j === ls + 1 && tok[ls] === '|')) return false;
  }
  if (!named) return false;
  let lines = 0;
  for (let j = ls - 1; j >= 0 && lines < TABLE_LOOKBACK; j--) {
    if ((ts.nl[j + 1] as number) > 0) {
      lines++;
      if ((ts.nl[j + 1] as number) > 2) return false;
    }
    if (isSkipped(ts, j)) return false;
    const l = lineStart(doc, j, ROW_MAX_TOKENS);
    if (l < 0) return false;
    for (let k = l; k <= j; k++) if (ts.kind[k] === KIND_WORD && HEADER_CUES.has(tok[k] as string)) return true;
    j = l;
  }
  return false;
}
