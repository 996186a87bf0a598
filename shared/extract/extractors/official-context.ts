import type { Doc } from '../doc.ts';
import { KIND_WORD, isCap, tokEnd, tokStart } from '../text/tokenize.ts';

/**
 * Context rules that tell an official's name from title words, unit names and table text read
 * as one (ENTITIES.md, "Officials": a person named with a position or honorific).
 */

/**
 * Words of a position that name a unit by its own proper name: in "Rektor Universitas Halu
 * Oleo" or "Kepala Desa Karanganyar" the capitalised words after them are the unit's name;
 * its holder comes after a comma or with a title ("…, Prof. Dr. X").
 */
const UNIT_NAMED_BY_PROPER_NAME = new Set([
  'universitas',
  'institut',
  'politeknik',
  'akademi',
  'sekolah',
  'madrasah',
  'pesantren',
  'yayasan',
  'desa',
  'kelurahan',
  'kecamatan',
  'nagari',
  'gampong',
  'dusun',
  'kampung',
]);

/** Does the position's title (tokens up to roleEnd) end with a word naming a unit by its proper name? */
export function roleEndsWithUnitNameWord(doc: Doc, roleEnd: number): boolean {
  const last = roleEnd - 1;
  return last >= 0 && doc.ts.kind[last] === KIND_WORD && UNIT_NAMED_BY_PROPER_NAME.has(doc.tok[last] as string);
}

/**
 * Positions that mean nothing without their unit: "Kepala Dinas X" names a head, a bare
 * "Kepala Bayi" or "Kepala Leher" is a body part in a medical tariff.
 */
const POSITIONS_NEEDING_A_UNIT = new Set([
  'kepala',
  'wakilkepala',
  'ketua',
  'wakilketua',
  'sekretaris',
  'direktur',
  'pimpinan',
  'pemimpin',
  'koordinator',
]);

export function positionNeedsUnit(compactPosition: string): boolean {
  return POSITIONS_NEEDING_A_UNIT.has(compactPosition);
}

/** "Sp" (spesialis) after "dr": "dr Sp Mata" is an eye specialist, not a person named "Sp Mata". */
export function specialistNotName(doc: Doc, nameFirst: number): boolean {
  const t = doc.tok[nameFirst];
  return t === 'sp' || t === 'spesialis';
}

/** A line of a tariff or service table: a count of services ("1 x tindakan") or "per tindakan". */
const SERVICE_ROW =
  /\b\d+\s*x\s+(?:tindakan|pemeriksaan|kunjungan|hari|paket|sesi)\b|\bper\s+(?:tindakan|pemeriksaan|kunjungan|hari|orang)\b/i;

/** A table row is short: longer lines are prose and are not read as rows (keeps extraction linear). */
const MAX_ROW_TOKENS = 40;

/** The text of the line holding token i, or null when the line is longer than a table row. */
function lineText(doc: Doc, i: number): { text: string; nextLineFirst: number } | null {
  const { ts } = doc;
  let a = i;
  while (a > 0 && (ts.nl[a] as number) === 0) {
    if (i - a > MAX_ROW_TOKENS) return null;
    a--;
  }
  let b = i + 1;
  while (b < ts.count && (ts.nl[b] as number) === 0) {
    if (b - i > MAX_ROW_TOKENS) return null;
    b++;
  }
  return { text: ts.text.slice(tokStart(ts, a), tokEnd(ts, b - 1)), nextLineFirst: b };
}

/**
 * A reading inside a row of a tariff table ("171 Mayor Degloving wound debridement … 1 x
 * tindakan", "USG Kepala Bayi 1 x tindakan"): such rows name services, not people; its
 * officials are read by the listed-officials rules (NIP, Nama/Jabatan) instead.
 */
export function inServiceRow(doc: Doc, i: number): boolean {
  const here = lineText(doc, i);
  if (!here) return false;
  if (SERVICE_ROW.test(here.text)) return true;
  if (here.nextLineFirst >= doc.ts.count || (doc.ts.nl[here.nextLineFirst] as number) > 1) return false;
  const next = lineText(doc, here.nextLineFirst);
  return next !== null && SERVICE_ROW.test(next.text);
}

/**
 * "H. Asuhan Keperawatan" after "G. …": a letter opening its line in an enumeration, not the
 * honorific "H." (Haji). Reads back for the line opened by the previous letter.
 */
export function enumerationLetter(doc: Doc, i: number): boolean {
  const { ts, tok } = doc;
  const t = tok[i] as string;
  if (t.length !== 1 || (i > 0 && (ts.nl[i] as number) === 0) || (tok[i + 1] !== '.' && tok[i + 1] !== ')')) return false;
  const previous = String.fromCharCode(t.charCodeAt(0) - 1);
  for (let j = i - 1, seen = 0; j >= 0 && seen < 1500; j--, seen++) {
    if ((ts.nl[j] as number) === 0 && j > 0) continue;
    if (tok[j] === previous && (tok[j + 1] === '.' || tok[j + 1] === ')') && ts.kind[j] === KIND_WORD && isCap(ts, j)) return true;
  }
  return false;
}

/**
 * "KABAG HUKUM\nJFT" in a paraf box: one capitalised word without a vowel is an abbreviation
 * (Jabatan Fungsional Tertentu), never a signatory's name.
 */
export function abbreviationNotName(doc: Doc, nameTokens: number[]): boolean {
  return nameTokens.length === 1 && !/[aeiouy]/.test(doc.tok[nameTokens[0] as number] as string);
}
