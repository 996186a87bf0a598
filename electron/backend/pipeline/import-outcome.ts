import type { ImportErrorCode } from '../import/import-error.ts';
import type { JobItemRow } from '../storage/repositories/import-jobs-repository.ts';

/** Failures a second read cannot mend: the file itself is the problem, not the moment. */
const FINAL_FAILURES: ReadonlySet<string> = new Set<ImportErrorCode>([
  'empty',
  'unsupported',
  'not-text',
  'corrupt',
  'encrypted',
  'too-large',
]);

/** Whether Retry may help this item: cancelled, cut off, or failed for a reason other than the file. */
export function isRetryable(item: Pick<JobItemRow, 'status' | 'errorCode'>): boolean {
  if (item.status === 'cancelled' || item.status === 'pending') return true;
  return item.status === 'failed' && !(item.errorCode !== null && FINAL_FAILURES.has(item.errorCode));
}
