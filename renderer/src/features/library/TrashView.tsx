import { useCallback, useMemo, useState } from 'react';
import { useApi } from '../../api/ApiContext.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Modal } from '../../components/Modal.tsx';
import { useDocumentTitle } from '../../hooks/use-document-title.ts';
import { isTypingTarget, useGlobalKeys } from '../../hooks/use-global-keys.ts';
import { formatCount } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { DocumentTable } from './DocumentTable.tsx';
import { listArgs, NO_FILTERS } from './library-filters.ts';
import { useDocumentList } from './use-document-list.ts';
import type { DocumentSummary } from './use-document-list.ts';
import { useListRefresh } from './use-list-refresh.ts';

// Trash rows do not open (restore first); a stable function keeps the memoised rows still.
const noop = () => {};

/** Deleted documents: restorable one by one until the trash is emptied for good. */
export function TrashView() {
  const api = useApi();
  const { t, locale } = useI18n();
  useDocumentTitle(t('trash.title'), t('app.title'));
  const args = useMemo(() => listArgs(NO_FILTERS, true), []);
  const list = useDocumentList(args);
  const [activeIndex, setActiveIndex] = useState(0);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  useListRefresh(list.refresh);

  const restore = useCallback(
    async (doc: DocumentSummary) => {
      try {
        await api.call('documents.restore', { id: doc.id });
        setNotice(t('trash.restored', { name: doc.name }));
        list.refresh();
      } catch (e) {
        setError(e);
      }
    },
    [api, list, t],
  );

  const empty = async () => {
    setConfirming(false);
    try {
      const { purged } = await api.call('trash.empty', {});
      setNotice(t('trash.purged', { count: purged }));
      list.refresh();
    } catch (e) {
      setError(e);
    }
  };

  const total = list.total ?? 0;
  useGlobalKeys((e) => {
    if (isTypingTarget(e.target) || e.ctrlKey || e.metaKey || e.altKey || total === 0 || confirming) return false;
    switch (e.key) {
      case 'j':
      case 'ArrowDown':
        setActiveIndex(Math.min(total - 1, activeIndex + 1));
        return true;
      case 'k':
      case 'ArrowUp':
        setActiveIndex(Math.max(0, activeIndex - 1));
        return true;
      case 'Enter': {
        if (e.target instanceof HTMLButtonElement) return false;
        const doc = list.itemAt(activeIndex);
        if (doc) void restore(doc);
        return Boolean(doc);
      }
      default:
        return false;
    }
  });

  return (
    <main className="trash view" aria-labelledby="trash-heading">
      <div className="toolbar">
        <h2 id="trash-heading">{t('trash.title')}</h2>
        {list.total !== null && <span className="count">{t('library.count', { count: formatCount(total, locale) })}</span>}
        <div className="spacer" />
        <button type="button" className="danger" disabled={total === 0} onClick={() => setConfirming(true)}>
          {t('trash.empty')}
        </button>
      </div>
      <p className="hint">{t('trash.explain')}</p>
      <ErrorMessage error={error ?? list.error} onDismiss={() => setError(null)} />
      {notice && (
        <div className="notice" role="status">
          {notice}
        </div>
      )}
      {list.total === 0 ? (
        <EmptyState>{t('trash.isEmpty')}</EmptyState>
      ) : list.total === null ? (
        <EmptyState>{t('common.loading')}</EmptyState>
      ) : (
        <DocumentTable
          list={list}
          mode="trash"
          label={t('trash.title')}
          activeIndex={activeIndex}
          onActivate={setActiveIndex}
          onOpen={noop}
          onSecondary={(doc) => void restore(doc)}
        />
      )}
      {confirming && (
        <Modal title={t('trash.confirmTitle')} onClose={() => setConfirming(false)}>
          <p>{t('trash.confirmText', { count: total })}</p>
          <div className="modal-actions">
            <button type="button" onClick={() => setConfirming(false)}>
              {t('common.cancel')}
            </button>
            <button type="button" className="danger" onClick={() => void empty()}>
              {t('trash.emptyNow')}
            </button>
          </div>
        </Modal>
      )}
    </main>
  );
}
