/**
 * Schema version 5: what an import outcome needs for the clerk's next step. A failed item keeps
 * its reader's error code (a damaged file is not offered Retry: reading it again cannot help), and
 * a job remembers the job that retried it (a job is retried once, not again from its old summary).
 */
export const sql = /* sql */ `
ALTER TABLE import_job_items ADD COLUMN error_code TEXT;
ALTER TABLE import_jobs ADD COLUMN retried_by INTEGER REFERENCES import_jobs(id) ON DELETE SET NULL;
`;
