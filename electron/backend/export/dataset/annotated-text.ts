import { tokenize } from '../../../../shared/extract/text/tokenize.ts';
import type { EntityType } from '../../../../shared/types/entity.ts';
import type { EntityRow } from '../../storage/repositories/entities-repository.ts';
import { codePointOffsets } from '../code-points.ts';

/** A token of the annotation formats: Lontar's tokenizer, split where a span starts or ends inside a token. */
export interface AnnotationToken {
  /** UTF-16 offsets (JavaScript) and Unicode code-point offsets (Python, spaCy, doccano). */
  start: number;
  end: number;
  cpStart: number;
  cpEnd: number;
  /** Followed by whitespace. */
  ws: boolean;
  /** A line break lies between the previous token and this one (a sentence break in CoNLL). */
  lineBreakBefore: boolean;
}

export interface AnnotationSpan {
  entityId: number;
  type: EntityType;
  label: string;
  start: number;
  end: number;
  cpStart: number;
  cpEnd: number;
  /** First and last token (inclusive, as Prodigy writes `token_end`). */
  tokenStart: number;
  tokenEnd: number;
  confidence: number;
}

export interface AnnotatedText {
  text: string;
  tokens: AnnotationToken[];
  /** Every mention of every exported entity, in text order. */
  spans: AnnotationSpan[];
  /** Mentions whose offsets do not point inside the text: left out, counted in the dataset card. */
  outOfText: number;
}

/** NER labels are the entity types in capitals (REGION, OFFICIAL, …). */
export const labelOf = (type: EntityType): string => type.toUpperCase();

const SPACE = /[\s\u200b]/;

/**
 * Tokens and mention spans of one document for the annotation formats. Mentions are trimmed of
 * surrounding whitespace, duplicates (same type and offsets) dropped, and tokens split at every
 * span boundary so each span starts and ends on a token: spaCy's strict `char_span` needs that.
 */
export function annotate(text: string, entities: readonly EntityRow[]): AnnotatedText {
  let outOfText = 0;
  const seen = new Set<string>();
  const raw: Array<Omit<AnnotationSpan, 'cpStart' | 'cpEnd' | 'tokenStart' | 'tokenEnd'>> = [];
  for (const entity of entities) {
    const mentions =
      entity.mentions.length > 0 ? entity.mentions : [{ start: entity.start, end: entity.end, confidence: entity.confidence }];
    for (const mention of mentions) {
      let { start, end } = mention;
      if (!(start >= 0 && end <= text.length && start < end)) {
        outOfText++;
        continue;
      }
      while (start < end && SPACE.test(text[start]!)) start++;
      while (end > start && SPACE.test(text[end - 1]!)) end--;
      const key = `${entity.type}:${start}:${end}`;
      if (start === end || seen.has(key)) continue;
      seen.add(key);
      raw.push({ entityId: entity.id, type: entity.type, label: labelOf(entity.type), start, end, confidence: mention.confidence });
    }
  }
  raw.sort((a, b) => a.start - b.start || b.end - a.end);

  const cuts = [...new Set(raw.flatMap((s) => [s.start, s.end]))].sort((a, b) => a - b);
  const offsets = splitTokens(text, cuts);
  const cp = codePointMapper(text, offsets);
  const tokens: AnnotationToken[] = new Array(offsets.length);
  const starts = new Int32Array(offsets.length);
  const ends = new Int32Array(offsets.length);
  for (let i = 0; i < offsets.length; i++) {
    const t = offsets[i]!;
    const next = offsets[i + 1];
    tokens[i] = {
      start: t.start,
      end: t.end,
      cpStart: cp(t.start),
      cpEnd: cp(t.end),
      ws: next ? next.start > t.end : t.end < text.length,
      lineBreakBefore: t.lineBreakBefore,
    };
    starts[i] = t.start;
    ends[i] = t.end;
  }
  // Every span starts and ends on a token (the cuts made sure): found by binary search.
  const spans = raw.map((s) => ({
    ...s,
    cpStart: cp(s.start),
    cpEnd: cp(s.end),
    tokenStart: lowerBound(starts, s.start),
    tokenEnd: lowerBound(ends, s.end),
  }));
  return { text, tokens, spans, outOfText };
}

/** Lontar's tokens with surrogate pairs kept whole and every cut inside a token made a boundary. */
function splitTokens(text: string, cuts: readonly number[]): Array<{ start: number; end: number; lineBreakBefore: boolean }> {
  const ts = tokenize(text);
  const whole: Array<{ start: number; end: number; lineBreakBefore: boolean }> = [];
  for (let i = 0; i < ts.count; i++) {
    const start = ts.start[i]!;
    const end = ts.end[i]!;
    const previous = whole[whole.length - 1];
    // The tokenizer reads a surrogate half as punctuation: an emoji would be two tokens.
    if (previous && previous.end === start && isLowSurrogate(text.charCodeAt(start)) && isHighSurrogate(text.charCodeAt(start - 1))) {
      previous.end = end;
      continue;
    }
    whole.push({ start, end, lineBreakBefore: ts.nl[i]! > 0 });
  }
  const result: Array<{ start: number; end: number; lineBreakBefore: boolean }> = [];
  let c = 0;
  for (const token of whole) {
    while (c < cuts.length && cuts[c]! <= token.start) c++;
    let from = token.start;
    let lineBreakBefore = token.lineBreakBefore;
    while (c < cuts.length && cuts[c]! < token.end) {
      result.push({ start: from, end: cuts[c]!, lineBreakBefore });
      from = cuts[c]!;
      lineBreakBefore = false;
      c++;
    }
    result.push({ start: from, end: token.end, lineBreakBefore });
  }
  return result;
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** UTF-16 → code-point offsets; the identity for text without characters beyond the BMP (most documents). */
function codePointMapper(text: string, tokens: ReadonlyArray<{ start: number; end: number }>): (offset: number) => number {
  if (!/[\ud800-\udfff]/.test(text)) return (offset) => offset;
  const map = codePointOffsets(
    text,
    tokens.flatMap((t) => [t.start, t.end]),
  );
  return (offset) => map.get(offset)!;
}

/** Index of the first element of a sorted array that is >= value. */
function lowerBound(sorted: Int32Array, value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid]! < value) low = mid + 1;
    else high = mid;
  }
  return low;
}
