/**
 * Widening and narrowing an entity's span by keyboard, a word at a time, and the rule the
 * backend enforces on any new span: inside the text, not empty, and not across another
 * entity (a span may hold another or lie inside one, as a region inside a unit's name does,
 * but not cut one in two). Pure: the review keys and the backend share it.
 */

export interface Span {
  start: number;
  end: number;
}

export type SpanEdge = 'start' | 'end';
export type SpanStep = 'widen' | 'narrow';

export type SpanProblem =
  | { code: 'span_outside'; message: string }
  | { code: 'span_empty'; message: string }
  | { code: 'span_crosses'; message: string; entityId: number };

export const SPAN_MESSAGES = {
  span_outside: 'The span cannot go past the beginning or the end of the text.',
  span_empty: 'The span cannot be narrowed further: it would be empty.',
  span_crosses: 'The span would cut across another entity.',
} as const;

const isSpace = (c: string | undefined) => c !== undefined && /\s/u.test(c);

/** The span moved by one word at one edge, or the reason it cannot move. */
export function stepSpan(text: string, span: Span, edge: SpanEdge, step: SpanStep): Span | SpanProblem {
  let { start, end } = span;
  if (edge === 'end' && step === 'widen') {
    let at = end;
    while (at < text.length && isSpace(text[at])) at++;
    if (at >= text.length) return problem('span_outside');
    while (at < text.length && !isSpace(text[at])) at++;
    end = at;
  } else if (edge === 'start' && step === 'widen') {
    let at = start;
    while (at > 0 && isSpace(text[at - 1])) at--;
    if (at <= 0) return problem('span_outside');
    while (at > 0 && !isSpace(text[at - 1])) at--;
    start = at;
  } else if (edge === 'end') {
    let at = end;
    while (at > start && !isSpace(text[at - 1])) at--;
    while (at > start && isSpace(text[at - 1])) at--;
    if (at <= start) return problem('span_empty');
    end = at;
  } else {
    let at = start;
    while (at < end && !isSpace(text[at])) at++;
    while (at < end && isSpace(text[at])) at++;
    if (at >= end) return problem('span_empty');
    start = at;
  }
  return { start, end };
}

export function isSpanProblem(value: Span | SpanProblem): value is SpanProblem {
  return 'code' in value;
}

function problem(code: 'span_outside' | 'span_empty'): SpanProblem {
  return { code, message: SPAN_MESSAGES[code] };
}

/** Why a span cannot be an entity's, or null. `others` are the other entities' (non-rejected) mentions. */
export function spanIssue(text: string, span: Span, others: ReadonlyArray<Span & { entityId: number }>): SpanProblem | null {
  if (!Number.isInteger(span.start) || !Number.isInteger(span.end) || span.start < 0 || span.end > text.length)
    return problem('span_outside');
  if (span.end <= span.start || !text.slice(span.start, span.end).trim()) return problem('span_empty');
  for (const o of others) {
    const overlaps = o.start < span.end && span.start < o.end;
    const nested = (o.start <= span.start && span.end <= o.end) || (span.start <= o.start && o.end <= span.end);
    if (overlaps && !nested) return { code: 'span_crosses', message: SPAN_MESSAGES.span_crosses, entityId: o.entityId };
  }
  return null;
}
