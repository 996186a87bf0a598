/**
 * How long a reader call may take: a base, plus time for every megabyte and every page (OCR pages
 * far more). Generous for real files, which finish well inside it on a slow laptop; a file past it
 * is built to stall the reader, or is a shape no cap foresaw.
 */
export interface Deadlines {
  baseMs: number;
  perMegabyteMs: number;
  /** Per page read from a text layer or drawn. */
  perPageMs: number;
  /** Per page that needs OCR (measured: 2–5 s for an A4 page at 300 dpi, more on a busy machine). */
  perOcrPageMs: number;
}

export const DEFAULT_DEADLINES: Deadlines = {
  baseMs: 60_000,
  perMegabyteMs: 5_000,
  perPageMs: 2_000,
  perOcrPageMs: 120_000,
};

export function deadlineMs(d: Deadlines, work: { size: number; pages: number; ocrPages: number }): number {
  return d.baseMs + d.perMegabyteMs * (work.size / (1024 * 1024)) + d.perPageMs * work.pages + d.perOcrPageMs * work.ocrPages;
}

export function overDeadlineMessage(limitMs: number): string {
  const seconds = Math.round(limitMs / 1000);
  return `This file is built in a way Lontar cannot read safely: reading it took longer than ${seconds} s, so it was stopped. Other files are not affected.`;
}
