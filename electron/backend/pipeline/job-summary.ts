// An import job's bookkeeping in the store: its summary, a duplicate's message and the retry job of what did not make it.
import type { MethodResult } from '../../../shared/contract/api.ts';
import type { OcrMode } from '../../../shared/types/document.ts';
import type { Store } from '../storage/store.ts';
import type { JobItemRow } from '../storage/repositories/import-jobs-repository.ts';
import { WorkbenchError } from '../../../shared/contract/errors.ts';
import { isRetryable } from './import-outcome.ts';

export type ImportSummary = MethodResult<'import.summary'>;

export function summarizeJob(store: Store, jobId: number): ImportSummary {
  const items = store.importJobs.items(jobId);
  const job = store.importJobs.job(jobId);
  return {
    jobId,
    imported: items.filter((i) => i.status === 'imported').map((i) => ({ file: displayName(i), id: i.documentId! })),
    duplicates: items
      .filter((i) => i.status === 'duplicate')
      .map((i) => ({ file: displayName(i), of: i.documentId!, name: libraryName(store, i.documentId!) })),
    failed: items
      .filter((i) => i.status === 'failed')
      .map((i) => ({ file: displayName(i), error: i.error ?? 'failed', retryable: isRetryable(i) })),
    skipped: items.filter((i) => i.status === 'skipped').map((i) => ({ file: displayName(i), reason: i.error ?? 'skipped' })),
    nearDuplicates: items
      .filter((i) => i.status === 'imported' && i.nearDuplicateOf !== null)
      .map((i) => ({ file: displayName(i), id: i.documentId!, of: i.nearDuplicateOf!, similarity: i.nearDuplicateSimilarity ?? 0 })),
    cancelled: job?.status === 'cancelled',
  };
}

/** What a duplicate's row says: the document it repeats, by name. */
export function alreadyThere(store: Store, documentId: number): string {
  return `Already in the library as “${libraryName(store, documentId) ?? documentId}” (document ${documentId})`;
}

/** The existing document's name as the library shows it (its title, else its file name). */
function libraryName(store: Store, documentId: number): string | null {
  const doc = store.documents.summary(documentId);
  return doc ? (doc.decree?.title ?? doc.title ?? doc.name) : null;
}

/**
 * A new job for the items of `jobId` that did not make it (cancelled, cut off, failed for a
 * reason a second read may mend). A job is retried once: its retry is the one to retry next.
 * The caller launches the returned job.
 */
export function createRetryJob(store: Store, jobId: number, at: () => string): { jobId: number; ocr: OcrMode; lang: string } {
  const job = store.importJobs.job(jobId);
  if (!job) throw new WorkbenchError('not_found', `Import job ${jobId} does not exist.`);
  if (job.retriedBy !== null) throw new WorkbenchError('conflict', `This import was already retried (import ${job.retriedBy}).`);
  const again = store.importJobs.items(jobId).filter(isRetryable);
  if (again.length === 0)
    throw new WorkbenchError(
      'conflict',
      'Nothing to retry: every file of this job was imported, or cannot be read however often it is tried.',
    );
  const newJob = store.importJobs.create(
    job.ocr,
    job.lang,
    again.map((i) => ({ file: i.file, sourcePath: i.sourcePath, stagedId: i.stagedId })),
    at(),
  );
  store.importJobs.markRetried(jobId, newJob);
  return { jobId: newJob, ocr: job.ocr, lang: job.lang };
}

/** The path as the clerk gave it, or the upload's name. */
function displayName(item: JobItemRow): string {
  return item.sourcePath ?? item.file;
}
