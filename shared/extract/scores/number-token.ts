import type { Doc } from '../doc.ts';
import { KIND_NUM, KIND_WORD, hasSpaceBefore } from '../text/tokenize.ts';

/** Currency words and signs: the number after them is money. */
export const MONEY_BEFORE = new Set(['rp', 'idr', 'usd', 'us', '$', 'rupiah']);

/** A number in the text: its tokens and value ("4,57" is three tokens, value 4.57). */
export interface NumberToken {
  first: number;
  end: number;
  value: number;
  decimal: boolean;
}

/** "4,57", "81.43", "3,675", "98" at token i; null for thousands ("1.234"), money style and dotted codes. */
export function readNumber(doc: Doc, i: number): NumberToken | null {
  const { ts, tok } = doc;
  const int = tok[i] as string;
  // Part of a longer written number: "1.234,5", "188.45/0545".
  if (
    i >= 2 &&
    !hasSpaceBefore(ts, i) &&
    (tok[i - 1] === '.' || tok[i - 1] === ',' || tok[i - 1] === '/') &&
    ts.kind[i - 2] === KIND_NUM &&
    !hasSpaceBefore(ts, i - 1)
  )
    return null;
  if (!hasSpaceBefore(ts, i) && i > 0 && ts.kind[i - 1] === KIND_WORD && !MONEY_BEFORE.has(tok[i - 1] as string)) return null;
  const sep = tok[i + 1];
  const frac = tok[i + 2];
  if (
    (sep === ',' || sep === '.') &&
    frac !== undefined &&
    ts.kind[i + 2] === KIND_NUM &&
    !hasSpaceBefore(ts, i + 1) &&
    !hasSpaceBefore(ts, i + 2)
  ) {
    if (sep === '.' && frac.length === 3) return null;
    if (frac.length > 3 || int.length > 3) return null;
    const after = tok[i + 3];
    if (
      (after === '.' || after === ',' || after === '/') &&
      ts.kind[i + 4] === KIND_NUM &&
      !hasSpaceBefore(ts, i + 3) &&
      !hasSpaceBefore(ts, i + 4)
    )
      return null;
    return { first: i, end: i + 3, value: Number(`${int}.${frac}`), decimal: true };
  }
  if (tok[i + 1] === '/' && !hasSpaceBefore(ts, i + 1)) return null;
  if (int.length > 3) return null;
  return { first: i, end: i + 1, value: Number(int), decimal: false };
}
