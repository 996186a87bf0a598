import type { TokenStream } from '../text/tokenize.ts';
import { FLAG_SKIP } from '../text/tokenize.ts';

/**
 * A token-level trie in its simplest form: entries bucketed by their first token, longest
 * first. Matching at a position costs one Map lookup plus a comparison per candidate of the
 * bucket, independent of document length.
 */
export interface PhraseEntry<T> {
  tokens: string[];
  value: T;
}

export interface PhraseIndex<T> {
  byFirst: Map<string, PhraseEntry<T>[]>;
}

export function buildPhraseIndex<T>(entries: PhraseEntry<T>[]): PhraseIndex<T> {
  const byFirst = new Map<string, PhraseEntry<T>[]>();
  for (const e of entries) {
    const first = e.tokens[0];
    if (first === undefined) continue;
    let bucket = byFirst.get(first);
    if (!bucket) byFirst.set(first, (bucket = []));
    bucket.push(e);
  }
  for (const bucket of byFirst.values()) bucket.sort((a, b) => b.tokens.length - a.tokens.length);
  return { byFirst };
}

const NO_MATCHES: readonly PhraseMatch<never>[] = Object.freeze([]);

export interface PhraseMatch<T> {
  entry: PhraseEntry<T>;
  /** Index of the first token after the match. */
  next: number;
}

/** Whether an entry's tokens follow token i (its first token is already known to match). */
function entryMatchesAt(ts: TokenStream, tok: readonly string[], i: number, tokens: readonly string[], maxNl: number): boolean {
  const len = tokens.length;
  if (i + len > ts.count) return false;
  for (let k = 1; k < len; k++) {
    const j = i + k;
    if (tok[j] !== tokens[k] || (ts.nl[j] as number) > maxNl || ((ts.flags[j] as number) & FLAG_SKIP) !== 0) return false;
  }
  return true;
}

/**
 * Longest entries starting at token i. `maxNl` is the number of line breaks allowed between
 * two tokens of a phrase (1 lets a name run over a soft line break, never over a paragraph).
 * All matches are returned longest first so callers can apply their own constraints.
 */
export function matchPhrases<T>(ts: TokenStream, tok: readonly string[], i: number, index: PhraseIndex<T>, maxNl = 1): readonly PhraseMatch<T>[] {
  const bucket = index.byFirst.get(tok[i] as string);
  if (!bucket) return NO_MATCHES;
  const out: PhraseMatch<T>[] = [];
  for (const entry of bucket) if (entryMatchesAt(ts, tok, i, entry.tokens, maxNl)) out.push({ entry, next: i + entry.tokens.length });
  return out;
}

/** The longest entry starting at token i, or null (no allocation: the hot-path form of matchPhrases). */
export function firstPhrase<T>(ts: TokenStream, tok: readonly string[], i: number, index: PhraseIndex<T>, maxNl = 1): PhraseMatch<T> | null {
  const bucket = index.byFirst.get(tok[i] as string);
  if (!bucket) return null;
  for (const entry of bucket) if (entryMatchesAt(ts, tok, i, entry.tokens, maxNl)) return { entry, next: i + entry.tokens.length };
  return null;
}
