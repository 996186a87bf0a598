import { useCallback, useEffect, useState } from 'react';
import type { MethodResult } from '../../../../shared/contract/api.ts';
import { useApi } from '../../api/ApiContext.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { ImportControl } from '../import/ImportControl.tsx';

type Page = MethodResult<'documents.list'>;

export function LibraryView({ onOpen }: { onOpen: (id: number) => void }) {
  const api = useApi();
  const { t } = useI18n();
  const [query, setQuery] = useState('');
  const [page, setPage] = useState<Page | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      setPage(await api.call('documents.list', query.trim() ? { query: query.trim() } : {}));
      setError(null);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }, [api, query]);

  useEffect(() => { void load(); }, [load]);
  useEffect(() => {
    const offUpdated = api.on('document.updated', () => void load());
    const offFinished = api.on('import.finished', () => void load());
    return () => { offUpdated(); offFinished(); };
  }, [api, load]);

  return (
    <main className="library">
      <div className="toolbar">
        <h2>{t('library.title')}</h2>
        <input type="search" placeholder={t('library.search')} aria-label={t('library.search')}
          value={query} onChange={(e) => setQuery(e.target.value)} />
        {page && <span className="count">{t('library.count', { count: page.total })}</span>}
      </div>
      <ImportControl />
      {error && <div className="error" role="alert">{t('error.generic', { message: error })}</div>}
      {page && page.items.length === 0 && !query && <p className="empty-state">{t('library.empty')}</p>}
      {page && page.items.length > 0 && (
        <table className="documents" aria-label={t('library.title')}>
          <thead>
            <tr>
              <th>{t('library.column.id')}</th>
              <th>{t('library.column.name')}</th>
              <th>{t('library.column.type')}</th>
              <th>{t('library.column.status')}</th>
              <th>{t('library.column.imported')}</th>
            </tr>
          </thead>
          <tbody>
            {page.items.map((d) => (
              <tr key={d.id} data-testid="document-row">
                <td>{d.id}</td>
                <td><button type="button" className="link" onClick={() => onOpen(d.id)}>{d.name}</button></td>
                <td>{d.sourceType}</td>
                <td>{t(`status.${d.status}`)}</td>
                <td>{new Date(d.importedAt).toLocaleString()}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </main>
  );
}
