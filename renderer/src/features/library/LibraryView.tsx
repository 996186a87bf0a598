import { memo, useCallback, useMemo, useRef, useState } from 'react';
import { useApi } from '../../api/ApiContext.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { useDocumentTitle } from '../../hooks/use-document-title.ts';
import { isTypingTarget, useGlobalKeys } from '../../hooks/use-global-keys.ts';
import { formatCount } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { ImportButtons } from '../import/ImportButtons.tsx';
import { DocumentTable } from './DocumentTable.tsx';
import { LibraryFilters } from './LibraryFilters.tsx';
import { hasFilters, listArgs } from './library-filters.ts';
import { useLibraryState } from './library-state.tsx';
import { useDocumentList } from './use-document-list.ts';
import type { DocumentSummary } from './use-document-list.ts';
import { useListRefresh } from './use-list-refresh.ts';

export const LibraryView = memo(function LibraryView({ onOpen }: { onOpen: (id: number) => void }) {
  const api = useApi();
  const { t, locale } = useI18n();
  useDocumentTitle(t('library.title'), t('app.title'));
  const { filters, setFilters, activeIndex, setActiveIndex, scrollTop, setScrollTop, setOpenedIndex } = useLibraryState();
  const args = useMemo(() => listArgs(filters), [filters]);
  const list = useDocumentList(args);
  const searchRef = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<unknown>(null);
  const [trashed, setTrashed] = useState<DocumentSummary | null>(null);
  useListRefresh(list.refresh);

  const open = useCallback(
    (id: number, index: number) => {
      setActiveIndex(index);
      setOpenedIndex(index);
      onOpen(id);
    },
    [onOpen, setActiveIndex, setOpenedIndex],
  );

  const moveToTrash = useCallback(
    async (doc: DocumentSummary) => {
      try {
        await api.call('documents.delete', { id: doc.id });
        setTrashed(doc);
        list.refresh();
      } catch (e) {
        setError(e);
      }
    },
    [api, list],
  );

  const undoTrash = async () => {
    if (!trashed) return;
    try {
      await api.call('documents.restore', { id: trashed.id });
      setTrashed(null);
      list.refresh();
    } catch (e) {
      setError(e);
    }
  };

  const total = list.total ?? 0;
  // After deletions the list may be shorter than where the cursor was.
  const active = total > 0 ? Math.min(activeIndex, total - 1) : 0;
  useGlobalKeys((e) => {
    if (e.key === '/' && !isTypingTarget(e.target)) {
      searchRef.current?.focus();
      return true;
    }
    if (isTypingTarget(e.target) || e.ctrlKey || e.metaKey || e.altKey || total === 0) return false;
    const doc = list.itemAt(active);
    switch (e.key) {
      case 'j':
      case 'ArrowDown':
        setActiveIndex(Math.min(total - 1, active + 1));
        return true;
      case 'k':
      case 'ArrowUp':
        setActiveIndex(Math.max(0, active - 1));
        return true;
      case 'Home':
        setActiveIndex(0);
        return true;
      case 'End':
        setActiveIndex(total - 1);
        return true;
      case 'PageDown':
        setActiveIndex(Math.min(total - 1, active + 15));
        return true;
      case 'PageUp':
        setActiveIndex(Math.max(0, active - 15));
        return true;
      case 'Enter':
      case 'o':
        // A focused button keeps its own Enter.
        if (e.key === 'Enter' && e.target instanceof HTMLButtonElement) return false;
        if (doc) open(doc.id, active);
        return Boolean(doc);
      case 'Delete':
        if (doc) void moveToTrash(doc);
        return Boolean(doc);
      default:
        return false;
    }
  });

  const filtered = hasFilters(filters);
  return (
    <main className="library view" aria-labelledby="library-heading">
      <div className="toolbar">
        <h2 id="library-heading">{t('library.title')}</h2>
        {list.total !== null && (
          <span className="count" aria-live="polite">
            {t('library.count', { count: formatCount(list.total, locale) })}
          </span>
        )}
        <div className="spacer" />
        <ImportButtons />
      </div>
      <LibraryFilters filters={filters} onChange={setFilters} searchRef={searchRef} />
      <ErrorMessage error={error ?? list.error} onDismiss={() => setError(null)} />
      {trashed && (
        <div className="notice" role="status">
          {t('library.trashed', { name: trashed.name })}{' '}
          <button type="button" className="link" onClick={() => void undoTrash()}>
            {t('library.undoTrash')}
          </button>
          <button type="button" className="link" onClick={() => setTrashed(null)}>
            {t('common.dismiss')}
          </button>
        </div>
      )}
      {list.total === 0 && !list.stale ? (
        <EmptyState>{filtered ? t('library.noMatches') : t('library.empty')}</EmptyState>
      ) : list.total === null ? (
        <EmptyState>{t('common.loading')}</EmptyState>
      ) : (
        <DocumentTable
          key={JSON.stringify(args)}
          list={list}
          mode="library"
          sort={{ by: filters.sort, descending: filters.descending }}
          withSnippets={Boolean(args.query)}
          onSort={(by) => setFilters({ ...filters, sort: by, descending: filters.sort === by ? !filters.descending : false })}
          label={t('library.title')}
          activeIndex={active}
          onActivate={setActiveIndex}
          onOpen={open}
          onSecondary={(doc) => void moveToTrash(doc)}
          initialScrollTop={scrollTop()}
          onScrollTopChange={setScrollTop}
        />
      )}
      <p className="hint">{t('library.keysHint')}</p>
    </main>
  );
});
