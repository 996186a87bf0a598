import type { Doc } from '../doc.ts';
import type { RegionFindings } from './region.ts';
import type { OrgFindings } from './organization.ts';
import { KIND_NUM, KIND_PUNCT, KIND_WORD, isCap } from '../text/tokenize.ts';
import type { NumberToken } from '../scores/number-token.ts';
import { PREDICATE_FIRST } from '../scores/score-attributes.ts';

/** What makes a number in prose a score: score words before or after it, a grade after it, a result verb before it. */

export const STRONG_CUES = new Set([
  'nilai',
  'skor',
  'score',
  'indeks',
  'indek',
  'index',
  'ipp',
  'ikm',
  'poin',
  'point',
  'nilainya',
  'skornya',
]);
/** A whole number is a score only right after these ("nilai 90"), never after "angka 1" (a list item). */
export const INTEGER_CUES = new Set(['nilai', 'skor', 'score', 'nilainya', 'skornya']);
export const WINDOW = 16;
/** Verbs that give a result to the unit or region before them ("Kota Solok meraih 85,60"). */
const RESULT_VERBS = new Set([
  'meraih',
  'memperoleh',
  'mendapat',
  'mendapatkan',
  'mencatat',
  'mencatatkan',
  'mengantongi',
  'menyabet',
  'meraup',
  'mencapai',
  'menembus',
  'tembus',
  'sebesar',
  'menorehkan',
  'membukukan',
  'menyusul',
  'diikuti',
  'disusul',
  'dengan',
  'yakni',
  'yaitu',
  'senilai',
  'tercatat',
  'adalah',
  'ialah',
  'raih',
  'peroleh',
]);
/** Words right after a number that grade it: "4,21 dengan kategori A-", "3,86 (B)". */
const GRADE_AFTER = new Set(['kategori', 'predikat', 'berpredikat', 'opini', 'zona', 'mutu', 'grade', 'kriteria']);
/** Words in a sentence that speak of a result over time ("Tahun 2022 kita masih di 3,94"). */
export const SOFT_CUES = new Set([
  'masih',
  'sebelumnya',
  'lalu',
  'naik',
  'turun',
  'meningkat',
  'menurun',
  'dibandingkan',
  'dibanding',
  'menjadi',
  'capaian',
  'hasil',
  'tercatat',
  'berada',
  'bertahan',
  'sempat',
  'hanya',
  'kenaikan',
  'penurunan',
]);

export function prevWord(doc: Doc, i: number, skipPunct = true): number {
  let j = i - 1;
  while (skipPunct && j >= 0 && doc.ts.kind[j] === KIND_PUNCT && doc.ts.nl[j + 1] === 0) j--;
  return j;
}

export function hasCueBefore(doc: Doc, i: number, sentStart: number, within: number, set: Set<string>): boolean {
  for (let j = i - 1, words = 0; j >= sentStart && words < within; j--) {
    if (doc.ts.kind[j] !== KIND_WORD) continue;
    words++;
    if (set.has(doc.tok[j] as string)) return true;
  }
  return false;
}

export function hasCueAfter(doc: Doc, e: number, sentEnd: number, within: number): boolean {
  for (let j = e, words = 0; j < sentEnd && words < within; j++) {
    if (doc.ts.kind[j] === KIND_NUM) return false;
    if (doc.ts.kind[j] !== KIND_WORD) continue;
    words++;
    if (STRONG_CUES.has(doc.tok[j] as string)) return true;
  }
  return false;
}

/** "(A)", "(Sangat Baik)", "dengan kategori B", "predikat A" within a few words after the number. */
export function hasGradeAfter(doc: Doc, n: NumberToken, e: number): boolean {
  const { ts, tok } = doc;
  if (tok[n.end] === '(' && ts.kind[n.end + 1] === KIND_WORD && isCap(ts, n.end + 1)) {
    const t = tok[n.end + 1] as string;
    if (/^(?:[a-e]|aa|bb|cc)$/.test(t) || PREDICATE_FIRST.has(t) || t === 'baik' || t === 'cukup' || t === 'kurang') return true;
  }
  for (let j = n.end, words = 0; j < e && words < 4; j++) {
    if (ts.kind[j] === KIND_NUM) return false;
    if (ts.kind[j] !== KIND_WORD) continue;
    words++;
    if (GRADE_AFTER.has(tok[j] as string)) return true;
  }
  return false;
}

/** A result verb right before the number with a unit or region before it in the sentence. */
export function hasResultVerb(doc: Doc, n: NumberToken, s: number, regions: RegionFindings, orgs: OrgFindings): boolean {
  const { ts, tok } = doc;
  let verb = -1;
  for (let j = n.first - 1, words = 0; j >= s && words < 2; j--) {
    if (ts.kind[j] !== KIND_WORD) continue;
    words++;
    if (RESULT_VERBS.has(tok[j] as string)) {
      verb = j;
      break;
    }
  }
  if (verb < 0) return false;
  for (let j = verb - 1; j >= s && verb - j <= 24; j--) if (orgs.byToken[j] || regions.byToken[j]) return true;
  return false;
}
