import type { Doc } from '../doc.ts';
import { KIND_PUNCT, KIND_WORD, hasSpaceBefore, isCap } from '../text/tokenize.ts';

/** A sentence is searched at most this many tokens either side of a number. */
const CONTEXT = 80;

/** True when token i opens a sentence: a new line, or ". ! ?" then a capital (not after an abbreviation). */
export function isSentenceBreak(doc: Doc, i: number): boolean {
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

export function sentenceBounds(doc: Doc, i: number): [number, number] {
  let s = i;
  while (s > 0 && i - s < CONTEXT && !isSentenceBreak(doc, s)) s--;
  let e = i + 1;
  while (e < doc.ts.count && e - i < CONTEXT && !isSentenceBreak(doc, e)) e++;
  return [s, e];
}
