import { useEffect, useRef } from 'react';
import type { ReactNode } from 'react';

/**
 * A dialog over the view: focus moves into it and returns afterwards; Escape closes it. Keys
 * pressed inside do not reach the view's shortcuts (they stop at the dialog).
 */
export function Modal({
  title,
  onClose,
  children,
  className,
}: {
  title: string;
  onClose: () => void;
  children: ReactNode;
  className?: string;
}) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    // A child with autoFocus has focused itself already; otherwise the first control takes it.
    if (!box.current?.contains(document.activeElement)) {
      const first = box.current?.querySelector<HTMLElement>('input, select, textarea');
      (first ?? box.current)?.focus();
    }
    return () => previous?.focus?.();
  }, []);
  return (
    <div
      className="modal-backdrop"
      onMouseDown={(e) => {
        if (e.target === e.currentTarget) onClose();
      }}
    >
      <div
        ref={box}
        className={`modal ${className ?? ''}`}
        role="dialog"
        aria-modal="true"
        aria-label={title}
        tabIndex={-1}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.preventDefault();
            onClose();
          }
          // The view's window-level shortcuts must not act on keys meant for the dialog.
          e.stopPropagation();
          e.nativeEvent.stopImmediatePropagation();
        }}
      >
        <h2 className="modal-title">{title}</h2>
        {children}
      </div>
    </div>
  );
}
