import { useCallback, useEffect, useMemo, useState } from 'react';
import { DecreeCitations } from './DecreeCitations.tsx';
import type { MethodResult } from '../../../../shared/contract/api.ts';
import { ENTITY_TYPES } from '../../../../shared/types/entity.ts';
import type { EntityType } from '../../../../shared/types/entity.ts';
import { useApi } from '../../api/ApiContext.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { useDocumentTitle } from '../../hooks/use-document-title.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { MergeBar } from './MergeBar.tsx';
import { RecordRow } from './RecordRow.tsx';
import { ScoresPanel } from './ScoresPanel.tsx';

export type RecordSummary = MethodResult<'records.list'>['items'][number];

export const recordId = (r: Pick<RecordSummary, 'type' | 'key'>) => `${r.type}\u0000${r.key}`;

interface Props {
  onOpenDocument(id: number): void;
  onShowDocuments(type: EntityType, key: string): void;
}

/**
 * Confirmed records across documents: officials with their roles, units, scores with their
 * subject and year… Two records of a type can be merged into one and split again.
 */
export function RecordsView({ onOpenDocument, onShowDocuments }: Props) {
  const api = useApi();
  const { t } = useI18n();
  useDocumentTitle(t('records.title'), t('app.title'));
  const [type, setType] = useState<EntityType | ''>('');
  const [query, setQuery] = useState('');
  const [items, setItems] = useState<RecordSummary[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [picked, setPicked] = useState<string[]>([]);
  const [notice, setNotice] = useState<string | null>(null);

  const load = useCallback(() => {
    let live = true;
    api.call('records.list', { ...(type ? { type } : {}), ...(query.trim() ? { query: query.trim() } : {}), limit: 1000 }).then(
      (r) => {
        if (live) {
          setItems(r.items);
          setError(null);
        }
      },
      (e: unknown) => {
        if (live) setError(e);
      },
    );
    return () => {
      live = false;
    };
  }, [api, type, query]);
  useEffect(load, [load]);

  const byId = useMemo(() => new Map((items ?? []).map((r) => [recordId(r), r])), [items]);
  const chosen = picked.map((id) => byId.get(id)).filter((r): r is RecordSummary => Boolean(r));

  const toggle = useCallback(
    (record: RecordSummary) => {
      const id = recordId(record);
      setPicked((prev) => {
        if (prev.includes(id)) return prev.filter((p) => p !== id);
        // Merging needs two records of one type: picking a third, or another type, starts over.
        const first = prev[0] === undefined ? undefined : byId.get(prev[0]);
        if (prev.length >= 2 || (first && first.type !== record.type)) return [id];
        return [...prev, id];
      });
    },
    [byId],
  );

  const merge = async (from: RecordSummary, into: RecordSummary) => {
    try {
      await api.call('records.merge', { type: from.type, from: from.key, into: into.key });
      setNotice(t('records.merged', { from: from.label, into: into.label }));
      setPicked([]);
      load();
    } catch (e) {
      setError(e);
    }
  };

  const mergeHint = useCallback(
    async (from: RecordSummary, into: RecordSummary['likelyDuplicates'][number]) => {
      try {
        await api.call('records.merge', { type: from.type, from: from.key, into: into.key });
        setNotice(t('records.merged', { from: from.label, into: into.label }));
        setPicked([]);
        load();
      } catch (e) {
        setError(e);
      }
    },
    [api, load, t],
  );

  const split = useCallback(
    async (record: RecordSummary, key: string) => {
      try {
        await api.call('records.split', { type: record.type, key });
        setNotice(t('records.splitDone', { key }));
        load();
      } catch (e) {
        setError(e);
      }
    },
    [api, load, t],
  );

  return (
    <main className="records view" aria-labelledby="records-heading">
      <div className="toolbar">
        <h2 id="records-heading">{t('records.title')}</h2>
        {items && <span className="count">{t('records.count', { count: items.length })}</span>}
      </div>
      <div className="filters" role="search">
        <input
          type="search"
          className="search"
          placeholder={t('records.search')}
          aria-label={t('records.search')}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
        <label className="field-inline">
          <span>{t('library.filter.entityType')}</span>
          <select
            value={type}
            onChange={(e) => {
              setType(e.target.value as EntityType | '');
              setPicked([]);
            }}
          >
            <option value="">{t('library.filter.anyType')}</option>
            {ENTITY_TYPES.map((ty) => (
              <option key={ty} value={ty}>
                {t(`type.${ty}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className="hint">{t('records.explain')}</p>
      <ErrorMessage error={error} onDismiss={() => setError(null)} />
      {notice && (
        <div className="notice" role="status">
          {notice}{' '}
          <button type="button" className="link" onClick={() => setNotice(null)}>
            {t('common.dismiss')}
          </button>
        </div>
      )}
      {chosen.length > 0 && <MergeBar chosen={chosen} onMerge={(from, into) => void merge(from, into)} onClear={() => setPicked([])} />}
      {items === null && !error && <EmptyState>{t('common.loading')}</EmptyState>}
      {items?.length === 0 && <EmptyState>{query || type ? t('records.noMatches') : t('records.empty')}</EmptyState>}
      {type === 'score' && items && items.length > 0 && <ScoresPanel records={items} />}
      {items && items.length > 0 && (
        <div className="records-scroll">
          <table className="records-table" data-testid="records-table">
            <thead>
              <tr>
                <th>
                  <span className="visually-hidden">{t('records.pick')}</span>
                </th>
                <th>{t('records.column.type')}</th>
                <th>{t('records.column.record')}</th>
                <th>{t('records.column.details')}</th>
                <th className="num">{t('records.column.mentions')}</th>
                <th>{t('records.column.documents')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((record) => (
                <RecordRow
                  key={recordId(record)}
                  record={record}
                  picked={picked.includes(recordId(record))}
                  onToggle={toggle}
                  onSplit={split}
                  onOpenDocument={onOpenDocument}
                  onShowDocuments={onShowDocuments}
                  onMergeHint={mergeHint}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {(type === '' || type === 'decree') && !query && <DecreeCitations onOpenDocument={onOpenDocument} />}
    </main>
  );
}
