import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { fileFraction, jobFraction, useImport, useImportState } from './use-import.tsx';
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
            <button type="button" className="link" onClick={cancelStaging}>{t('import.cancel')}</button>
          </div>
          <progress max={1} value={staging.index / Math.max(1, staging.count)} aria-label={t('import.filesProgress')} />
        </div>
      )}
      {jobs.map((job) => <JobRow key={job.jobId} job={job} />)}
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
    const problems = [...s.failed.map((f) => ({ file: f.file, why: f.error })), ...s.skipped.map((f) => ({ file: f.file, why: f.reason }))];
    return (
      <div className="import-job done" data-testid="import-summary" role="status">
        <div className="import-line">
          <span>
            {s.cancelled ? t('import.cancelledSummary', { imported: s.imported.length }) : t('import.done', { imported: s.imported.length, duplicates: s.duplicates.length, failed: s.failed.length })}
            {s.skipped.length > 0 && ` · ${t('import.skippedCount', { count: s.skipped.length })}`}
            {s.nearDuplicates.length > 0 && ` · ${t('import.nearDuplicates', { count: s.nearDuplicates.length })}`}
          </span>
          {(s.failed.length > 0 || s.cancelled) && <button type="button" onClick={() => void retry(job.jobId)}>{t('import.retry')}</button>}
          <button type="button" className="link" onClick={() => dismiss(job.jobId)}>{t('common.dismiss')}</button>
        </div>
        {problems.length > 0 && (
          <ul className="import-failures">
            {problems.map((f, i) => <li key={`${f.file}-${i}`}>{t('import.failed', { file: f.file, error: f.why })}</li>)}
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
        {p && <span className="muted">{t(`import.phase.${p.phase}`)}{p.pageCount ? ` · ${t('import.page', { page: p.page ?? 0, count: p.pageCount })}` : ''}</span>}
        <button type="button" disabled={job.cancelling} onClick={() => void cancel(job.jobId)}>
          {job.cancelling ? t('import.cancelling') : t('import.cancel')}
        </button>
      </div>
      <div className="import-bars">
        <label>
          <span>{t('import.filesProgress')}</span>
          <progress max={1} value={p ? jobFraction(p) : 0} />
        </label>
        <label>
          <span>{t('import.fileProgress')}</span>
          <progress max={1} value={p ? fileFraction(p) : 0} />
        </label>
      </div>
      {job.outcomes.failed > 0 && <div className="import-failures">{t('import.failedSoFar', { count: job.outcomes.failed })}</div>}
    </div>
  );
}
