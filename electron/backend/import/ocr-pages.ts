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
  const queue = createOcrQueue({ ...job, total: () => job.pages.length });
  try {
    for (const page of job.pages) await queue.add(page);
  } catch (error) {
    await queue.abandon();
    throw error;
  }
  await queue.finish();
}

export interface OcrQueueJob<P> extends Omit<OcrPageJob<P>, 'pages'> {
  /** Pages that will be OCR'd in all, as best known so far (pages still unread may not need it). */
  total: () => number;
}

/**
 * OCR fed page by page as the caller reads them (a PDF's pages as their text layers are judged):
 * `add` renders a page and hands it to the pool at once, waiting only while pool.size + 1 pages
 * are already waiting, so OCR starts on the first page while later ones are still being read.
 * Call `finish` after the last page, or `abandon` when reading failed.
 */
export function createOcrQueue<P>(job: OcrQueueJob<P>) {
  const internal = new AbortController();
  const forward = (): void => internal.abort();
  job.signal?.addEventListener('abort', forward, { once: true });
  if (job.signal?.aborted) internal.abort();
  const pending = new Set<Promise<void>>();
  let failure: unknown = null;
  let done = 0;
  let added = 0;
  const check = (): void => {
    if (job.signal?.aborted) throw cancelledError();
    if (failure) throw failure;
  };
  const stop = async (): Promise<void> => {
    internal.abort();
    await Promise.allSettled(pending);
    job.signal?.removeEventListener('abort', forward);
  };
  return {
    async add(page: P): Promise<void> {
      try {
        while (pending.size > job.pool.size) await Promise.race(pending);
        check();
        const { image, toPage } = await job.render(page);
        check();
        added += 1;
        // Said at once, so a clerk sees OCR has begun before its first page is done.
        if (added === 1) job.onPageDone?.(0, job.total());
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
            job.onPageDone?.(done, Math.max(done, job.total()));
          })
          .catch((error: unknown) => {
            failure ??= isImportError(error)
              ? error
              : new ImportError('ocr-failed', 'OCR failed on a page of this document.', { cause: error });
            internal.abort();
          })
          .finally(() => pending.delete(tracked));
        pending.add(tracked);
      } catch (error) {
        await stop();
        throw error;
      }
    },
    async finish(): Promise<void> {
      try {
        await Promise.all(pending);
        check();
      } catch (error) {
        await stop();
        throw error;
      }
      job.signal?.removeEventListener('abort', forward);
    },
    abandon: stop,
  };
}
export type OcrQueue<P> = ReturnType<typeof createOcrQueue<P>>;
