import type { EventPayload } from '../../../../shared/contract/events.ts';

type Progress = EventPayload<'import.progress'>;
type Phase = Progress['phase'] | 'waiting';

/** One file of a batch as its row shows it: its own phase and pages, whatever the other files do. */
export interface FileRow {
  file: string;
  phase: Phase;
  page: number | null;
  pageCount: number | null;
  message: string | null;
}

const FINAL: ReadonlySet<Phase> = new Set(['imported', 'duplicate', 'failed', 'skipped']);

export function isFinal(row: FileRow): boolean {
  return FINAL.has(row.phase);
}

/** The rows of a batch before its files start: every file waiting (names from the job's items). */
export function waitingRows(files: readonly string[]): FileRow[] {
  return files.map((file) => ({ file, phase: 'waiting', page: null, pageCount: null, message: null }));
}

/** The rows after one progress event: only the file it names changes. */
export function applyProgress(rows: readonly FileRow[], p: Progress): FileRow[] {
  const next = rows.slice();
  while (next.length < p.fileCount) next.push({ file: '', phase: 'waiting', page: null, pageCount: null, message: null });
  const before = next[p.fileIndex];
  // A late event of a file already finished (progress of its last page after its outcome) is stale.
  if (before && isFinal(before) && !FINAL.has(p.phase)) return rows as FileRow[];
  next[p.fileIndex] = {
    file: p.file || before?.file || '',
    phase: p.phase,
    page: p.page ?? null,
    pageCount: p.pageCount ?? null,
    message: p.message ?? null,
  };
  return next;
}

/** How far one file is: its pages when it reports them, else its phase. */
export function rowFraction(row: FileRow): number {
  if (isFinal(row)) return 1;
  if (row.phase === 'waiting') return 0;
  if (row.pageCount && row.page !== null) {
    // Reading pages is the first tenth of a file, OCR most of the rest.
    const pages = Math.min(1, row.page / row.pageCount);
    return row.phase === 'ocr' ? 0.15 + 0.7 * pages : 0.1 * pages;
  }
  const byPhase: Partial<Record<Phase, number>> = { reading: 0.05, ocr: 0.15, extracting: 0.85, saving: 0.95 };
  return byPhase[row.phase] ?? 0;
}

export function batchFraction(rows: readonly FileRow[]): number {
  if (rows.length === 0) return 0;
  return rows.reduce((sum, row) => sum + rowFraction(row), 0) / rows.length;
}

/**
 * Seconds left for the batch, from the time spent and the share done; null until the estimate
 * means something (a few seconds in and some work done), so it does not jump from 2 s to 2 h.
 */
export function etaSeconds(startedAt: number, now: number, fraction: number): number | null {
  const elapsed = (now - startedAt) / 1000;
  if (fraction >= 1) return 0;
  if (elapsed < 2 || fraction < 0.02) return null;
  return (elapsed * (1 - fraction)) / fraction;
}
