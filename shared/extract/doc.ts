import type { PreparedResources } from './resources.ts';
import type { TokenStream } from './text/tokenize.ts';
import { KIND_PUNCT, KIND_WORD, tokEnd, tokStart } from './text/tokenize.ts';

/** One document as the extractors see it: tokens, their lower-case text and the resources. */
export interface Doc {
  readonly ts: TokenStream;
  /** Lower-case text of every token (one slice each, made once). */
  readonly tok: readonly string[];
  readonly res: PreparedResources;
}

export function makeDoc(ts: TokenStream, res: PreparedResources): Doc {
  const tok: string[] = new Array<string>(ts.count);
  for (let i = 0; i < ts.count; i++) {
    const t = ts.lower.slice(tokStart(ts, i), tokEnd(ts, i));
    tok[i] = ts.kind[i] === KIND_WORD && t.length > 3 && t.includes('rn') ? repairRn(t, res.lexicon) : t;
  }
  return { ts, tok, res };
}

/**
 * OCR reads "m" as "rn" ("Nornor", "Puskesrnas"): an unknown word that becomes a known one
 * with "rn" read as "m" is that word. Only the token's lower-case form changes (its span and
 * surface stay), so matching sees the repaired word.
 */
function repairRn(t: string, lexicon: ReadonlySet<string>): string {
  if (lexicon.has(t)) return t;
  const m = t.replaceAll('rn', 'm');
  return lexicon.has(m) ? m : t;
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

/** Text between two tokens as read (OCR look-alikes repaired): for keys, never for surfaces. */
export function normText(doc: Doc, first: number, lastExclusive: number): string {
  return doc.ts.norm.slice(tokStart(doc.ts, first), tokEnd(doc.ts, lastExclusive - 1));
}
