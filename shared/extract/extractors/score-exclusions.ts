import type { Doc } from '../doc.ts';
import type { RegionFindings } from './region.ts';
import type { OrgFindings } from './organization.ts';
import { KIND_NUM, KIND_PUNCT, KIND_WORD } from '../text/tokenize.ts';
import type { NumberToken } from '../scores/number-token.ts';
import { prevWord } from './score-cues.ts';

/** Numbers that are not a result: amounts with units, shares, ranks, ranges, bounds and targets, differences, averages, list numbers. */

export const UNITS_AFTER = new Set([
  'juta',
  'miliar',
  'milyar',
  'triliun',
  'ribu',
  'rb',
  'jt',
  'm',
  'km',
  'kilometer',
  'kg',
  'kilogram',
  'ton',
  'ha',
  'hektar',
  'hektare',
  'meter',
  'cm',
  'mm',
  'liter',
  'mil',
  'gram',
  'lipat',
  'tahun',
  'bulan',
  'hari',
  'jam',
  'menit',
  'detik',
  'orang',
  'jiwa',
  'unit',
  'kali',
  'x',
  'derajat',
  'mbps',
  'gb',
  'mb',
  'kwh',
  'mw',
]);
export const PERCENT = new Set(['persen', '%', 'percent']);
export const RANK_BEFORE = new Set([
  'peringkat',
  'rangking',
  'ranking',
  'urutan',
  'ke',
  'nomor',
  'no',
  'posisi',
  'juara',
  'antara',
  'pasal',
  'ayat',
  'versi',
  'tahap',
]);
const RANGE_WORDS = new Set(['-', '–', '—', 'sampai', 'hingga', 'sd', 's']);
/**
 * Words that make the number after them a bound, not a result: targets, thresholds, minima
 * ("minimal 3,50", "paling rendah 76,61", "di atas 4,50", "target 4,60").
 */
const THRESHOLD_BEFORE = new Set([
  'minimal',
  'minimum',
  'maksimal',
  'maksimum',
  'kurangnya',
  'setidaknya',
  'tidaknya',
  'batas',
  'ambang',
  'skala',
  'rentang',
  'interval',
  'antara',
  'mulai',
]);
const THRESHOLD_PAIRS: [string, string][] = [
  ['paling', 'rendah'],
  ['paling', 'sedikit'],
  ['paling', 'kurang'],
  ['di', 'atas'],
  ['di', 'bawah'],
  ['lebih', 'dari'],
  ['kurang', 'dari'],
];
const TARGET_WORDS = new Set([
  'target',
  'targetnya',
  'targetkan',
  'menargetkan',
  'ditargetkan',
  'sasaran',
  'mematok',
  'dipatok',
  'berharap',
  'harapkan',
  'mengharapkan',
  'diharapkan',
  'ingin',
]);
const THRESHOLD_SYMBOLS = new Set(['≥', '≤', '>', '<', '=']);
/** "naik 3,5 poin", "turun sebesar 2,10 poin": a difference between two results, not a result. */
const CHANGE_WORDS = new Set([
  'naik',
  'turun',
  'meningkat',
  'menurun',
  'bertambah',
  'berkurang',
  'selisih',
  'kenaikan',
  'penurunan',
  'peningkatan',
  'terpaut',
  'unggul',
]);

export function isRange(doc: Doc, n: NumberToken): boolean {
  const { ts, tok } = doc;
  let j = n.end;
  if (RANGE_WORDS.has(tok[j] ?? '')) {
    while (j < ts.count && j - n.end < 4 && ts.kind[j] !== KIND_NUM) j++;
    if (ts.kind[j] === KIND_NUM && j - n.end <= 4) return true;
  }
  // The upper end of "3,51 - 4,00", "76,61 sampai 88,30", "3,51 s.d. 4,00", "3,51 s/d 4,00".
  let p = n.first - 1;
  let joiner = false;
  for (let k = 0; k < 4 && p >= 1 && ts.kind[p] !== KIND_NUM; k++, p--) {
    const t = tok[p] as string;
    if (t === '-' || t === '–' || t === '—' || t === 'hingga' || t === 'sampai' || t === 'sd' || t === 'd') joiner = true;
    else if (t !== '.' && t !== '/' && t !== 's') return false;
  }
  return joiner && p >= 0 && ts.kind[p] === KIND_NUM;
}

/** A change between two results ("naik 3,5 poin", "selisih 2,10"), not a result itself. */
export function isDifference(doc: Doc, n: NumberToken): boolean {
  const { tok } = doc;
  let p = prevWord(doc, n.first);
  if (tok[p] === 'sebesar' || tok[p] === 'hingga' || tok[p] === 'lagi') p = prevWord(doc, p);
  return CHANGE_WORDS.has(tok[p] ?? '') && tok[n.end] !== 'menjadi';
}

/** "rata-rata nasional 3,85": an average over many units, unless a unit or region is named between. */
export function isAverage(doc: Doc, n: NumberToken, s: number, regions: RegionFindings, orgs: OrgFindings): boolean {
  const { ts, tok } = doc;
  for (let j = n.first - 1, words = 0; j >= s && words < 6; j--) {
    if (orgs.byToken[j] || regions.byToken[j]) return false;
    if (ts.kind[j] !== KIND_WORD) continue;
    words++;
    if (tok[j] === 'rata' || tok[j] === 'rerata') return true;
  }
  return false;
}

/** "minimal 3,50", "paling rendah 76,61", "di atas 4,50", "≥ 88,31", "target … 4,60": a bound, not a result. */
export function isThreshold(doc: Doc, n: NumberToken, s: number): boolean {
  const { ts, tok } = doc;
  let words = 0;
  for (let j = n.first - 1; j >= s && words < 5; j--) {
    const t = tok[j] as string;
    if (ts.kind[j] === KIND_PUNCT) {
      if (THRESHOLD_SYMBOLS.has(t) && n.first - j <= 2) return true;
      continue;
    }
    if (ts.kind[j] === KIND_NUM) break;
    words++;
    if (THRESHOLD_BEFORE.has(t)) return true;
    for (const [a, b] of THRESHOLD_PAIRS) if (t === b && tok[j - 1] === a) return true;
  }
  for (let j = n.first - 1, w = 0; j >= s && w < 8; j--) {
    if (ts.kind[j] === KIND_NUM && j < n.first - 1) break;
    if (ts.kind[j] !== KIND_WORD) continue;
    w++;
    if (TARGET_WORDS.has(tok[j] as string)) return true;
  }
  // "3,51 ke atas"
  return tok[n.end] === 'ke' && (tok[n.end + 1] === 'atas' || tok[n.end + 1] === 'bawah');
}

/** A number opening its line ("1  Dinas Sosial", "2. Disdukcapil", "| 3 |"): a list item. */
export function isListNumber(doc: Doc, n: NumberToken): boolean {
  const { ts, tok } = doc;
  let j = n.first - 1;
  while (j >= 0 && (ts.nl[j + 1] as number) === 0 && (tok[j] === '|' || tok[j] === '(')) j--;
  return j < 0 || (ts.nl[j + 1] as number) > 0;
}
