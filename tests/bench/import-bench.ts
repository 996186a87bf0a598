// Import throughput through the real backend (reader threads, OCR pool, extraction, SQLite), and
// the backend thread's worst event-loop stall while it runs: what a clerk feels as a frozen
// window. Text: 1,000 generated articles of about 3 KB as .txt files. Scans: 50 generated 300-dpi
// pages, as 10 image-only PDFs of 5 pages (render → OCR per page). Each import is one job, timed
// from import.start to its summary; the stall is the largest delay monitorEventLoopDelay saw.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { openBackend } from '../../electron/backend/open-backend.ts';
import type { Backend } from '../../electron/backend/backend.ts';
import { dispatch } from '../../shared/contract/dispatch.ts';
import { buildImagePdf } from '../helpers/fixtures/pdf.ts';
import { pageToPng, renderScannedPage } from '../helpers/fixtures/scan.ts';
import { generateArticle } from './generated-articles.ts';

export interface ImportFigures {
  textDocsPerSecond: number;
  scannedPagesPerSecond: number;
  /** The worst of the two imports' stalls, in milliseconds. */
  maxStallMs: number;
  textStallMs: number;
  scannedStallMs: number;
  /** The same probe over 5 s with the backend open and idle: the machine's own noise floor. */
  idleStallMs: number;
  textDocuments: number;
  scannedPages: number;
}

export interface ImportBenchOptions {
  textDocuments?: number;
  scannedPdfs?: number;
  pagesPerPdf?: number;
  log?: (line: string) => void;
}

async function idleStall(ms: number): Promise<number> {
  const histogram = monitorEventLoopDelay({ resolution: 5 });
  histogram.enable();
  await new Promise((resolve) => setTimeout(resolve, ms));
  histogram.disable();
  return Math.round(histogram.max / 1e6);
}

/**
 * Flushes the machine's pending disk writes before a timed import. The bench's earlier parts
 * (the export writes about 600 MB) and this part's own generated files leave the disk busy for
 * many seconds; the library's commits then wait on it, and the stall measured would be the
 * bench's own writes, not the import's. A clerk's import starts on a quiet disk, so each one here does.
 */
function settleDisk(): void {
  try {
    execFileSync('sync', { stdio: 'ignore' });
  } catch {
    // No `sync` (Windows): the figure then includes whatever the disk still had to write.
  }
}

async function timedImport(backend: Backend, folder: string, expected: number): Promise<{ seconds: number; stallMs: number }> {
  settleDisk();
  const histogram = monitorEventLoopDelay({ resolution: 5 });
  histogram.enable();
  const started = performance.now();
  const result = await dispatch(backend.handlers, 'import.start', { sources: [{ path: folder }], ocr: 'auto', lang: 'ind+eng' });
  if (!result.ok) throw new Error(result.error.message);
  const summary = await backend.importer.whenDone((result.value as { jobId: number }).jobId)!;
  const seconds = (performance.now() - started) / 1000;
  histogram.disable();
  if (summary.imported.length !== expected) {
    throw new Error(`imported ${summary.imported.length} of ${expected}: ${JSON.stringify(summary.failed.slice(0, 3))}`);
  }
  return { seconds, stallMs: Math.round(histogram.max / 1e6) };
}

export async function runImportBench(options: ImportBenchOptions = {}): Promise<ImportFigures> {
  const textDocuments = options.textDocuments ?? 1_000;
  const scannedPdfs = options.scannedPdfs ?? 10;
  const pagesPerPdf = options.pagesPerPdf ?? 5;
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const dir = mkdtempSync(join(tmpdir(), 'lontar-import-bench-'));
  try {
    const texts = join(dir, 'texts');
    mkdirSync(texts);
    for (let i = 0; i < textDocuments; i++)
      writeFileSync(join(texts, `artikel-${String(i).padStart(5, '0')}.txt`), generateArticle(i + 1).text);
    const scans = join(dir, 'scans');
    mkdirSync(scans);
    for (let p = 0; p < scannedPdfs; p++) {
      const pages = [];
      for (let i = 0; i < pagesPerPdf; i++) {
        const page = renderScannedPage(generateArticle(100_000 + p * pagesPerPdf + i, 2_000).text, { seed: p * 31 + i });
        pages.push({ bytes: await pageToPng(page), format: 'png' as const });
      }
      writeFileSync(join(scans, `pindaian-${p}.pdf`), await buildImagePdf(pages));
    }
    log(`generated ${textDocuments} articles and ${scannedPdfs * pagesPerPdf} scanned pages`);

    const backend = await openBackend({ dataDir: join(dir, 'library') });
    try {
      settleDisk();
      const idleStallMs = await idleStall(5_000);
      log(`idle: stall ${idleStallMs} ms`);
      const text = await timedImport(backend, texts, textDocuments);
      log(`text: ${text.seconds.toFixed(1)} s, stall ${text.stallMs} ms`);
      const scanned = await timedImport(backend, scans, scannedPdfs);
      log(`scanned: ${scanned.seconds.toFixed(1)} s, stall ${scanned.stallMs} ms`);
      const pages = scannedPdfs * pagesPerPdf;
      return {
        textDocsPerSecond: Number((textDocuments / text.seconds).toFixed(1)),
        scannedPagesPerSecond: Number((pages / scanned.seconds).toFixed(2)),
        maxStallMs: Math.max(text.stallMs, scanned.stallMs),
        textStallMs: text.stallMs,
        scannedStallMs: scanned.stallMs,
        idleStallMs,
        textDocuments,
        scannedPages: pages,
      };
    } finally {
      await backend.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
