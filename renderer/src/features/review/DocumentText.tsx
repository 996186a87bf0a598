import { memo, useEffect, useMemo, useState } from 'react';
import type { RefObject } from 'react';
import { useI18n } from '../../i18n/i18n.tsx';
import type { Segment } from './text-segments.ts';
import { caretBox, moveCaret, revealFocus } from './text-caret.ts';
import type { CaretBox } from './text-caret.ts';

interface Props {
  text: string;
  segments: readonly Segment[];
  selectedId: number | null;
  onSelect(entityId: number): void;
  textRef: RefObject<HTMLPreElement | null>;
  /** Where the caret starts when the pane takes the keys without one (the selected entity). */
  caretStart: number;
}

/**
 * The clean text, highlighted. Rendered as React text children, never as markup: imported
 * HTML is data. Each segment is one <span data-s={offset}> around one text node, so the
 * DOM's text is exactly the clean text and selections map back to clean-text offsets.
 */
export function DocumentText({ text, segments, selectedId, onSelect, textRef, caretStart }: Props) {
  const { t } = useI18n();
  const [caret, setCaret] = useState<CaretBox | null>(null);

  // A selection in static text has no caret of its own: the pane draws one while it has focus.
  useEffect(() => {
    const update = () => {
      const el = textRef.current;
      setCaret(el && document.activeElement === el ? caretBox(el) : null);
    };
    document.addEventListener('selectionchange', update);
    const el = textRef.current;
    el?.addEventListener('focus', update);
    el?.addEventListener('blur', update);
    return () => {
      document.removeEventListener('selectionchange', update);
      el?.removeEventListener('focus', update);
      el?.removeEventListener('blur', update);
    };
  }, [textRef]);

  // Where the selected entity first shows, to bring it into view.
  const firstStart = useMemo(() => {
    const map = new Map<number, number>();
    for (const s of segments) for (const id of s.cover) if (!map.has(id)) map.set(id, s.start);
    return map;
  }, [segments]);

  useEffect(() => {
    const el = textRef.current;
    if (!el || selectedId === null) return;
    const start = firstStart.get(selectedId);
    if (start === undefined) return;
    const target = el.querySelector<HTMLElement>(`[data-s="${start}"]`);
    if (!target) return;
    const scroller = el.parentElement ?? el;
    const r = target.getBoundingClientRect();
    const view = scroller.getBoundingClientRect();
    if (r.top < view.top + 24 || r.bottom > view.bottom - 24) {
      scroller.scrollTop += r.top - view.top - scroller.clientHeight / 3;
    }
    // Only a new selection scrolls; a status change of the same entity does not.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selectedId]);

  return (
    <pre
      ref={textRef}
      className="document-text"
      aria-label={t('document.text')}
      aria-description={t('keys.text')}
      data-testid="document-text"
      // The text takes the caret: focusable, and moved by the caret keys (Shift selects, n adds).
      tabIndex={0}
      onKeyDown={(e) => {
        const el = textRef.current;
        if (!el || !moveCaret(e, el, caretStart)) return;
        e.preventDefault();
        // The view's j/k/arrows must not also move the entity cursor.
        e.stopPropagation();
        revealFocus(el);
      }}
      onClick={(e) => {
        // A drag that selected text is not a click on an entity.
        if (!window.getSelection()?.isCollapsed) return;
        const target = e.target as HTMLElement;
        const seg = target.closest<HTMLElement>('[data-s]');
        if (!seg) return;
        const cover = seg.dataset.cover?.split(' ').map(Number) ?? [];
        if (cover.length === 0) return;
        // Overlapping mentions: a second click on the same place moves to the next entity there.
        const at = selectedId === null ? -1 : cover.indexOf(selectedId);
        const primary = Number(seg.dataset.e ?? cover[0]);
        onSelect(at >= 0 && cover.length > 1 ? cover[(at + 1) % cover.length]! : primary);
      }}
    >
      {caret && (
        <span
          className="text-caret"
          aria-hidden="true"
          data-testid="text-caret"
          style={{ top: caret.top, left: caret.left, height: caret.height }}
        />
      )}
      {segments.map((s) => (
        <TextSegment
          key={s.start}
          start={s.start}
          text={text.slice(s.start, s.end)}
          cls={segmentClass(s)}
          primary={s.primary}
          cover={s.cover.length ? s.cover.join(' ') : undefined}
          selected={selectedId !== null && s.cover.includes(selectedId)}
          pageNo={s.pageNo}
          pageLabel={s.pageNo !== null ? t('review.pageMarker', { page: s.pageNo }) : undefined}
        />
      ))}
    </pre>
  );
}

function segmentClass(s: Segment): string {
  let cls = '';
  if (s.type) cls += `m t-${s.type} st-${s.status}`;
  if (s.cover.length > 1) cls += ' multi';
  if (s.skipped) cls += ' skipped';
  if (s.pageNo !== null) cls += ' page-start';
  return cls;
}

interface SegmentProps {
  start: number;
  text: string;
  cls: string;
  primary: number | null;
  cover: string | undefined;
  selected: boolean;
  pageNo: number | null;
  pageLabel: string | undefined;
}

/** Memoised on plain values: moving the selection redraws only the segments it enters or leaves. */
const TextSegment = memo(function TextSegment({ start, text, cls, primary, cover, selected, pageNo, pageLabel }: SegmentProps) {
  return (
    <span
      data-s={start}
      data-e={primary ?? undefined}
      data-cover={cover}
      data-page={pageNo ?? undefined}
      data-page-label={pageLabel}
      className={selected ? `${cls} sel` : cls || undefined}
    >
      {text}
    </span>
  );
});
