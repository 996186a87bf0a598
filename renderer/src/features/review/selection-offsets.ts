import type { Span } from './review-types.ts';

/**
 * The clerk's text selection as clean-text offsets. Every segment is one element carrying its
 * start offset (`data-s`) around one text node, so a DOM point maps exactly to an offset.
 * Leading and trailing white space is left out of the span.
 */
export function selectionSpan(container: HTMLElement, text: string): Span | null {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) return null;
  let start = pointOffset(container, range.startContainer, range.startOffset, text.length);
  let end = pointOffset(container, range.endContainer, range.endOffset, text.length);
  if (start === null || end === null) return null;
  if (end < start) [start, end] = [end, start];
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}

function segmentStart(el: Element | null): number | null {
  const value = el?.closest<HTMLElement>('[data-s]')?.dataset.s;
  return value === undefined ? null : Number(value);
}

function pointOffset(container: HTMLElement, node: Node, offset: number, length: number): number | null {
  if (node.nodeType === Node.TEXT_NODE) {
    const base = segmentStart(node.parentElement);
    return base === null ? null : base + offset;
  }
  if (!(node instanceof Element)) return null;
  // An element point: `offset` counts child nodes. Find the segment at (or after) that child.
  const children = node.childNodes;
  if (offset < children.length) {
    const child = children[offset]!;
    const el = child instanceof Element ? child : child.parentElement;
    if (el && el !== container && container.contains(el)) {
      const own = el instanceof HTMLElement && el.dataset.s !== undefined ? Number(el.dataset.s) : segmentStart(el);
      if (own !== null) return own;
    }
  }
  // Past the last child: the end of this element's segment (or of the text).
  if (node === container) return offset === 0 ? 0 : length;
  const base = segmentStart(node);
  return base === null ? null : base + (node.textContent?.length ?? 0);
}
