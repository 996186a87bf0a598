import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { BatchHeader, BatchRows } from './BatchRows.tsx';
import { useImport, useImportState } from './use-import.tsx';
import type { JobView } from './use-import.tsx';

/** Progress of every import of this session, per file and per page, with cancel and retry. */
export function ImportStatus() {
  const { t } = useI18n();
  const { jobs, staging, error } = useImportState();
  const { cancelStaging, clearError } = useImport();
  if (jobs.length === 0 && !staging && !error) return null;
  return (
    <section className="import-status" aria-label={t('import.statusLabel')} aria-live="polite">
      {staging && (
        <div className="import-job" data-testid="import-staging">
          <div className="import-line">
            <span>{t('import.staging', { file: staging.name, index: staging.index + 1, count: staging.count })}</span>
            <button type="button" className="link" onClick={cancelStaging}>
              {t('import.cancel')}
            </button>
          </div>
          <progress max={1} value={staging.index / Math.max(1, staging.count)} aria-label={t('import.filesProgress')} />
        </div>
      )}
      {jobs.map((job) => (
        <JobRow key={job.jobId} job={job} />
      ))}
      <ErrorMessage error={error} onDismiss={clearError} />
    </section>
  );
}

function JobRow({ job }: { job: JobView }) {
  const { t } = useI18n();
  const { cancel, retry, dismiss } = useImport();
  const p = job.progress;
  const s = job.summary;
  if (s) {
    const skipped = s.skipped.map((f) => ({ file: f.file, why: f.reason }));
    // Retry is offered only when a second read may help: never for a damaged or unsupported file.
    const retryable = s.cancelled || s.failed.some((f) => f.retryable);
    return (
      <div className="import-job done" data-testid="import-summary" role="status">
        <div className="import-line">
          <span>
            {s.cancelled
              ? t('import.cancelledSummary', { imported: s.imported.length })
              : t('import.done', { imported: s.imported.length, duplicates: s.duplicates.length, failed: s.failed.length })}
            {s.skipped.length > 0 && ` · ${t('import.skippedCount', { count: s.skipped.length })}`}
            {s.nearDuplicates.length > 0 && ` · ${t('import.nearDuplicates', { count: s.nearDuplicates.length })}`}
          </span>
          {retryable && (
            <button type="button" onClick={() => void retry(job.jobId)}>
              {t('import.retry')}
            </button>
          )}
          <button type="button" className="link" onClick={() => dismiss(job.jobId)}>
            {t('common.dismiss')}
          </button>
        </div>
        {(s.failed.length > 0 || skipped.length > 0 || s.duplicates.length > 0) && (
          <ul className="import-failures">
            {s.failed.map((f, i) => (
              <li key={`f-${i}`} data-testid="import-failure" data-retryable={f.retryable}>
                {t('import.failed', { file: f.file, error: f.error })}
                {!f.retryable && <span className="muted"> {t('import.notRetryable')}</span>}
              </li>
            ))}
            {skipped.map((f, i) => (
              <li key={`s-${i}`}>{t('import.failed', { file: f.file, error: f.why })}</li>
            ))}
            {s.duplicates.map((d, i) => (
              <li key={`d-${i}`} data-testid="import-duplicate">
                {t('import.duplicateOf', { file: d.file })} <a href={`#doc/${d.of}`}>{d.name ?? `#${d.of}`}</a>
              </li>
            ))}
          </ul>
        )}
      </div>
    );
  }
  return (
    <div className="import-job" data-testid="import-progress">
      <div className="import-line">
        <span className="import-file">
          {p ? t('import.running', { file: p.file, index: p.fileIndex + 1, count: p.fileCount }) : t('import.starting')}
        </span>
        <button type="button" disabled={job.cancelling} onClick={() => void cancel(job.jobId)}>
          {job.cancelling ? t('import.cancelling') : t('import.cancel')}
        </button>
      </div>
      <BatchHeader rows={job.rows} startedAt={job.startedAt} />
      <BatchRows rows={job.rows} />
      {job.outcomes.failed > 0 && <div className="import-failures">{t('import.failedSoFar', { count: job.outcomes.failed })}</div>}
    </div>
  );
}
