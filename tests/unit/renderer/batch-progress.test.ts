import { describe, expect, it } from 'vitest';
import {
  applyProgress,
  batchFraction,
  etaSeconds,
  rowFraction,
  waitingRows,
} from '../../../renderer/src/features/import/batch-progress.ts';

const event = (
  fileIndex: number,
  phase: 'reading' | 'ocr' | 'imported' | 'failed',
  extra: { page?: number; pageCount?: number; message?: string } = {},
) => ({ jobId: 1, fileIndex, fileCount: 3, file: `f${fileIndex}.pdf`, phase, ...extra });

describe('batch progress', () => {
  it('keeps one row per file: events of one file never move another', () => {
    let rows = waitingRows(['f0.pdf', 'f1.pdf', 'f2.pdf']);
    rows = applyProgress(rows, event(0, 'ocr', { page: 2, pageCount: 4 }));
    rows = applyProgress(rows, event(1, 'reading', { page: 1, pageCount: 3 }));
    rows = applyProgress(rows, event(0, 'ocr', { page: 3, pageCount: 4 }));
    expect(rows.map((r) => [r.file, r.phase, r.page, r.pageCount])).toEqual([
      ['f0.pdf', 'ocr', 3, 4],
      ['f1.pdf', 'reading', 1, 3],
      ['f2.pdf', 'waiting', null, null],
    ]);
    // A stale page event after a file's outcome does not bring it back to life.
    rows = applyProgress(rows, event(1, 'failed', { message: 'Damaged PDF: …' }));
    rows = applyProgress(rows, event(1, 'reading', { page: 2, pageCount: 3 }));
    expect(rows[1]).toMatchObject({ phase: 'failed', message: 'Damaged PDF: …' });
  });

  it('measures OCR by pages, and the batch by its files', () => {
    const rows = applyProgress(waitingRows(['f0.pdf', 'f1.pdf', 'f2.pdf']), event(0, 'imported'));
    expect(rowFraction(rows[0]!)).toBe(1);
    const half = applyProgress(rows, event(1, 'ocr', { page: 2, pageCount: 4 }));
    expect(rowFraction(half[1]!)).toBeCloseTo(0.5);
    expect(batchFraction(half)).toBeCloseTo(0.5);
  });

  it('estimates the time left from the time spent, once it means something', () => {
    expect(etaSeconds(0, 1_000, 0.5)).toBeNull();
    expect(etaSeconds(0, 10_000, 0.01)).toBeNull();
    expect(etaSeconds(0, 10_000, 0.25)).toBeCloseTo(30);
    expect(etaSeconds(0, 10_000, 1)).toBe(0);
  });
});
