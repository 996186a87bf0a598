import type { SkippedRange } from '../../types/entity.ts';
import type { TokenStream } from './tokenize.ts';
import { FLAG_SKIP } from './tokenize.ts';

/** True when `pos` lies inside one of the sorted, non-overlapping `ranges` (binary search). */
export function inRanges(ranges: readonly SkippedRange[], pos: number): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = ranges[mid] as SkippedRange;
    if (pos < r.start) hi = mid - 1;
    else if (pos >= r.end) lo = mid + 1;
    else return true;
  }
  return false;
}

/** Flags every token that starts inside a skipped range (one merge pass over both lists). */
export function markSkippedTokens(ts: TokenStream, ranges: readonly SkippedRange[]): void {
  let r = 0;
  for (let i = 0; i < ts.count && r < ranges.length; i++) {
    const s = ts.start[i] as number;
    while (r < ranges.length && (ranges[r] as SkippedRange).end <= s) r++;
    const range = ranges[r];
    if (range && s >= range.start && s < range.end) ts.flags[i] = (ts.flags[i] as number) | FLAG_SKIP;
  }
}

/** Index of the first token starting at or after `pos` (binary search over token starts). */
export function tokenAt(ts: TokenStream, pos: number): number {
  let lo = 0;
  let hi = ts.count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((ts.start[mid] as number) < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
