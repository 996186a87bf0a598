import type { PageText } from '../../types/document.ts';
import type { FieldSource, PageBox } from '../../types/particulars.ts';

/** OCR words below this confidence (0–1) are weak: handwriting, stamps, smudges. */
export const WEAK_WORD_CONFIDENCE = 0.6;

/**
 * Where a span lies on the pages: the page holding its start, the union of the boxes of the
 * words it covers, and whether any of those words was read weakly by OCR. Pages are sorted by
 * their start offsets, so the page is found by binary search.
 */
export function locate(pages: readonly PageText[], start: number, end: number): Pick<FieldSource, 'page' | 'box'> & { weakWords: boolean } {
  let lo = 0;
  let hi = pages.length - 1;
  let page: PageText | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const p = pages[mid]!;
    if (start < p.start) hi = mid - 1;
    else if (start >= p.end && mid < pages.length - 1) lo = mid + 1;
    else {
      page = p;
      break;
    }
  }
  if (!page) return { page: null, box: null, weakWords: false };
  let box: PageBox | null = null;
  let weakWords = false;
  for (const w of page.words) {
    if (w.end <= start || w.start >= end) continue;
    if (page.source === 'ocr' && (w.confidence ?? 1) < WEAK_WORD_CONFIDENCE) weakWords = true;
    if (!box) box = { x: w.x, y: w.y, width: w.width, height: w.height };
    else {
      const right = Math.max(box.x + box.width, w.x + w.width);
      const bottom = Math.max(box.y + box.height, w.y + w.height);
      box.x = Math.min(box.x, w.x);
      box.y = Math.min(box.y, w.y);
      box.width = right - box.x;
      box.height = bottom - box.y;
    }
  }
  return { page: page.pageNo, box, weakWords };
}
