import type { PreparedResources } from './resources.ts';
import type { TokenStream } from './text/tokenize.ts';
import { KIND_PUNCT, tokEnd, tokStart } from './text/tokenize.ts';

/** One document as the extractors see it: tokens, their lower-case text and the resources. */
export interface Doc {
  readonly ts: TokenStream;
  /** Lower-case text of every token (one slice each, made once). */
  readonly tok: readonly string[];
  readonly res: PreparedResources;
}

export function makeDoc(ts: TokenStream, res: PreparedResources): Doc {
  const tok: string[] = new Array<string>(ts.count);
  for (let i = 0; i < ts.count; i++) tok[i] = ts.lower.slice(tokStart(ts, i), tokEnd(ts, i));
  return { ts, tok, res };
}

const SENTENCE_END = new Set(['.', '!', '?', ':', ';', '"', '“', '”', '(', '•', '-', '–', '—']);

/** True when token i opens a line or follows sentence punctuation (where anything is capitalised). */
export function atSentenceStart(doc: Doc, i: number): boolean {
  if (i <= 0 || (doc.ts.nl[i] as number) > 0) return true;
  const prev = i - 1;
  return doc.ts.kind[prev] === KIND_PUNCT && SENTENCE_END.has(doc.tok[prev] as string);
}

/** Text between two tokens (inclusive first, exclusive last), as written. */
export function spanText(doc: Doc, first: number, lastExclusive: number): string {
  return doc.ts.text.slice(tokStart(doc.ts, first), tokEnd(doc.ts, lastExclusive - 1));
}
