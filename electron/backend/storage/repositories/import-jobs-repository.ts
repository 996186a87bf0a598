import type { Database } from 'better-sqlite3';
import type { OcrMode } from '../../../../shared/types/document.ts';

export type JobStatus = 'running' | 'done' | 'cancelled' | 'interrupted';
export type ItemStatus = 'pending' | 'imported' | 'duplicate' | 'failed' | 'skipped' | 'cancelled';

export interface NewJobItem {
  file: string;
  sourcePath: string | null;
  stagedId: string | null;
}

export interface JobItemRow extends NewJobItem {
  id: number;
  position: number;
  status: ItemStatus;
  documentId: number | null;
  contentHash: string | null;
  error: string | null;
  /** The reader's ImportError code of a failure (null for other failures and other outcomes). */
  errorCode: string | null;
  nearDuplicateOf: number | null;
  nearDuplicateSimilarity: number | null;
}

export interface JobRow {
  id: number;
  status: JobStatus;
  ocr: OcrMode;
  lang: string;
  createdAt: string;
  finishedAt: string | null;
  retriedBy: number | null;
}

export interface ItemOutcome {
  status: Exclude<ItemStatus, 'pending'>;
  documentId?: number | null;
  contentHash?: string | null;
  error?: string | null;
  errorCode?: string | null;
  nearDuplicateOf?: number | null;
  nearDuplicateSimilarity?: number | null;
}

export function createImportJobsRepository(db: Database) {
  const insertJob = db.prepare(`INSERT INTO import_jobs (status, ocr_mode, lang, created_at) VALUES ('running', ?, ?, ?)`);
  const insertItem = db.prepare(`INSERT INTO import_job_items (job_id, position, file, source_path, staged_id) VALUES (?, ?, ?, ?, ?)`);
  const jobById = db.prepare(`SELECT id, status, ocr_mode AS ocr, lang, created_at AS createdAt, finished_at AS finishedAt,
                                     retried_by AS retriedBy
                              FROM import_jobs WHERE id = ?`);
  const itemsOf = db.prepare(`SELECT id, position, file, source_path AS sourcePath, staged_id AS stagedId, status,
                                     document_id AS documentId, content_hash AS contentHash, error, error_code AS errorCode,
                                     near_duplicate_of AS nearDuplicateOf, near_duplicate_similarity AS nearDuplicateSimilarity
                              FROM import_job_items WHERE job_id = ? ORDER BY position`);
  const updateItem = db.prepare(`UPDATE import_job_items SET status = @status, document_id = @documentId,
                                   content_hash = @contentHash, error = @error, error_code = @errorCode, near_duplicate_of = @nearDuplicateOf,
                                   near_duplicate_similarity = @nearDuplicateSimilarity, finished_at = @at
                                 WHERE id = @id`);
  const setRetriedBy = db.prepare('UPDATE import_jobs SET retried_by = ? WHERE id = ?');
  const finishJob = db.prepare(`UPDATE import_jobs SET status = ?, finished_at = ? WHERE id = ?`);
  const running = db.prepare(`SELECT id FROM import_jobs WHERE status = 'running'`).pluck();
  const recent = db.prepare(`SELECT id FROM import_jobs ORDER BY id DESC LIMIT ?`).pluck();

  return {
    create(ocr: OcrMode, lang: string, items: readonly NewJobItem[], now: string): number {
      return db
        .transaction(() => {
          const jobId = Number(insertJob.run(ocr, lang, now).lastInsertRowid);
          items.forEach((item, position) => insertItem.run(jobId, position, item.file, item.sourcePath, item.stagedId));
          return jobId;
        })
        .immediate();
    },
    job(id: number): JobRow | undefined {
      return jobById.get(id) as JobRow | undefined;
    },
    items(jobId: number): JobItemRow[] {
      return itemsOf.all(jobId) as JobItemRow[];
    },
    /** Records an item's outcome; call inside the document's transaction so both land together. */
    recordOutcome(itemId: number, outcome: ItemOutcome, at: string): void {
      updateItem.run({
        id: itemId,
        status: outcome.status,
        documentId: outcome.documentId ?? null,
        contentHash: outcome.contentHash ?? null,
        error: outcome.error ?? null,
        errorCode: outcome.errorCode ?? null,
        nearDuplicateOf: outcome.nearDuplicateOf ?? null,
        nearDuplicateSimilarity: outcome.nearDuplicateSimilarity ?? null,
        at,
      });
    },
    /** Records that `retryJobId` retried `jobId`. */
    markRetried(jobId: number, retryJobId: number): void {
      setRetriedBy.run(retryJobId, jobId);
    },
    finish(jobId: number, status: Exclude<JobStatus, 'running'>, at: string): void {
      finishJob.run(status, at, jobId);
    },
    /** Jobs left 'running' by a process that died: at start they become 'interrupted' (resumable). */
    markRunningAsInterrupted(at: string): number[] {
      const ids = running.all() as number[];
      for (const id of ids) finishJob.run('interrupted', at, id);
      return ids;
    },
    recentJobIds(limit: number): number[] {
      return recent.all(limit) as number[];
    },
  };
}

export type ImportJobsRepository = ReturnType<typeof createImportJobsRepository>;
