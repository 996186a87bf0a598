import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { CSSProperties, HTMLAttributes, ReactNode } from 'react';

export interface VirtualListProps extends Omit<HTMLAttributes<HTMLDivElement>, 'children' | 'onScroll'> {
  count: number;
  /** Every row has this height in pixels (what makes 100,000 rows cheap: no measuring). */
  rowHeight: number;
  /** Renders row `index`; the row must apply `style` (its position). */
  renderRow: (index: number, style: CSSProperties) => ReactNode;
  overscan?: number;
  /** Called with the rows on screen [first, last) whenever they change, e.g. to fetch them. */
  onRangeChange?: (first: number, last: number) => void;
  /** Kept on screen when it changes (keyboard navigation). */
  activeIndex?: number | null;
  initialScrollTop?: number;
  onScrollTopChange?: (scrollTop: number) => void;
}

/**
 * A windowed list: only the rows on screen (plus a few) exist in the DOM, positioned inside a
 * spacer as tall as all rows together. Written here rather than taken from npm because fixed-
 * height rows need only this much.
 */
export function VirtualList({
  count,
  rowHeight,
  renderRow,
  overscan = 6,
  onRangeChange,
  activeIndex,
  initialScrollTop = 0,
  onScrollTopChange,
  className,
  ...rest
}: VirtualListProps) {
  const box = useRef<HTMLDivElement | null>(null);
  const [scrollTop, setScrollTop] = useState(initialScrollTop);
  const [height, setHeight] = useState(800);
  const frame = useRef(0);

  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    el.scrollTop = initialScrollTop;
    setHeight(el.clientHeight || 800);
    const observer = new ResizeObserver(() => setHeight(el.clientHeight || 800));
    observer.observe(el);
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame.current);
    };
    // The initial scroll position applies once, when the list appears.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const last = Math.min(count, Math.ceil((scrollTop + height) / rowHeight) + overscan);

  useEffect(() => {
    onRangeChange?.(first, last);
  }, [first, last, onRangeChange]);

  useEffect(() => {
    const el = box.current;
    if (!el || activeIndex == null || activeIndex < 0) return;
    const top = activeIndex * rowHeight;
    if (top < el.scrollTop) el.scrollTop = top;
    else if (top + rowHeight > el.scrollTop + el.clientHeight) el.scrollTop = top + rowHeight - el.clientHeight;
  }, [activeIndex, rowHeight]);

  const rows: ReactNode[] = [];
  for (let i = first; i < last; i++) {
    rows.push(renderRow(i, { position: 'absolute', left: 0, right: 0, top: i * rowHeight, height: rowHeight }));
  }

  return (
    <div
      {...rest}
      ref={box}
      className={`vlist ${className ?? ''}`}
      onScroll={(e) => {
        const el = e.currentTarget;
        cancelAnimationFrame(frame.current);
        // One state update per frame however fast the wheel turns.
        frame.current = requestAnimationFrame(() => {
          setScrollTop(el.scrollTop);
          onScrollTopChange?.(el.scrollTop);
        });
      }}
    >
      <div className="vlist-spacer" style={{ height: count * rowHeight }}>
        {rows}
      </div>
    </div>
  );
}
