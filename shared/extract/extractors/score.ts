import type { Doc } from '../doc.ts';
import { spanText } from '../doc.ts';
import type { RawMention } from '../mention.ts';
import type { RegionFindings } from './region.ts';
import type { OrgFindings } from './organization.ts';
import { KIND_NUM, isSkipped, tokEnd, tokStart } from '../text/tokenize.ts';
import { sentenceBounds } from '../scores/sentence.ts';
import { tableAttributes, tableTokens } from '../scores/table-scores.ts';
import type { TableScore } from '../scores/table-reader.ts';
import type { PageText } from '../../types/document.ts';
import { MONEY_BEFORE, readNumber } from '../scores/number-token.ts';
import type { NumberToken } from '../scores/number-token.ts';
import { readScoreAttributes } from '../scores/score-attributes.ts';
import {
  STRONG_CUES,
  INTEGER_CUES,
  WINDOW,
  SOFT_CUES,
  prevWord,
  hasCueBefore,
  hasCueAfter,
  hasGradeAfter,
  hasResultVerb,
} from './score-cues.ts';
import { UNITS_AFTER, PERCENT, RANK_BEFORE, isRange, isDifference, isAverage, isThreshold, isListNumber } from './score-exclusions.ts';
import { band, fractionDigits, joinedInList, isTableRow } from './score-lists.ts';

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

interface Candidate {
  n: NumberToken;
  s: number;
  e: number;
  rule: string | null;
  /** The table cell this value was read from, if any. */
  table?: TableScore;
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
