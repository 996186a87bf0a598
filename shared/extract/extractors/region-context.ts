import type { Doc } from '../doc.ts';
import { KIND_NUM, KIND_PUNCT, KIND_WORD, isCap, isSkipped } from '../text/tokenize.ts';
import { matchPhrases } from '../gazetteer/phrase-index.ts';

/**
 * Context rules that tell a region name from the same word used for something else
 * (ENTITIES.md, "Regions": only provinces, regencies and cities count). Each reads the words
 * around a match found by the gazetteer and says whether the match is another thing's name.
 */

/**
 * Words whose capitalised next word is their own proper name, not a place they stand in:
 * a temple or lake named "Bima", a street "Jalan Bandung", a university, and the lower
 * administrative units (a village, kelurahan or kecamatan may share a regency's name).
 * A venue followed by its town ("Hotel Aston Batam") is different: the town comes after the
 * venue's own name, so it is not directly after these words.
 */
const OWN_NAME_WORDS = new Set([
  'jl',
  'jln',
  'jalan',
  'gang',
  'gg',
  'lorong',
  'candi',
  'pura',
  'vihara',
  'klenteng',
  'telaga',
  'danau',
  'pantai',
  'curug',
  'goa',
  'gua',
  'universitas',
  'univ',
  'institut',
  'politeknik',
  'desa',
  'ds',
  'kelurahan',
  'kel',
  'kecamatan',
  'kec',
  'dusun',
  'nagari',
  'gampong',
]);

/** Ways of addressing a person: "Bapak Malang", "Ibu Bima" are people, not places. */
const PERSON_ADDRESS_WORDS = new Set(['bapak', 'pak', 'ibu', 'bu', 'sdr', 'sdri', 'saudara', 'saudari', 'alm', 'almarhum', 'almarhumah']);

/** Is the name at token i the own name of the thing the word before it names ("Candi Bima", "Desa Karanganyar")? */
export function ownNameOfOther(doc: Doc, i: number): boolean {
  const { tok, ts } = doc;
  if ((ts.nl[i] as number) > 0) return false;
  let j = i - 1;
  if (j >= 1 && tok[j] === '.') j--;
  if (j < 0 || ts.kind[j] !== KIND_WORD) return false;
  const w = tok[j] as string;
  return OWN_NAME_WORDS.has(w) || (PERSON_ADDRESS_WORDS.has(w) && isCap(ts, j));
}

/** Token i opens a table cell after a row number at the start of its line ("228 Bone open biopsy"). */
export function atRowCellStart(doc: Doc, i: number): boolean {
  const { tok, ts } = doc;
  let j = i - 1;
  if (j >= 0 && (tok[j] === '.' || tok[j] === ')') && (ts.nl[i] as number) === 0) j--;
  if (j < 0 || ts.kind[j] !== KIND_NUM || (ts.nl[i] as number) > 0) return false;
  return j === 0 || (ts.nl[j] as number) > 0;
}

/** A table row is short: longer lines are prose and are not walked (keeps extraction linear). */
const MAX_ROW_TOKENS = 40;

/** First token of the line holding token i, or -1 when the line is longer than a table row. */
function lineStartOf(doc: Doc, i: number): number {
  let j = i;
  while (j > 0 && (doc.ts.nl[j] as number) === 0) {
    if (i - j > MAX_ROW_TOKENS) return -1;
    j--;
  }
  return j;
}

/** First token of the next line after token i (ts.count at the end). */
function nextLineStart(doc: Doc, i: number): number {
  let j = i + 1;
  while (j < doc.ts.count && (doc.ts.nl[j] as number) === 0) {
    if (j - i > MAX_ROW_TOKENS) return doc.ts.count;
    j++;
  }
  return j;
}

/** A table row: a capitalised first cell then numbers on the same line ("Gemuruh 166.000 212.000"). */
function rowWithNumbers(doc: Doc, ls: number): boolean {
  const { ts } = doc;
  if (ls >= ts.count || ts.kind[ls] !== KIND_WORD || !isCap(ts, ls) || isSkipped(ts, ls)) return false;
  for (let j = ls + 1; j < ts.count && (ts.nl[j] as number) === 0 && j - ls < 12; j++) {
    if (ts.kind[j] === KIND_NUM) return true;
  }
  return false;
}

/** Does the row opening at ls name a region: a level word or a gazetteer name first? */
function rowNamesRegion(doc: Doc, ls: number): boolean {
  const { ts, tok } = doc;
  if (doc.res.regions.levelWords.get(tok[ls] as string)?.inSpan) return true;
  for (const m of matchPhrases(ts, tok, ls, doc.res.regions.phrases, 1)) {
    if (m.next > ls) return true;
  }
  return false;
}

const SIBLINGS_EACH_SIDE = 4;

/**
 * A bare name heading a table row among rows that name no region is one of a list of other
 * places — villages under their kecamatan in a tariff table ("Karanganyar 398.000 489.000"
 * between "Kalisat Kidul" and "Kasinoman"). A list of regencies keeps its bare names.
 */
export function inListOfOtherPlaces(doc: Doc, i: number): boolean {
  if (i > 0 && (doc.ts.nl[i] as number) === 0) return false;
  if (!rowWithNumbers(doc, i)) return false;
  const ls = i;
  let rows = 0;
  let regionRows = 0;
  // Rows above.
  let cursor = ls;
  for (let k = 0; k < SIBLINGS_EACH_SIDE && cursor > 0; k++) {
    const prev = lineStartOf(doc, cursor - 1);
    if (prev < 0) break;
    cursor = prev;
    if (!rowWithNumbers(doc, prev)) continue;
    rows++;
    if (rowNamesRegion(doc, prev)) regionRows++;
  }
  cursor = ls;
  for (let k = 0; k < SIBLINGS_EACH_SIDE; k++) {
    const next = nextLineStart(doc, cursor);
    if (next >= doc.ts.count) break;
    cursor = next;
    if (!rowWithNumbers(doc, next)) continue;
    rows++;
    if (rowNamesRegion(doc, next)) regionRows++;
  }
  return rows >= 3 && regionRows * 2 < rows;
}

/** "Kabupaten" or "Kota" alone on the line before the name: a table cell wrapped over two lines. */
export function levelWordOnLineBefore(doc: Doc, i: number): number {
  const { ts, tok } = doc;
  const j = i - 1;
  if ((ts.nl[i] as number) !== 1 || j < 0 || ts.kind[j] !== KIND_WORD || !isCap(ts, j)) return -1;
  if (j > 0 && (ts.nl[j] as number) === 0 && !(ts.kind[j - 1] === KIND_PUNCT && tok[j - 1] === '|')) return -1;
  return doc.res.regions.levelWords.get(tok[j] as string)?.inSpan ? j : -1;
}
