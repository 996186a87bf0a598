import { useCallback, useEffect, useState } from 'react';
import type { MethodResult } from '../../../../shared/contract/api.ts';
import { useApi } from '../../api/ApiContext.tsx';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { Modal } from '../../components/Modal.tsx';
import { formatDateTime } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useImport } from './use-import.tsx';

type Job = MethodResult<'import.jobs'>['jobs'][number];

/** Recent import jobs with the reason each failed file failed, and a retry per job. */
export function ImportJobsDialog({ onClose }: { onClose: () => void }) {
  const api = useApi();
  const { t, locale } = useI18n();
  const { retry } = useImport();
  const [jobs, setJobs] = useState<Job[] | null>(null);
  const [error, setError] = useState<unknown>(null);

  const load = useCallback(() => {
    api.call('import.jobs', { limit: 20 }).then((r) => setJobs(r.jobs), setError);
  }, [api]);
  useEffect(load, [load]);

  return (
    <Modal title={t('import.history')} onClose={onClose} className="wide">
      <ErrorMessage error={error} />
      {jobs === null && !error && <p>{t('common.loading')}</p>}
      {jobs?.length === 0 && <EmptyState>{t('import.noJobs')}</EmptyState>}
      {jobs && jobs.length > 0 && (
        <ul className="job-list">
          {jobs.map((job) => {
            const count = (status: Job['items'][number]['status']) => job.items.filter((i) => i.status === status).length;
            const problems = job.items.filter(
              (i) =>
                i.status === 'failed' ||
                i.status === 'skipped' ||
                i.status === 'cancelled' ||
                (i.status === 'pending' && job.status !== 'running'),
            );
            // A job is retried once, and only for files a second read may mend (not a damaged one).
            const retryable =
              job.status !== 'running' &&
              job.retriedBy === null &&
              job.items.some((i) => i.status !== 'imported' && i.status !== 'duplicate' && i.status !== 'skipped' && i.retryable);
            return (
              <li key={job.id} className="job" data-testid="import-job">
                <div className="import-line">
                  <strong>{formatDateTime(job.createdAt, locale)}</strong>
                  <span className={`badge job-${job.status}`}>{t(`import.jobStatus.${job.status}`)}</span>
                  <span className="muted">
                    {t('import.jobCounts', {
                      imported: count('imported'),
                      duplicates: count('duplicate'),
                      failed: count('failed'),
                      total: job.items.length,
                    })}
                  </span>
                  {retryable && (
                    <button type="button" onClick={() => void retry(job.id).then(load)}>
                      {t('import.retry')}
                    </button>
                  )}
                  {job.retriedBy !== null && <span className="muted">{t('import.alreadyRetried', { job: job.retriedBy })}</span>}
                </div>
                {problems.length > 0 && (
                  <ul className="import-failures">
                    {problems.map((item, i) => (
                      <li key={i}>
                        {t('import.failed', { file: item.file, error: item.error ?? t(`import.itemStatus.${item.status}`) })}
                        {item.status === 'failed' && !item.retryable && <span className="muted"> {t('import.notRetryable')}</span>}
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <div className="modal-actions">
        <button type="button" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
    </Modal>
  );
}
