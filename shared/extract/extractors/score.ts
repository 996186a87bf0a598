import type { Doc } from '../doc.ts';
import { spanText } from '../doc.ts';
import type { RawMention } from '../mention.ts';
import type { RegionFindings } from './region.ts';
import type { OrgFindings } from './organization.ts';
import { KIND_NUM, KIND_PUNCT, KIND_WORD, isCap, isSkipped, tokEnd, tokStart } from '../text/tokenize.ts';
import { sentenceBounds } from '../scores/sentence.ts';
import { tableAttributes, tableTokens } from '../scores/table-scores.ts';
import type { TableScore } from '../scores/table-reader.ts';
import type { PageText } from '../../types/document.ts';
import { MONEY_BEFORE, readNumber } from '../scores/number-token.ts';
import type { NumberToken } from '../scores/number-token.ts';
import { PREDICATE_FIRST, readScoreAttributes } from '../scores/score-attributes.ts';

/**
 * Evaluation scores: a number given as the result of a named region or unit ("nilai 4,57 (A)",
 * "skor impresif 93,31", "nilai kepatuhan 81.43 poin"). A number counts next to a score word
 * (nilai, skor, indeks, IPP, poin …), graded right after ("3,86 dengan kategori B"), after a
 * result verb with its unit or region before it ("Kota Solok meraih 85,60"), listed with a result
 * ("masing-masing 4,61, 4,55 dan 4,38"), in a row of a results table, or on the document's own
 * scale in a sentence about results ("Tahun 2022 kita masih di 3,94"). It is not money, a count,
 * a share, a rank, a range, a threshold or target ("minimal 3,50", "paling rendah 76,61"), a
 * difference ("naik 3,5 poin"), an average, a list number, a year, a date or part of a decree
 * number. Subject, grade, predicate, index and year are read from the same sentence.
 */

const STRONG_CUES = new Set(['nilai', 'skor', 'score', 'indeks', 'indek', 'index', 'ipp', 'ikm', 'poin', 'point', 'nilainya', 'skornya']);
/** A whole number is a score only right after these ("nilai 90"), never after "angka 1" (a list item). */
const INTEGER_CUES = new Set(['nilai', 'skor', 'score', 'nilainya', 'skornya']);
const UNITS_AFTER = new Set([
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
const PERCENT = new Set(['persen', '%', 'percent']);
const RANK_BEFORE = new Set([
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
const WINDOW = 16;

function prevWord(doc: Doc, i: number, skipPunct = true): number {
  let j = i - 1;
  while (skipPunct && j >= 0 && doc.ts.kind[j] === KIND_PUNCT && doc.ts.nl[j + 1] === 0) j--;
  return j;
}

function hasCueBefore(doc: Doc, i: number, sentStart: number, within: number, set: Set<string>): boolean {
  for (let j = i - 1, words = 0; j >= sentStart && words < within; j--) {
    if (doc.ts.kind[j] !== KIND_WORD) continue;
    words++;
    if (set.has(doc.tok[j] as string)) return true;
  }
  return false;
}

function hasCueAfter(doc: Doc, e: number, sentEnd: number, within: number): boolean {
  for (let j = e, words = 0; j < sentEnd && words < within; j++) {
    if (doc.ts.kind[j] === KIND_NUM) return false;
    if (doc.ts.kind[j] !== KIND_WORD) continue;
    words++;
    if (STRONG_CUES.has(doc.tok[j] as string)) return true;
  }
  return false;
}

function isRange(doc: Doc, n: NumberToken): boolean {
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
/** Words in a sentence that speak of a result over time ("Tahun 2022 kita masih di 3,94"). */
const SOFT_CUES = new Set([
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
const LIST_JOINERS = new Set([',', ';', 'dan', 'serta', '&']);
/** Rows of a table block are short lines; a header is searched this many lines up. */
const TABLE_LOOKBACK = 15;
const ROW_MAX_TOKENS = 40;

interface Candidate {
  n: NumberToken;
  s: number;
  e: number;
  rule: string | null;
  /** The table cell this value was read from, if any. */
  table?: TableScore;
}

/** A change between two results ("naik 3,5 poin", "selisih 2,10"), not a result itself. */
function isDifference(doc: Doc, n: NumberToken): boolean {
  const { tok } = doc;
  let p = prevWord(doc, n.first);
  if (tok[p] === 'sebesar' || tok[p] === 'hingga' || tok[p] === 'lagi') p = prevWord(doc, p);
  return CHANGE_WORDS.has(tok[p] ?? '') && tok[n.end] !== 'menjadi';
}

/** "rata-rata nasional 3,85": an average over many units, unless a unit or region is named between. */
function isAverage(doc: Doc, n: NumberToken, s: number, regions: RegionFindings, orgs: OrgFindings): boolean {
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
function isThreshold(doc: Doc, n: NumberToken, s: number): boolean {
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

/** First token of the line holding token i, or -1 when it lies more than `max` tokens back (no table row). */
function lineStart(doc: Doc, i: number, max: number): number {
  let j = i;
  while (j > 0 && (doc.ts.nl[j] as number) === 0) {
    if (i - j >= max) return -1;
    j--;
  }
  return j;
}

/** A number opening its line ("1  Dinas Sosial", "2. Disdukcapil", "| 3 |"): a list item. */
function isListNumber(doc: Doc, n: NumberToken): boolean {
  const { ts, tok } = doc;
  let j = n.first - 1;
  while (j >= 0 && (ts.nl[j + 1] as number) === 0 && (tok[j] === '|' || tok[j] === '(')) j--;
  return j < 0 || (ts.nl[j + 1] as number) > 0;
}

/** "(A)", "(Sangat Baik)", "dengan kategori B", "predikat A" within a few words after the number. */
function hasGradeAfter(doc: Doc, n: NumberToken, e: number): boolean {
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
function hasResultVerb(doc: Doc, n: NumberToken, s: number, regions: RegionFindings, orgs: OrgFindings): boolean {
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

/** Scale of a result: 0–5 (IPP, SPBE, IKM unit values) or 5–100 (Ombudsman, SAKIP, RB). */
function band(n: NumberToken): number {
  return n.value <= 5 ? 0 : 1;
}

function fractionDigits(doc: Doc, n: NumberToken): number {
  return n.decimal ? (doc.tok[n.end - 1] as string).length : 0;
}

/**
 * Only list joiners, and units or regions named with their value, between two numbers on one
 * line: "4,61, 4,55 dan 4,38", "Dinas Sosial meraih 4,61, Dukcapil 4,55 dan RSUD 4,38".
 */
function joinedInList(doc: Doc, a: NumberToken, b: NumberToken, regions: RegionFindings, orgs: OrgFindings): boolean {
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
function isTableRow(doc: Doc, n: NumberToken, regions: RegionFindings, orgs: OrgFindings): boolean {
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

function emitScore(doc: Doc, c: Candidate, regions: RegionFindings, orgs: OrgFindings, seen: Map<string, number>): RawMention {
  const { ts } = doc;
  const { n, s, e } = c;
  const read = readScoreAttributes(doc, n, s, e, regions, orgs, (subjectKey) => {
    const id = `${n.value}|${subjectKey ?? ''}`;
    const count = seen.get(id) ?? 0;
    seen.set(id, count + 1);
    return count;
  });
  const attributes = c.table ? tableAttributes(doc, c.table, read.attributes, regions, orgs) : read.attributes;
  const subjectCertain = c.table ? true : read.subjectCertain;
  const confidence = n.decimal ? (c.rule === 'score.cue-decimal' ? 0.85 : 0.7) : 0.6;
  return {
    type: 'score',
    key: String(n.value),
    start: tokStart(ts, n.first),
    end: tokEnd(ts, n.end - 1),
    text: spanText(doc, n.first, n.end),
    rule: c.rule ?? 'score',
    // A subject name two regions share, undecided by level words: the clerk decides (low confidence).
    confidence: subjectCertain ? confidence : Math.min(confidence, 0.5),
    attributes,
  };
}

export function findScores(
  doc: Doc,
  claimed: Uint8Array,
  regions: RegionFindings,
  orgs: OrgFindings,
  pages: readonly PageText[] = [],
): RawMention[] {
  const { ts, tok } = doc;
  const cands: Candidate[] = [];
  const tables = tableTokens(doc, pages);
  for (let i = 0; i < ts.count; i++) {
    if (ts.kind[i] !== KIND_NUM || isSkipped(ts, i) || claimed[i] || tables.blocked.has(i)) continue;
    const n = readNumber(doc, i);
    if (!n) continue;
    i = n.end - 1;
    const table = tables.scores.get(n.first);
    if (table) {
      const [s, e] = sentenceBounds(doc, n.first);
      cands.push({ n, s, e, rule: 'score.table', table });
      continue;
    }
    if (!(n.value > 0 && n.value <= 100)) continue;
    const p = prevWord(doc, n.first);
    const prev = tok[p] ?? '';
    if (MONEY_BEFORE.has(prev) || RANK_BEFORE.has(prev)) continue;
    const next = tok[n.end] ?? '';
    // "3,5 tahun" is a duration; "4,52 tahun ini", "4,52 tahun 2024" say when a result was given.
    const when =
      (next === 'tahun' || next === 'pada') &&
      (tok[n.end + 1] === 'ini' ||
        tok[n.end + 1] === 'lalu' ||
        tok[n.end + 1] === 'sebelumnya' ||
        /^(?:19|20)\d\d$/.test(tok[n.end + 1] ?? ''));
    if (UNITS_AFTER.has(next) && !when) continue;
    if (isRange(doc, n)) continue;
    // A whole number opening its line is a list item; one below 10 is a scale point or a count.
    if (!n.decimal && (isListNumber(doc, n) || n.value < 10)) continue;
    const [s, e] = sentenceBounds(doc, n.first);
    if (isThreshold(doc, n, s) || isDifference(doc, n) || isAverage(doc, n, s, regions, orgs)) continue;
    const c: Candidate = { n, s, e, rule: null };
    if (PERCENT.has(next)) {
      if (hasCueBefore(doc, n.first, s, 3, STRONG_CUES)) c.rule = 'score.cue-decimal';
    } else if (n.decimal) {
      if (hasCueBefore(doc, n.first, s, WINDOW, STRONG_CUES) || hasCueAfter(doc, n.end, e, 3)) c.rule = 'score.cue-decimal';
      else if (hasGradeAfter(doc, n, e)) c.rule = 'score.graded';
      else if (hasResultVerb(doc, n, s, regions, orgs)) c.rule = 'score.result-verb';
    } else if (hasCueBefore(doc, n.first, s, 2, INTEGER_CUES) && next !== 'dari' && next !== ')' && tok[n.first - 1] !== '(') {
      c.rule = 'score.cue-integer';
    }
    // Other percentages are shares, not scores, whatever follows.
    if (PERCENT.has(next) && !c.rule) continue;
    cands.push(c);
  }
  // Results listed together share their reading: "masing-masing 4,61, 4,55 dan 4,38".
  for (let k = 1; k < cands.length; k++) {
    const a = cands[k - 1] as Candidate;
    const b = cands[k] as Candidate;
    if (a.rule && !b.rule && b.n.decimal && a.n.decimal && band(a.n) === band(b.n) && joinedInList(doc, a.n, b.n, regions, orgs))
      b.rule = 'score.list';
  }
  for (let k = cands.length - 2; k >= 0; k--) {
    const a = cands[k] as Candidate;
    const b = cands[k + 1] as Candidate;
    if (b.rule && !a.rule && a.n.decimal && b.n.decimal && band(a.n) === band(b.n) && joinedInList(doc, a.n, b.n, regions, orgs))
      a.rule = 'score.list';
  }
  // Rows of a results table; then results on the scale the document already uses, in a
  // sentence that speaks of results ("Tahun 2022 kita masih di 3,94").
  const scaleSeen = new Set<string>();
  for (const c of cands) if (c.rule && c.n.decimal) scaleSeen.add(`${band(c.n)}:${fractionDigits(doc, c.n)}`);
  for (const c of cands) {
    if (c.rule || !c.n.decimal) continue;
    if (isTableRow(doc, c.n, regions, orgs)) c.rule = 'score.table-row';
    else if (
      scaleSeen.has(`${band(c.n)}:${fractionDigits(doc, c.n)}`) &&
      fractionDigits(doc, c.n) === 2 &&
      hasCueBefore(doc, c.n.first, c.s, WINDOW, SOFT_CUES)
    )
      c.rule = 'score.same-scale';
  }
  const seen = new Map<string, number>();
  return cands.filter((c) => c.rule).map((c) => emitScore(doc, c, regions, orgs, seen));
}
