import { useEffect, useState } from 'react';
import type { MethodResult } from '../../../../shared/contract/api.ts';
import { useApi } from '../../api/ApiContext.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { useI18n } from '../../i18n/i18n.tsx';

type Citation = MethodResult<'decrees.citations'>['items'][number];

/** The library's decrees with what cites them and what they cite, both ways, with counts. */
export function DecreeCitations({ onOpenDocument }: { onOpenDocument(id: number): void }) {
  const api = useApi();
  const { t } = useI18n();
  const [items, setItems] = useState<Citation[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    let live = true;
    api.call('decrees.citations', {}).then(
      (r) => {
        if (live) setItems(r.items);
      },
      (e: unknown) => {
        if (live) setError(e);
      },
    );
    return () => {
      live = false;
    };
  }, [api]);

  return (
    <section className="decree-citations" aria-labelledby="decree-citations-heading" data-testid="decree-citations">
      <h3 id="decree-citations-heading">{t('records.decrees')}</h3>
      <ErrorMessage error={error} />
      {items?.length === 0 && <p className="muted">{t('records.noDecrees')}</p>}
      {items && items.length > 0 && (
        <table className="records-table">
          <thead>
            <tr>
              <th>{t('records.column.record')}</th>
              <th>{t('records.citedBy', { count: '' }).trim()}</th>
              <th>{t('records.cites', { count: '' }).trim()}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((d) => (
              <tr key={d.documentId} data-testid="decree-citation" data-decree-key={d.key}>
                <td>
                  <button type="button" className="link" onClick={() => onOpenDocument(d.documentId)}>
                    {d.key}
                  </button>
                  {d.title && <div className="muted">{d.title}</div>}
                </td>
                <td>
                  <strong>{t('records.citedBy', { count: d.citedBy.length })}</strong>
                  <ul className="plain">
                    {d.citedBy.map((c) => (
                      <li key={c.documentId}>
                        <button type="button" className="link" onClick={() => onOpenDocument(c.documentId)}>
                          {c.key ?? c.name}
                        </button>
                      </li>
                    ))}
                  </ul>
                </td>
                <td>
                  <strong>{t('records.cites', { count: d.cites.length })}</strong>
                  <ul className="plain">
                    {d.cites.map((c) => (
                      <li key={c.key}>
                        {c.documentId !== null ? (
                          <button type="button" className="link" onClick={() => onOpenDocument(c.documentId!)}>
                            {c.key}
                          </button>
                        ) : (
                          <span>
                            {c.key} <span className="muted">({t('records.notInLibrary')})</span>
                          </span>
                        )}
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
