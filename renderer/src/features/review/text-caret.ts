import type { KeyboardEvent as ReactKeyboardEvent } from 'react';

type Direction = 'forward' | 'backward';
type Granularity = 'character' | 'word' | 'line' | 'lineboundary' | 'documentboundary';

/** The caret keys of the text pane, as caret browsing has them. */
const MOVES: Record<string, [Direction, Granularity, Granularity]> = {
  // key: direction, granularity, granularity with Ctrl
  ArrowRight: ['forward', 'character', 'word'],
  ArrowLeft: ['backward', 'character', 'word'],
  ArrowDown: ['forward', 'line', 'line'],
  ArrowUp: ['backward', 'line', 'line'],
  Home: ['backward', 'lineboundary', 'documentboundary'],
  End: ['forward', 'lineboundary', 'documentboundary'],
};

/** The DOM point of a clean-text offset (each segment is one text node after its `data-s` offset). */
function pointAt(container: HTMLElement, offset: number): [Node, number] | null {
  const segments = [...container.querySelectorAll<HTMLElement>('[data-s]')];
  const seg = segments.findLast((s) => Number(s.dataset.s) <= offset) ?? segments[0];
  const node = seg?.firstChild;
  if (!seg || !node) return null;
  return [node, Math.max(0, Math.min(offset - Number(seg.dataset.s), node.textContent?.length ?? 0))];
}

/** Where the caret starts when the pane takes the keys without one: an offset of the clean text. */
export function placeCaret(container: HTMLElement, offset: number): void {
  const point = pointAt(container, offset);
  if (point) window.getSelection()?.collapse(...point);
}

/** True when the document's selection has an end inside the pane. */
export function selectionInside(container: HTMLElement): boolean {
  const selection = window.getSelection();
  return Boolean(selection && selection.rangeCount > 0 && selection.focusNode && container.contains(selection.focusNode));
}

/**
 * A caret key pressed in the focused text pane: moves (or with Shift extends) the document's
 * selection by character, word (Ctrl), line or line end, through the browser's own
 * Selection.modify, so words and lines are the ones on screen. Returns true when handled.
 */
export function moveCaret(e: ReactKeyboardEvent<HTMLElement>, container: HTMLElement, startAt: number): boolean {
  if (e.altKey || e.metaKey) return false;
  const move = MOVES[e.key];
  const selection = window.getSelection();
  if (!move || !selection) return false;
  if (!selectionInside(container)) placeCaret(container, startAt);
  const [direction, plain, withCtrl] = move;
  const granularity = e.ctrlKey ? withCtrl : plain;
  if (granularity === 'documentboundary') {
    // The text's own start or end, not the page's (the browser's would leave the pane).
    const point = pointAt(container, direction === 'forward' ? Number.MAX_SAFE_INTEGER : 0);
    if (point && e.shiftKey) selection.extend(...point);
    else if (point) selection.collapse(...point);
    return true;
  }
  const before = selection.rangeCount
    ? ({ anchor: [selection.anchorNode, selection.anchorOffset], focus: [selection.focusNode, selection.focusOffset] } as const)
    : null;
  // Selection.modify is not in every DOM typing, but every engine the app runs in has it.
  (selection as Selection & { modify(alter: string, direction: string, granularity: string): void }).modify(
    e.shiftKey ? 'extend' : 'move',
    direction,
    granularity,
  );
  // Up from the first line or down from the last would leave the text: the caret stays put.
  if (before && !selectionInside(container)) {
    selection.setBaseAndExtent(before.anchor[0]!, before.anchor[1], before.focus[0]!, before.focus[1]);
  }
  return true;
}

export interface CaretBox {
  top: number;
  left: number;
  height: number;
}

/** Where to draw the caret, relative to the pane, when the selection is collapsed inside it. */
export function caretBox(container: HTMLElement): CaretBox | null {
  const selection = window.getSelection();
  if (!selection || !selection.isCollapsed || !selectionInside(container) || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  const rect = range.getClientRects()[0] ?? range.getBoundingClientRect();
  if (!rect || (rect.height === 0 && rect.top === 0)) return null;
  const box = container.getBoundingClientRect();
  return { top: rect.top - box.top, left: rect.left - box.left, height: rect.height || 18 };
}

/** Keeps the selection's moving end on screen in the pane's scroller. */
export function revealFocus(container: HTMLElement): void {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || !selection.focusNode) return;
  const range = document.createRange();
  range.setStart(selection.focusNode, selection.focusOffset);
  const rect = range.getClientRects()[0] ?? range.getBoundingClientRect();
  const scroller = container.parentElement ?? container;
  const view = scroller.getBoundingClientRect();
  if (rect.top < view.top + 16) scroller.scrollTop += rect.top - view.top - 16;
  else if (rect.bottom > view.bottom - 16) scroller.scrollTop += rect.bottom - view.bottom + 16;
}
