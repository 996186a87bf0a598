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
  /**
   * Each bucket split by its entries' second token, one-token entries apart, both longest first:
   * a long bucket ("Dinas …" has dozens of names) is not walked entry by entry at every
   * occurrence of its first word. Entries of several tokens come before one-token ones in the
   * bucket's order, so a lookup's candidates keep that order.
   */
  bySecond: Map<string, { next: Map<string, PhraseEntry<T>[]>; single: PhraseEntry<T>[] }>;
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
  const bySecond: PhraseIndex<T>['bySecond'] = new Map();
  for (const [first, bucket] of byFirst) {
    bucket.sort((a, b) => b.tokens.length - a.tokens.length);
    const next = new Map<string, PhraseEntry<T>[]>();
    const single: PhraseEntry<T>[] = [];
    for (const e of bucket) {
      const second = e.tokens[1];
      if (second === undefined) {
        single.push(e);
        continue;
      }
      let list = next.get(second);
      if (!list) next.set(second, (list = []));
      list.push(e);
    }
    bySecond.set(first, { next, single });
  }
  return { byFirst, bySecond };
}

const NO_ENTRIES: readonly PhraseEntry<never>[] = Object.freeze([]);

const NO_MATCHES: readonly PhraseMatch<never>[] = Object.freeze([]);

export interface PhraseMatch<T> {
  entry: PhraseEntry<T>;
  /** Index of the first token after the match. */
  next: number;
}

/** Whether an entry's tokens follow token i (its first token is already known to match). */
export function entryMatchesAt(ts: TokenStream, tok: readonly string[], i: number, tokens: readonly string[], maxNl: number): boolean {
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
export function matchPhrases<T>(
  ts: TokenStream,
  tok: readonly string[],
  i: number,
  index: PhraseIndex<T>,
  maxNl = 1,
): readonly PhraseMatch<T>[] {
  const split = index.bySecond.get(tok[i] as string);
  if (!split) return NO_MATCHES;
  const out: PhraseMatch<T>[] = [];
  const longer = (tok[i + 1] !== undefined && split.next.get(tok[i + 1] as string)) || NO_ENTRIES;
  for (const entry of longer) if (entryMatchesAt(ts, tok, i, entry.tokens, maxNl)) out.push({ entry, next: i + entry.tokens.length });
  for (const entry of split.single) out.push({ entry, next: i + 1 });
  return out;
}

/** The longest entry starting at token i, or null (no allocation: the hot-path form of matchPhrases). */
export function firstPhrase<T>(
  ts: TokenStream,
  tok: readonly string[],
  i: number,
  index: PhraseIndex<T>,
  maxNl = 1,
): PhraseMatch<T> | null {
  const split = index.bySecond.get(tok[i] as string);
  if (!split) return null;
  const longer = tok[i + 1] !== undefined ? split.next.get(tok[i + 1] as string) : undefined;
  if (longer)
    for (const entry of longer) if (entryMatchesAt(ts, tok, i, entry.tokens, maxNl)) return { entry, next: i + entry.tokens.length };
  const single = split.single[0];
  return single ? { entry: single, next: i + 1 } : null;
}
