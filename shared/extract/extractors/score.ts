import type { Doc } from '../doc.ts';
import { spanText } from '../doc.ts';
import type { RawMention } from '../mention.ts';
import type { RegionFindings } from './region.ts';
import type { OrgFindings } from './organization.ts';
import { KIND_NUM, KIND_PUNCT, KIND_WORD, hasSpaceBefore, isCap, isSkipped, isUpper, tokEnd, tokStart } from '../text/tokenize.ts';
import { squash } from '../normalize/text-forms.ts';

/**
 * Evaluation scores: a number given as the result of a named region or unit ("nilai 4,57 (A)",
 * "skor impresif 93,31", "nilai kepatuhan 81.43 poin"). A number counts only next to a score
 * word (nilai, skor, indeks, IPP, poin …) and is not money, a count, a share, a rank, a range,
 * a year, a date or part of a decree number. Subject, grade, predicate, index and year are read
 * from the same sentence.
 */

const STRONG_CUES = new Set(['nilai', 'skor', 'score', 'indeks', 'indek', 'index', 'ipp', 'ikm', 'poin', 'point', 'nilainya', 'skornya']);
/** A whole number is a score only right after these ("nilai 90"), never after "angka 1" (a list item). */
const INTEGER_CUES = new Set(['nilai', 'skor', 'score', 'nilainya', 'skornya']);
const MONEY_BEFORE = new Set(['rp', 'idr', 'usd', 'us', '$', 'rupiah']);
const UNITS_AFTER = new Set(['juta', 'miliar', 'milyar', 'triliun', 'ribu', 'rb', 'jt', 'm', 'km', 'kg', 'ton', 'ha', 'hektar', 'hektare', 'meter', 'cm', 'mm', 'liter', 'tahun', 'bulan', 'hari', 'jam', 'menit', 'detik', 'orang', 'jiwa', 'unit', 'kali', 'x', 'derajat', 'mbps', 'gb', 'mb', 'kwh', 'mw']);
const PERCENT = new Set(['persen', '%', 'percent']);
const RANK_BEFORE = new Set(['peringkat', 'rangking', 'ranking', 'urutan', 'ke', 'nomor', 'no', 'posisi', 'juara', 'antara', 'pasal', 'ayat', 'versi', 'tahap']);
const RANGE_WORDS = new Set(['-', '–', '—', 'sampai', 'hingga', 'sd', 's']);
const PREDICATES: [string[], string][] = [
  [['pelayanan', 'prima'], 'Pelayanan Prima'],
  [['zona', 'hijau'], 'Zona Hijau'], [['zonasi', 'hijau'], 'Zona Hijau'], [['zona', 'kuning'], 'Zona Kuning'], [['zona', 'merah'], 'Zona Merah'],
  [['kualitas', 'tertinggi'], 'Kualitas Tertinggi'], [['kualitas', 'tinggi'], 'Kualitas Tinggi'], [['kualitas', 'sedang'], 'Kualitas Sedang'], [['kualitas', 'rendah'], 'Kualitas Rendah'],
  [['kepatuhan', 'tinggi'], 'Kepatuhan Tinggi'], [['sangat', 'baik'], 'Sangat Baik'], [['baik', 'sekali'], 'Baik Sekali'], [['sangat', 'memuaskan'], 'Sangat Memuaskan'],
  [['memuaskan'], 'Memuaskan'], [['prima'], 'Prima'],
];
const GRADE_WORDS = new Set(['kategori', 'predikat', 'grade', 'nilai', 'peringkat']);
const WINDOW = 16;
const ATTRIBUTE_MENTIONS = 3;
const CONTEXT = 80;

function isSentenceBreak(doc: Doc, i: number): boolean {
  const { ts, tok } = doc;
  if ((ts.nl[i] as number) > 0) return true;
  const p = i - 1;
  if (p < 1 || ts.kind[p] !== KIND_PUNCT) return false;
  const t = tok[p];
  if (t !== '.' && t !== '!' && t !== '?') return false;
  // "Kab. Muba", "Dr. Ardiansyah": a dot after a short word is an abbreviation.
  const before = tok[p - 1] ?? '';
  return hasSpaceBefore(ts, i) && isCap(ts, i) && !(ts.kind[p - 1] === KIND_WORD && before.length <= 3);
}

function sentenceBounds(doc: Doc, i: number): [number, number] {
  let s = i;
  while (s > 0 && i - s < CONTEXT && !isSentenceBreak(doc, s)) s--;
  let e = i + 1;
  while (e < doc.ts.count && e - i < CONTEXT && !isSentenceBreak(doc, e)) e++;
  return [s, e];
}

interface NumberToken {
  first: number;
  end: number;
  value: number;
  decimal: boolean;
}

/** "4,57", "81.43", "3,675", "98" at token i; null for thousands ("1.234"), money style and dotted codes. */
function readNumber(doc: Doc, i: number): NumberToken | null {
  const { ts, tok } = doc;
  const int = tok[i] as string;
  // Part of a longer written number: "1.234,5", "188.45/0545".
  if (i >= 2 && !hasSpaceBefore(ts, i) && (tok[i - 1] === '.' || tok[i - 1] === ',' || tok[i - 1] === '/') && ts.kind[i - 2] === KIND_NUM && !hasSpaceBefore(ts, i - 1)) return null;
  if (!hasSpaceBefore(ts, i) && i > 0 && ts.kind[i - 1] === KIND_WORD && !MONEY_BEFORE.has(tok[i - 1] as string)) return null;
  const sep = tok[i + 1];
  const frac = tok[i + 2];
  if ((sep === ',' || sep === '.') && frac !== undefined && ts.kind[i + 2] === KIND_NUM && !hasSpaceBefore(ts, i + 1) && !hasSpaceBefore(ts, i + 2)) {
    if (sep === '.' && frac.length === 3) return null;
    if (frac.length > 3 || int.length > 3) return null;
    const after = tok[i + 3];
    if ((after === '.' || after === ',' || after === '/') && ts.kind[i + 4] === KIND_NUM && !hasSpaceBefore(ts, i + 3)) return null;
    return { first: i, end: i + 3, value: Number(`${int}.${frac}`), decimal: true };
  }
  if (tok[i + 1] === '/' && !hasSpaceBefore(ts, i + 1)) return null;
  if (int.length > 3) return null;
  return { first: i, end: i + 1, value: Number(int), decimal: false };
}

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
  const p = n.first - 1;
  return p >= 1 && (tok[p] === '-' || tok[p] === '–' || tok[p] === 'hingga' || tok[p] === 'sampai') && ts.kind[p - 1] === KIND_NUM;
}

function subjectOf(doc: Doc, n: NumberToken, s: number, e: number, regions: RegionFindings, orgs: OrgFindings): string | null {
  for (let j = n.first - 1; j >= s && n.first - j <= 30; j--) {
    const o = orgs.byToken[j] as number;
    if (o) {
      const m = orgs.mentions[o - 1];
      if (m) return squash(spanText(doc, m.first, m.end));
    }
    const r = regions.byToken[j] as number;
    if (r) {
      const m = regions.mentions[r - 1];
      if (m) return squash(spanText(doc, m.spanFirst, m.nameEnd));
    }
  }
  for (let j = n.end; j < e && j - n.end <= 6; j++) {
    const o = orgs.byToken[j] as number;
    if (o) {
      const m = orgs.mentions[o - 1];
      if (m) return squash(spanText(doc, m.first, m.end));
    }
  }
  return null;
}

function gradeOf(doc: Doc, n: NumberToken, e: number): string | null {
  const { ts, tok } = doc;
  const isGrade = (j: number): boolean => ts.kind[j] === KIND_WORD && isUpper(ts, j) && /^(?:[a-e]|aa|bb|cc)$/.test(tok[j] as string);
  if (tok[n.end] === '(' && isGrade(n.end + 1) && tok[n.end + 2] === ')') return ts.text.slice(tokStart(ts, n.end + 1), tokEnd(ts, n.end + 1));
  for (let j = n.end; j < e && j - n.end < 14; j++) {
    if (ts.kind[j] === KIND_NUM) break;
    if (GRADE_WORDS.has(tok[j] as string) && isGrade(j + 1)) return ts.text.slice(tokStart(ts, j + 1), tokEnd(ts, j + 1));
  }
  return null;
}

const PREDICATE_FIRST = new Set(PREDICATES.map(([words]) => words[0] as string));

function predicateOf(doc: Doc, s: number, e: number): string | null {
  const { tok } = doc;
  for (let j = s; j < e; j++) {
    if (!PREDICATE_FIRST.has(tok[j] as string)) continue;
    for (const [words, label] of PREDICATES) {
      let ok = true;
      for (let k = 0; k < words.length; k++) if (tok[j + k] !== words[k]) { ok = false; break; }
      if (ok) return label;
    }
  }
  return null;
}

function indexNear(doc: Doc, s: number, e: number, from: number): string | null {
  const { tok } = doc;
  const label = (j: number): string | null => {
    const t = tok[j];
    if (t === 'ipp' || ((t === 'indeks' || t === 'indek') && tok[j + 1] === 'pelayanan')) return 'IPP';
    if (t === 'kepatuhan') return 'Kepatuhan';
    if (t === 'sakip') return 'SAKIP';
    if (t === 'spbe') return 'SPBE';
    if (t === 'ikm' || (t === 'kepuasan' && tok[j + 1] === 'masyarakat')) return 'IKM';
    if (t === 'reformasi' && tok[j + 1] === 'birokrasi') return 'RB';
    return null;
  };
  for (let j = s; j < e; j++) {
    const l = label(j);
    if (l) return l;
  }
  for (let j = from - 1; j >= 0 && from - j < CONTEXT * 2; j--) {
    const l = label(j);
    if (l) return l;
  }
  return null;
}

function yearNear(doc: Doc, n: NumberToken, s: number, e: number): number | null {
  const { ts, tok } = doc;
  let best: number | null = null;
  let dist = Infinity;
  for (let j = Math.max(0, s - CONTEXT); j < e; j++) {
    if (ts.kind[j] !== KIND_NUM || (tok[j] as string).length !== 4) continue;
    const y = Number(tok[j]);
    if (y < 1990 || y > 2100) continue;
    const d = j < s ? CONTEXT + (s - j) : Math.abs(j - n.first);
    if (d < dist) {
      dist = d;
      best = y;
    }
  }
  return best;
}

export function findScores(doc: Doc, claimed: Uint8Array, regions: RegionFindings, orgs: OrgFindings): RawMention[] {
  const { ts, tok } = doc;
  const out: RawMention[] = [];
  const perKey = new Map<string, number>();
  for (let i = 0; i < ts.count; i++) {
    if (ts.kind[i] !== KIND_NUM || isSkipped(ts, i) || claimed[i]) continue;
    const n = readNumber(doc, i);
    if (!n) continue;
    i = n.end - 1;
    if (!(n.value > 0 && n.value <= 100)) continue;
    const p = prevWord(doc, n.first);
    const prev = tok[p] ?? '';
    if (MONEY_BEFORE.has(prev) || RANK_BEFORE.has(prev)) continue;
    const next = tok[n.end] ?? '';
    if (UNITS_AFTER.has(next)) continue;
    if (isRange(doc, n)) continue;
    const [s, e] = sentenceBounds(doc, n.first);
    let ok: boolean;
    if (PERCENT.has(next)) ok = hasCueBefore(doc, n.first, s, 3, STRONG_CUES);
    else if (n.decimal) ok = hasCueBefore(doc, n.first, s, WINDOW, STRONG_CUES) || hasCueAfter(doc, n.end, e, 3);
    else ok = hasCueBefore(doc, n.first, s, 2, INTEGER_CUES) && next !== 'dari' && next !== ')' && tok[n.first - 1] !== '(';
    if (!ok) continue;
    const key = String(n.value);
    // One record per value: its attributes come from its first mentions; later repeats only add spans.
    const seen = perKey.get(key) ?? 0;
    perKey.set(key, seen + 1);
    if (seen >= ATTRIBUTE_MENTIONS) {
      out.push({ type: 'score', key, start: tokStart(ts, n.first), end: tokEnd(ts, n.end - 1), text: spanText(doc, n.first, n.end), rule: n.decimal ? 'score.cue-decimal' : 'score.cue-integer', confidence: n.decimal ? 0.85 : 0.6, attributes: {} });
      continue;
    }
    const year = yearNear(doc, n, s, e);
    out.push({
      type: 'score',
      key,
      start: tokStart(ts, n.first),
      end: tokEnd(ts, n.end - 1),
      text: spanText(doc, n.first, n.end),
      rule: n.decimal ? 'score.cue-decimal' : 'score.cue-integer',
      confidence: n.decimal ? 0.85 : 0.6,
      attributes: {
        subject: subjectOf(doc, n, s, e, regions, orgs),
        grade: gradeOf(doc, n, e),
        predicate: predicateOf(doc, s, e),
        index: indexNear(doc, s, e, n.first),
        year,
      },
    });
  }
  return out;
}
