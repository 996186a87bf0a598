import { useCallback, useMemo } from 'react';
import type { CSSProperties } from 'react';
import { VirtualList } from '../../components/VirtualList.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { DocumentRow } from './DocumentRow.tsx';
import { SortHeader } from './SortHeader.tsx';
import type { RowActions } from './DocumentRow.tsx';
import type { DocumentList, DocumentSummary } from './use-document-list.ts';
import type { LibrarySort } from './library-filters.ts';

export const ROW_HEIGHT = 40;
/** A search shows each row's matching passage on a second line. */
export const SNIPPET_ROW_HEIGHT = 62;

interface Props {
  list: DocumentList;
  mode: 'library' | 'trash';
  label: string;
  activeIndex: number;
  onActivate(index: number): void;
  onOpen(id: number, index: number): void;
  onSecondary(doc: DocumentSummary): void;
  initialScrollTop?: number;
  onScrollTopChange?: (top: number) => void;
  /** The library's order; a sortable header sorts by its column (again: the other way). */
  sort?: { by: LibrarySort; descending: boolean };
  onSort?: (by: LibrarySort) => void;
  /** Rows carry their search passage: taller rows. */
  withSnippets?: boolean;
}

/** The documents as an ARIA table whose body is a virtual list (any number of rows). */
export function DocumentTable({
  list,
  mode,
  label,
  activeIndex,
  onActivate,
  onOpen,
  onSecondary,
  initialScrollTop,
  onScrollTopChange,
  sort,
  onSort,
  withSnippets = false,
}: Props) {
  const { t } = useI18n();
  const total = list.total ?? 0;
  // Stable callbacks so memoised rows only redraw when their own data changes.
  const actions = useMemo<RowActions>(() => ({ onActivate, onOpen, onSecondary }), [onActivate, onOpen, onSecondary]);
  const renderRow = useCallback(
    (index: number, style: CSSProperties) => (
      <DocumentRow
        key={index}
        index={index}
        doc={list.itemAt(index)}
        active={index === activeIndex}
        style={style}
        mode={mode}
        actions={actions}
      />
    ),
    [list, activeIndex, mode, actions],
  );

  return (
    <div role="table" aria-label={label} aria-rowcount={total + 1} className={`doc-table${list.stale ? ' stale' : ''}`}>
      <div role="rowgroup" className="doc-head">
        <div role="row" aria-rowindex={1} className="doc-row head">
          <SortHeader column="name" label="library.column.name" className="c-name" sort={sort} onSort={onSort} />
          <SortHeader column="status" label="library.column.status" className="c-status" sort={sort} onSort={onSort} />
          <SortHeader column="pending" label="library.column.pending" className="c-num" sort={sort} onSort={onSort} />
          <SortHeader column="confirmed" label="library.column.confirmed" className="c-num" sort={sort} onSort={onSort} />
          <SortHeader column="type" label="library.column.type" className="c-type" sort={sort} onSort={onSort} />
          <SortHeader column="date_established" label="library.column.established" className="c-established" sort={sort} onSort={onSort} />
          <SortHeader column="imported" label="library.column.imported" className="c-date" sort={sort} onSort={onSort} />
          <div role="columnheader" className="c-actions">
            <span className="visually-hidden">{t('library.column.actions')}</span>
          </div>
        </div>
      </div>
      <VirtualList
        role="rowgroup"
        className="doc-body"
        count={total}
        rowHeight={withSnippets ? SNIPPET_ROW_HEIGHT : ROW_HEIGHT}
        renderRow={renderRow}
        onRangeChange={list.ensureRange}
        activeIndex={activeIndex}
        {...(initialScrollTop !== undefined ? { initialScrollTop } : {})}
        {...(onScrollTopChange ? { onScrollTopChange } : {})}
      />
    </div>
  );
}
