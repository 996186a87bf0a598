import { mentionSpans } from './review-types.ts';
import type { EntityRecord, Span, WordBox } from './review-types.ts';

export interface Box {
  key: string;
  entityId: number | null;
  cls: string;
  /** Percentages of the page image, so the boxes follow any zoom. */
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Sorts word boxes by offset once per page, for binary search. */
export function sortWords(words: readonly WordBox[]): WordBox[] {
  return [...words].sort((a, b) => a.start - b.start);
}

function firstEndingAfter(words: readonly WordBox[], offset: number): number {
  let lo = 0,
    hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The words overlapping a span: a mention's boxes on the page image. */
export function wordsIn(words: readonly WordBox[], span: Span): WordBox[] {
  const out: WordBox[] = [];
  for (let i = firstEndingAfter(words, span.start); i < words.length && words[i]!.start < span.end; i++) out.push(words[i]!);
  return out;
}

/** The highlight boxes of every mention (and greyed boilerplate) on one page image. */
export function pageBoxes(
  words: readonly WordBox[],
  width: number,
  height: number,
  entities: Iterable<EntityRecord>,
  skipped: readonly Span[],
  selectedId: number | null,
): Box[] {
  const boxes: Box[] = [];
  const pct = (w: WordBox) => ({
    left: (w.x / width) * 100,
    top: (w.y / height) * 100,
    width: (w.width / width) * 100,
    height: (w.height / height) * 100,
  });
  for (const s of skipped) {
    for (const w of wordsIn(words, s)) boxes.push({ key: `s${w.start}`, entityId: null, cls: 'box skipped', ...pct(w) });
  }
  for (const e of entities) {
    for (const m of mentionSpans(e)) {
      for (const w of wordsIn(words, m)) {
        boxes.push({
          key: `${e.id}-${m.start}-${w.start}`,
          entityId: e.id,
          cls: `box t-${e.type} st-${e.status}${e.id === selectedId ? ' sel' : ''}`,
          ...pct(w),
        });
      }
    }
  }
  return boxes;
}
