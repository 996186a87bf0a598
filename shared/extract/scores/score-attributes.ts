import type { Doc } from '../doc.ts';
import type { Attributes } from '../../types/entity.ts';
import type { RegionFindings } from '../extractors/region.ts';
import type { OrgFindings } from '../extractors/organization.ts';
import { KIND_NUM, KIND_WORD, hasSpaceBefore, isUpper, tokEnd, tokStart } from '../text/tokenize.ts';
import type { NumberToken } from './number-token.ts';
import { subjectOf } from './score-subject.ts';

/**
 * What a score is read with (ENTITIES.md, "Scores"): its subject and the subject's record key,
 * grade, predicate, index and year, from the sentence around the number [s, e).
 */

/** Tokens searched around a sentence for its index and year. */
const CONTEXT = 80;
/** Mentions of one value and subject whose grade, index, year … are read; the record takes the first reading. */
const REPEATS_READ = 3;
/** A ranking row's number stands at most this many tokens before its value. */
const ROW_TOKENS = 40;

export function readScoreAttributes(
  doc: Doc,
  n: NumberToken,
  s: number,
  e: number,
  regions: RegionFindings,
  orgs: OrgFindings,
  /** How often this value was already read for this subject: later repeats only add spans (long texts repeat a lot). */
  seenBefore: (subjectKey: string | null) => number = () => 0,
): { attributes: Attributes; subjectCertain: boolean } {
  const subject = subjectOf(doc, n, s, e, regions, orgs);
  if (seenBefore(subject?.key ?? null) >= REPEATS_READ) {
    return {
      attributes: { subject: subject?.text ?? null, subject_key: subject?.key ?? null, subject_region: subject?.region ?? null },
      subjectCertain: subject?.certain ?? true,
    };
  }
  const predicate = predicateOf(doc, s, e);
  const attributes: Attributes = {
    subject: subject?.text ?? null,
    subject_key: subject?.key ?? null,
    subject_region: subject?.region ?? null,
    grade: gradeOf(doc, n, e),
    predicate,
    index: indexNear(doc, s, e, n.first, predicate),
    year: yearNear(doc, n, s, e),
    rank: rankOf(doc, n, s),
  };
  return { attributes, subjectCertain: subject?.certain ?? true };
}

const PREDICATES: [string[], string][] = [
  [['pelayanan', 'prima'], 'Pelayanan Prima'],
  [['zona', 'hijau'], 'Zona Hijau'],
  [['zonasi', 'hijau'], 'Zona Hijau'],
  [['zona', 'kuning'], 'Zona Kuning'],
  [['zona', 'merah'], 'Zona Merah'],
  [['kualitas', 'tertinggi'], 'Kualitas Tertinggi'],
  [['kualitas', 'tinggi'], 'Kualitas Tinggi'],
  [['kualitas', 'sedang'], 'Kualitas Sedang'],
  [['kualitas', 'rendah'], 'Kualitas Rendah'],
  [['kepatuhan', 'tinggi'], 'Kepatuhan Tinggi'],
  [['sangat', 'baik'], 'Sangat Baik'],
  [['baik', 'sekali'], 'Baik Sekali'],
  [['sangat', 'memuaskan'], 'Sangat Memuaskan'],
  [['memuaskan'], 'Memuaskan'],
  [['prima'], 'Prima'],
];
const GRADE_WORDS = new Set(['kategori', 'predikat', 'grade', 'nilai', 'peringkat']);
function gradeOf(doc: Doc, n: NumberToken, e: number): string | null {
  const { ts, tok } = doc;
  const isGrade = (j: number): boolean => ts.kind[j] === KIND_WORD && isUpper(ts, j) && /^(?:[a-e]|aa|bb|cc)$/.test(tok[j] as string);
  // "A-", "B+": the sign glued to the letter is part of the grade.
  const gradeAt = (j: number): string => {
    const sign = tok[j + 1] === '-' || tok[j + 1] === '+' ? j + 1 : j;
    const glued = sign > j && !hasSpaceBefore(ts, sign) && (ts.kind[sign + 1] !== KIND_WORD || hasSpaceBefore(ts, sign + 1));
    return ts.text.slice(tokStart(ts, j), tokEnd(ts, glued ? sign : j));
  };
  if (tok[n.end] === '(' && isGrade(n.end + 1) && tok[n.end + 2] === ')') return gradeAt(n.end + 1);
  // A table row's grade column: "Kota A   4,52   A-" (the letter alone right after the value, on its line).
  if (
    isGrade(n.end) &&
    (ts.nl[n.end] as number) === 0 &&
    hasSpaceBefore(ts, n.end) &&
    ((ts.nl[n.end + 1] ?? 1) > 0 || tok[n.end + 1] === '-' || tok[n.end + 1] === '+' || tok[n.end + 1] === '|')
  )
    return gradeAt(n.end);
  for (let j = n.end; j < e && j - n.end < 14; j++) {
    if (ts.kind[j] === KIND_NUM) break;
    if (GRADE_WORDS.has(tok[j] as string) && isGrade(j + 1)) return gradeAt(j + 1);
  }
  return null;
}

/** A ranking's place: the row number of a numbered list or table ("2. Kabupaten Batang 90,10"), or "peringkat 2" before the value. */
function rankOf(doc: Doc, n: NumberToken, s: number): number | null {
  const { ts, tok } = doc;
  // The line's first token, looked for only a short way back (a row is short; a long line is prose).
  let j = n.first;
  while (j > 0 && (ts.nl[j] as number) === 0 && n.first - j < ROW_TOKENS) j--;
  if ((ts.nl[j] as number) === 0 && j > 0) j = n.first;
  let k = j;
  while (tok[k] === '|' && k < n.first) k++;
  if (
    k < n.first &&
    ts.kind[k] === KIND_NUM &&
    (tok[k] as string).length <= 3 &&
    (tok[k + 1] === '.' || tok[k + 1] === ')' || hasSpaceBefore(ts, k + 1)) &&
    ts.kind[k + 1] !== KIND_NUM
  ) {
    const rank = Number(tok[k]);
    if (rank >= 1) return rank;
  }
  for (let i = n.first - 1, words = 0; i >= s && words < 12; i--) {
    if (ts.kind[i] === KIND_WORD) words++;
    if ((tok[i] === 'peringkat' || tok[i] === 'urutan' || tok[i] === 'posisi') && ts.kind[i + 1] === KIND_NUM) return Number(tok[i + 1]);
    if ((tok[i] === 'peringkat' || tok[i] === 'urutan' || tok[i] === 'terbaik') && tok[i + 1] === 'ke' && ts.kind[i + 2] === KIND_NUM)
      return Number(tok[i + 2]);
    if (
      tok[i] === 'ke' &&
      tok[i + 1] === '-' &&
      ts.kind[i + 2] === KIND_NUM &&
      (tok[i - 1] === 'peringkat' || tok[i - 1] === 'terbaik' || tok[i - 1] === 'urutan')
    )
      return Number(tok[i + 2]);
  }
  return null;
}

export const PREDICATE_FIRST = new Set(PREDICATES.map(([words]) => words[0] as string));

function predicateOf(doc: Doc, s: number, e: number): string | null {
  const { tok } = doc;
  for (let j = s; j < e; j++) {
    if (!PREDICATE_FIRST.has(tok[j] as string)) continue;
    for (const [words, label] of PREDICATES) {
      let ok = true;
      for (let k = 0; k < words.length; k++)
        if (tok[j + k] !== words[k]) {
          ok = false;
          break;
        }
      if (ok) return label;
    }
  }
  return null;
}

/** Words of a ministry's name: "Reformasi Birokrasi" after them names the ministry, not the RB index. */
const MINISTRY_WORDS = new Set(['aparatur', 'pendayagunaan', 'menteri', 'kementerian', 'kemenpan', 'panrb', 'pan']);

function indexLabelAt(doc: Doc, j: number): string | null {
  const { tok } = doc;
  const t = tok[j];
  if (t === 'ipp' || ((t === 'indeks' || t === 'indek') && tok[j + 1] === 'pelayanan')) return 'IPP';
  if (t === 'kepatuhan') return 'Kepatuhan';
  if (t === 'sakip') return 'SAKIP';
  if (t === 'spbe') return 'SPBE';
  if (t === 'ikm' || (t === 'kepuasan' && tok[j + 1] === 'masyarakat')) return 'IKM';
  if (t === 'reformasi' && tok[j + 1] === 'birokrasi') {
    for (let k = j - 1; k >= 0 && j - k <= 4; k--) if (MINISTRY_WORDS.has(tok[k] as string)) return null;
    return 'RB';
  }
  return null;
}

/**
 * The index named nearest the number in its sentence ("nilai indeks pelayanan publik … 4,57"),
 * else the last one named before it; a zone predicate ("Zona Hijau") is the Ombudsman's
 * compliance assessment (Kepatuhan).
 */
function indexNear(doc: Doc, s: number, e: number, from: number, predicate: string | null): string | null {
  let best: string | null = null;
  let dist = Infinity;
  for (let j = s; j < e; j++) {
    const l = indexLabelAt(doc, j);
    if (l && Math.abs(j - from) < dist) {
      dist = Math.abs(j - from);
      best = l;
    }
  }
  if (best) return best;
  for (let j = from - 1; j >= 0 && from - j < CONTEXT * 2; j--) {
    const l = indexLabelAt(doc, j);
    if (l) return l;
  }
  return predicate?.startsWith('Zona ') ? 'Kepatuhan' : null;
}

/** "tahun sebelumnya", "tahun lalu" right before a value: the year before the one the text speaks of. */
function yearBefore(doc: Doc, n: NumberToken, s: number): boolean {
  const { tok } = doc;
  for (let j = n.first - 1, k = 0; j > s && k < 8; j--, k++) {
    if (doc.ts.kind[j] === KIND_NUM) return false;
    if (tok[j - 1] === 'tahun' && (tok[j] === 'sebelumnya' || tok[j] === 'lalu')) return true;
  }
  return false;
}

/**
 * The year a value is given for: the nearest year before it in its sentence ("pada tahun 2022
 * … 71,43, sedangkan pada tahun 2023 … 82,24"), else the nearest after it, else the last one
 * in the text before the sentence; one less after "tahun sebelumnya".
 */
function yearNear(doc: Doc, n: NumberToken, s: number, e: number): number | null {
  const { ts, tok } = doc;
  let before: number | null = null;
  let after: number | null = null;
  let context: number | null = null;
  for (let j = Math.max(0, s - CONTEXT); j < e; j++) {
    if (ts.kind[j] !== KIND_NUM || (tok[j] as string).length !== 4) continue;
    const y = Number(tok[j]);
    if (y < 1990 || y > 2100) continue;
    if (j < s) context = y;
    else if (j < n.first) before = y;
    else if (after === null) after = y;
  }
  if (before !== null) return before;
  const year = after ?? context;
  return year !== null && yearBefore(doc, n, s) ? year - 1 : year;
}
