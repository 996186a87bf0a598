import { useEffect, useState } from 'react';
import type { MethodArgs } from '../../../../shared/contract/api.ts';
import { useApi } from '../../api/ApiContext.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { useDocumentTitle } from '../../hooks/use-document-title.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { saveLink, toDownloadLinks } from './download-files.ts';
import type { DownloadLink } from './download-files.ts';

type Format = MethodArgs<'export.run'>['format'];
type Result =
  | { kind: 'folder'; dir: string; files: string[]; documents: number; entities: number }
  | { kind: 'download'; links: DownloadLink[]; documents: number; entities: number };

/** The clean dataset: CSV (one file per type), JSON Lines, or the scores dataset (scores.csv); confirmed entities (pending optional). */
export function ExportView() {
  const api = useApi();
  const { t } = useI18n();
  useDocumentTitle(t('export.title'), t('app.title'));
  const [format, setFormat] = useState<Format>('csv');
  const [includePending, setIncludePending] = useState(false);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<Result | null>(null);
  const [error, setError] = useState<unknown>(null);
  const desktop = Boolean(window.lontar);

  // Blob URLs hold their bytes until revoked.
  useEffect(() => () => {
    if (result?.kind === 'download') for (const l of result.links) URL.revokeObjectURL(l.url);
  }, [result]);

  const run = async () => {
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      if (desktop) {
        const { path } = await api.call('dialog.chooseFolder', {});
        if (!path) return;
        const r = await api.call('export.run', { format, dir: path, includePending });
        setResult({ kind: 'folder', dir: path, ...r });
      } else {
        const r = await api.call('export.build', { format, includePending });
        setResult({ kind: 'download', links: toDownloadLinks(r.files), documents: r.documents, entities: r.entities });
      }
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className="export view" aria-labelledby="export-heading">
      <div className="toolbar"><h2 id="export-heading">{t('export.title')}</h2></div>
      <form className="export-form" onSubmit={(e) => { e.preventDefault(); void run(); }}>
        <fieldset>
          <legend>{t('export.format')}</legend>
          <label className="choice">
            <input type="radio" name="format" value="csv" checked={format === 'csv'} onChange={() => setFormat('csv')} />
            <span><strong>CSV</strong> — {t('export.csvExplain')}</span>
          </label>
          <label className="choice">
            <input type="radio" name="format" value="jsonl" checked={format === 'jsonl'} onChange={() => setFormat('jsonl')} />
            <span><strong>JSONL</strong> — {t('export.jsonlExplain')}</span>
          </label>
          <label className="choice">
            <input type="radio" name="format" value="scores" checked={format === 'scores'} onChange={() => setFormat('scores')} />
            <span><strong>{t('export.scores')}</strong> — {t('export.scoresExplain')}</span>
          </label>
        </fieldset>
        <label className="choice">
          <input type="checkbox" checked={includePending} onChange={(e) => setIncludePending(e.target.checked)} />
          <span>{t('export.includePending')}</span>
        </label>
        <p className="hint">{t('export.explain')}</p>
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t('export.running') : desktop ? t('export.toFolder') : t('export.build')}
        </button>
      </form>
      <ErrorMessage error={error} onDismiss={() => setError(null)} />
      {result && (
        <section className="export-result" role="status" data-testid="export-result">
          <p>{t('export.summary', { documents: result.documents, entities: result.entities })}</p>
          {result.kind === 'folder' ? (
            <>
              <p>{t('export.writtenTo', { dir: result.dir })}</p>
              <ul className="file-list">{result.files.map((f) => <li key={f} className="mono">{f}</li>)}</ul>
            </>
          ) : (
            <>
              <ul className="file-list">
                {result.links.map((l) => (
                  <li key={l.name}>
                    <a href={l.url} download={l.name} data-testid="export-file">{l.name}</a>{' '}
                    <span className="muted">{t('export.bytes', { size: formatSize(l.size) })}</span>
                  </li>
                ))}
              </ul>
              {result.links.length > 1 && (
                <button type="button" onClick={() => { for (const l of result.links) saveLink(l); }}>{t('export.downloadAll')}</button>
              )}
            </>
          )}
        </section>
      )}
    </main>
  );
}

function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
