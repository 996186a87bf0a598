import { isTypingTarget, useGlobalKeys } from '../../hooks/use-global-keys.ts';
import { spanKey } from './review-keys.ts';

/** What the review's keys do; ReviewView supplies each command from its own state. */
export interface ReviewCommands {
  /** False before the document loads, and while a dialog or an inline edit owns the keyboard. */
  active: boolean;
  /** The particulars panel's own key handler, while its tab is open; null otherwise. */
  particularsKey: ((e: KeyboardEvent) => boolean) | null;
  /** How many entities j/k walk (Home and End jump the whole list). */
  count: number;
  undo(): void;
  redo(): void;
  stepSpan(edge: 'start' | 'end', step: 'widen' | 'narrow'): void;
  /** Flips between particulars and entities; false when the document has no particulars. */
  toggleParticulars(): boolean;
  move(delta: number): void;
  act(action: 'accept' | 'reject' | 'reset'): void;
  /** Opens the cursor's entity for editing; false when there is none. */
  startEdit(): boolean;
  startAdd(): void;
  openAcceptAbove(): void;
  openBulk(): void;
  toggleZone(): void;
  focusText(): void;
  requestConfirm(): void;
  turnPage(delta: number): void;
  toggleHistory(): void;
  back(): void;
  help(): void;
  dismissNotice(): void;
}

/** The review's shortcuts (listed for the "?" overlay in review-keys.ts), on the window. */
export function useReviewShortcuts(c: ReviewCommands): void {
  useGlobalKeys((e) => {
    if (!c.active || isTypingTarget(e.target)) return false;
    const mod = e.ctrlKey || e.metaKey;
    if (mod && !e.altKey && e.key.toLowerCase() === 'z') {
      if (e.shiftKey) c.redo();
      else c.undo();
      return true;
    }
    if (mod && !e.altKey && e.key.toLowerCase() === 'y') {
      c.redo();
      return true;
    }
    if (c.particularsKey?.(e)) return true;
    const span = spanKey(e);
    if (span) {
      c.stepSpan(span.edge, span.step);
      return true;
    }
    if (mod || e.altKey) return false;
    switch (e.key) {
      case 'f':
        return c.toggleParticulars();
      case 'j':
      case 'ArrowDown':
        c.move(1);
        return true;
      case 'k':
      case 'ArrowUp':
        c.move(-1);
        return true;
      case 'Home':
        c.move(-c.count);
        return true;
      case 'End':
        c.move(c.count);
        return true;
      case 'Enter':
        if (e.target instanceof HTMLButtonElement || e.target instanceof HTMLAnchorElement) return false;
        c.act('accept');
        return true;
      case 'a':
        c.act('accept');
        return true;
      case 'r':
      case 'x':
        c.act('reject');
        return true;
      case 'p':
        c.act('reset');
        return true;
      case 'e':
        return c.startEdit();
      case 'n':
        c.startAdd();
        return true;
      case 'A':
        c.openAcceptAbove();
        return true;
      case 'B':
        c.openBulk();
        return true;
      case 'z':
        c.toggleZone();
        return true;
      case 't':
        c.focusText();
        return true;
      case 'c':
        c.requestConfirm();
        return true;
      case 'u':
        c.undo();
        return true;
      case 'U':
        c.redo();
        return true;
      case '[':
        c.turnPage(-1);
        return true;
      case ']':
        c.turnPage(1);
        return true;
      case 'h':
        c.toggleHistory();
        return true;
      case 'b':
        c.back();
        return true;
      case '?':
        c.help();
        return true;
      case 'Escape':
        window.getSelection()?.removeAllRanges();
        c.dismissNotice();
        return true;
      default:
        return false;
    }
  });
}
