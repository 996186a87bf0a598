import { useEffect, useState } from 'react';
import type { MethodArgs } from '../../../../shared/contract/api.ts';
import type { DatasetFormat } from '../../../../shared/contract/dataset-schemas.ts';
import { useApi } from '../../api/ApiContext.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { useDocumentTitle } from '../../hooks/use-document-title.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { saveLink, toDownloadLinks } from './download-files.ts';
import { datasetFolder } from './dataset-folder.ts';
import type { DownloadLink } from './download-files.ts';

type Format = MethodArgs<'export.run'>['format'] | DatasetFormat | 'dataset';
type Counts = { format: Format; documents: number; entities: number; decrees: number };
type Result =
  | ({ kind: 'folder'; dir: string; files: string[] } & Counts)
  | ({ kind: 'download'; links: DownloadLink[] } & Counts)
  | { kind: 'archive'; format: Format; link: DownloadLink };

/** The dataset's formats besides CSV and JSONL (each alone, or all in the dataset). */
const MORE_DATASET_FORMATS = [
  { format: 'xlsx', label: 'XLSX', explain: 'export.xlsxExplain' },
  { format: 'conll', label: 'CoNLL', explain: 'export.conllExplain' },
  { format: 'spans', label: 'spaCy / Prodigy', explain: 'export.spansExplain' },
  { format: 'doccano', label: 'doccano', explain: 'export.doccanoExplain' },
  { format: 'label-studio', label: 'Label Studio', explain: 'export.labelStudioExplain' },
] as const;
const DATASET_CHOICES: readonly Format[] = ['dataset', 'csv', 'jsonl', ...MORE_DATASET_FORMATS.map((f) => f.format)];
const isDatasetChoice = (format: Format) => DATASET_CHOICES.includes(format);

/** The decree formats (DECREES.md): each writes one file. */
const DECREE_FORMATS = [
  { format: 'decrees', label: 'decrees.csv', explain: 'export.decreesExplain' },
  { format: 'jdihn', label: 'JDIHN', explain: 'export.jdihnExplain' },
  { format: 'archive-list', label: 'Daftar Arsip', explain: 'export.archiveExplain' },
] as const;
const isDecreeFormat = (format: Format) => DECREE_FORMATS.some((f) => f.format === format);

/**
 * The clean dataset (all of it, or one of its formats: CSV, JSONL, XLSX, annotation formats), the
 * scores dataset or a decree format; confirmed entities (pending optional). The desktop app writes
 * a folder; browser mode downloads the dataset as a zip the host streams, single files as links.
 */
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
  useEffect(
    () => () => {
      if (result?.kind === 'download') for (const l of result.links) URL.revokeObjectURL(l.url);
    },
    [result],
  );

  const run = async () => {
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      const datasetChoice = {
        includePending,
        ...(format !== 'dataset' && isDatasetChoice(format) ? { format: format as DatasetFormat } : {}),
      };
      if (desktop) {
        const { path } = await api.call('dialog.chooseFolder', {});
        if (!path) return;
        if (isDatasetChoice(format)) {
          const r = await api.call('export.dataset', { dir: datasetFolder(path, new Date()), ...datasetChoice });
          setResult({ kind: 'folder', dir: r.dir, files: r.files, format, documents: r.documents, entities: r.entities, decrees: 0 });
          return;
        }
        const r = await api.call('export.run', { format: format as MethodArgs<'export.run'>['format'], dir: path, includePending });
        setResult({ kind: 'folder', dir: path, format, ...r });
      } else if (isDatasetChoice(format)) {
        const url = api.datasetDownloadUrl?.(datasetChoice);
        if (!url) return;
        const link = { name: `lontar-${format}.zip`, url, size: 0 };
        setResult({ kind: 'archive', format, link });
        // The host builds the dataset, then streams the zip: the browser saves it as it comes.
        saveLink(link);
      } else {
        const r = await api.call('export.build', { format: format as MethodArgs<'export.build'>['format'], includePending });
        setResult({
          kind: 'download',
          format,
          links: toDownloadLinks(r.files),
          documents: r.documents,
          entities: r.entities,
          decrees: r.decrees,
        });
      }
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className="export view" aria-labelledby="export-heading">
      <div className="toolbar">
        <h2 id="export-heading">{t('export.title')}</h2>
      </div>
      <form
        className="export-form"
        onSubmit={(e) => {
          e.preventDefault();
          void run();
        }}
      >
        <fieldset>
          <legend>{t('export.format')}</legend>
          <label className="choice">
            <input type="radio" name="format" value="dataset" checked={format === 'dataset'} onChange={() => setFormat('dataset')} />
            <span>
              <strong>{t('export.dataset')}</strong> — {desktop ? t('export.datasetExplain') : t('export.datasetDownload')}
            </span>
          </label>
          <label className="choice">
            <input type="radio" name="format" value="csv" checked={format === 'csv'} onChange={() => setFormat('csv')} />
            <span>
              <strong>CSV</strong> — {t('export.csvExplain')}
            </span>
          </label>
          <label className="choice">
            <input type="radio" name="format" value="jsonl" checked={format === 'jsonl'} onChange={() => setFormat('jsonl')} />
            <span>
              <strong>JSONL</strong> — {t('export.jsonlExplain')}
            </span>
          </label>
          {MORE_DATASET_FORMATS.map((f) => (
            <label className="choice" key={f.format}>
              <input type="radio" name="format" value={f.format} checked={format === f.format} onChange={() => setFormat(f.format)} />
              <span>
                <strong>{f.label}</strong> — {t(f.explain)}
              </span>
            </label>
          ))}
          <label className="choice">
            <input type="radio" name="format" value="scores" checked={format === 'scores'} onChange={() => setFormat('scores')} />
            <span>
              <strong>{t('export.scores')}</strong> — {t('export.scoresExplain')}
            </span>
          </label>
          {DECREE_FORMATS.map((f) => (
            <label className="choice" key={f.format}>
              <input type="radio" name="format" value={f.format} checked={format === f.format} onChange={() => setFormat(f.format)} />
              <span>
                <strong>{f.label}</strong> — {t(f.explain)}
              </span>
            </label>
          ))}
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
      {result?.kind === 'archive' && (
        <section className="export-result" role="status" data-testid="export-result">
          <p data-testid="export-summary">{t('export.archiveStarted')}</p>
          <p>
            <a href={result.link.url} download={result.link.name} data-testid="export-archive">
              {t('export.archiveAgain', { name: result.link.name })}
            </a>
          </p>
        </section>
      )}
      {result && result.kind !== 'archive' && (
        <section className="export-result" role="status" data-testid="export-result">
          <p data-testid="export-summary">
            {!isDecreeFormat(result.format)
              ? t('export.summary', { documents: result.documents, entities: result.entities })
              : result.decrees === 0
                ? t('export.decreesEmpty')
                : t('export.decreeSummary', { count: result.decrees })}
          </p>
          {result.kind === 'folder' ? (
            <>
              <p>{t('export.writtenTo', { dir: result.dir })}</p>
              <ul className="file-list">
                {result.files.map((f) => (
                  <li key={f} className="mono">
                    {f}
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <>
              <ul className="file-list">
                {result.links.map((l) => (
                  <li key={l.name}>
                    <a href={l.url} download={l.name} data-testid="export-file">
                      {l.name}
                    </a>{' '}
                    <span className="muted">{t('export.bytes', { size: formatSize(l.size) })}</span>
                  </li>
                ))}
              </ul>
              {result.links.length > 1 && (
                <button
                  type="button"
                  onClick={() => {
                    for (const l of result.links) saveLink(l);
                  }}
                >
                  {t('export.downloadAll')}
                </button>
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
