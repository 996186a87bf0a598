import type { WordBox } from '../../../shared/types/document.ts';
import { ImportError, cancelledError, isImportError } from './import-error.ts';
import type { OcrPool, OcrResult } from './ocr-pool.ts';
import type { GrayImage } from './raster.ts';

/*
 * OCR of several pages of one document through the pool: pages are rendered one at a time on
 * this thread while the pool recognises earlier ones, with at most pool.size + 1 rendered pages
 * waiting (each is ~9 MB of grey pixels at 300 dpi). The first failure cancels the rest; a page
 * whose worker crashed is retried once on a fresh worker.
 */

export interface OcrPageJob<P> {
  pool: OcrPool;
  pages: readonly P[];
  signal: AbortSignal | undefined;
  /** The OCR input for a page and the factor from OCR pixels to page-image pixels. */
  render: (page: P) => Promise<{ image: GrayImage; toPage: number }>;
  /** Called with the result and its words already in page-image pixels (offsets into result.text). */
  accept: (page: P, result: OcrResult, words: WordBox[]) => void;
  onPageDone?: (done: number, total: number) => void;
}

const round = (value: number): number => Math.round(value * 10) / 10;

async function recognizeWithRetry(pool: OcrPool, image: GrayImage, signal: AbortSignal): Promise<OcrResult> {
  try {
    return await pool.recognize(image, { signal });
  } catch (error) {
    if (isImportError(error) && error.code === 'ocr-failed' && !signal.aborted) return pool.recognize(image, { signal });
    throw error;
  }
}

export async function runOcrPages<P>(job: OcrPageJob<P>): Promise<void> {
  const internal = new AbortController();
  const forward = (): void => internal.abort();
  job.signal?.addEventListener('abort', forward, { once: true });
  if (job.signal?.aborted) internal.abort();
  const pending = new Set<Promise<void>>();
  let failure: unknown = null;
  let done = 0;
  const check = (): void => {
    if (job.signal?.aborted) throw cancelledError();
    if (failure) throw failure;
  };
  try {
    for (const page of job.pages) {
      while (pending.size > job.pool.size) await Promise.race(pending);
      check();
      const { image, toPage } = await job.render(page);
      check();
      const tracked: Promise<void> = recognizeWithRetry(job.pool, image, internal.signal)
        .then((result) => {
          const words = result.words.map((w) => ({
            ...w,
            x: round(w.x * toPage),
            y: round(w.y * toPage),
            width: round(w.width * toPage),
            height: round(w.height * toPage),
          }));
          job.accept(page, result, words);
          done += 1;
          job.onPageDone?.(done, job.pages.length);
        })
        .catch((error: unknown) => {
          failure ??= isImportError(error) ? error : new ImportError('ocr-failed', 'OCR failed on a page of this document.', { cause: error });
          internal.abort();
        })
        .finally(() => pending.delete(tracked));
      pending.add(tracked);
    }
    await Promise.all(pending);
    check();
  } catch (error) {
    internal.abort();
    await Promise.allSettled(pending);
    throw error;
  } finally {
    job.signal?.removeEventListener('abort', forward);
  }
}
