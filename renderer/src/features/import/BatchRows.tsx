import { useEffect, useState } from 'react';
import { formatDuration } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { batchFraction, etaSeconds, isFinal, rowFraction } from './batch-progress.ts';
import type { FileRow } from './batch-progress.ts';

/** The clock, once a second while a batch runs (the ETA moves even when no file reports). */
function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

/** The batch's share done, its files done of all, and the time left. */
export function BatchHeader({ rows, startedAt }: { rows: readonly FileRow[]; startedAt: number }) {
  const { t, locale } = useI18n();
  const now = useNow();
  const fraction = batchFraction(rows);
  const eta = etaSeconds(startedAt, now, fraction);
  return (
    <div className="import-bars">
      <label>
        <span>{t('import.fileCount', { done: rows.filter(isFinal).length, count: rows.length })}</span>
        <progress max={1} value={fraction} aria-label={t('import.filesProgress')} data-testid="batch-progress" />
      </label>
      <span className="muted" data-testid="batch-eta">
        {eta === null ? t('import.etaUnknown') : t('import.eta', { time: formatDuration(eta, locale) })}
      </span>
    </div>
  );
}

/** One row per file: its name, what it is doing (pages OCR'd of its total) and its own bar. */
export function BatchRows({ rows }: { rows: readonly FileRow[] }) {
  const { t } = useI18n();
  return (
    <ol className="import-files" aria-label={t('import.fileProgress')}>
      {rows.map((row, i) => (
        <li key={i} className={`import-file-row phase-${row.phase}`} data-testid="import-file-row" data-phase={row.phase}>
          <span className="import-file-name" title={row.file}>
            {row.file}
          </span>
          <span className="import-file-phase">{phaseText(row, t)}</span>
          <progress max={1} value={rowFraction(row)} aria-label={row.file} />
          {(row.phase === 'failed' || row.phase === 'duplicate') && row.message && (
            <span className="import-file-error" role="note">
              {row.message}
            </span>
          )}
        </li>
      ))}
    </ol>
  );
}

function phaseText(row: FileRow, t: ReturnType<typeof useI18n>['t']): string {
  if (row.phase === 'waiting') return t('import.waiting');
  if (row.phase === 'ocr' && row.pageCount) return t('import.ocrPages', { page: row.page ?? 0, count: row.pageCount });
  if (row.phase === 'reading' && row.pageCount) return t('import.readPages', { page: row.page ?? 0, count: row.pageCount });
  return t(`import.phase.${row.phase}`);
}
