import { availableParallelism } from 'node:os';
import type { Worker as ThreadWorker } from 'node:worker_threads';
import { createWorker, OEM } from 'tesseract.js';
import type { RecognizeOptions, Worker as TesseractWorker } from 'tesseract.js';
import type { WordBox } from '../../../shared/types/document.ts';
import { ImportError, cancelledError } from './import-error.ts';
import { DESKEW_MIN_DEGREES, estimateSkew, rotateGray, unrotatePoint } from './deskew.ts';
import { imagePageForOcr, planImage } from './image.ts';
import { ensureLangData, localWorkerPath } from './lang-data.ts';
import { layoutFromBlocks } from './ocr-layout.ts';
import { warmUpImage } from './ocr-warm-up.ts';
import type { OcrBlock } from './ocr-layout.ts';
import { encodePgm } from './raster.ts';
import type { GrayImage } from './raster.ts';

/*
 * A pool of tesseract.js workers (each a worker thread running the WASM engine). Workers start
 * lazily, one per queued page up to the pool size, and are replaced after `recycleAfterPages`
 * pages because the WASM heap only grows. A cancelled or crashed page kills its worker (the
 * only way to stop tesseract mid-page); the next page starts a fresh one.
 */

/** OCR input: grey pixels (preferred: no decoding in the worker) or PNG/JPEG/TIFF bytes. */
export type OcrImage = GrayImage | Uint8Array;

export interface OcrResult {
  /** Recognised text: words joined by spaces, lines by "\n", paragraphs by a blank line. */
  text: string;
  /** Mean word confidence in [0, 1]. */
  confidence: number;
  /** Word boxes in the pixels of the recognised image; offsets into `text`. */
  words: WordBox[];
  width: number;
  height: number;
}

export interface OcrPool {
  readonly size: number;
  readonly lang: string;
  recognize(image: OcrImage, options?: RecognizeJobOptions): Promise<OcrResult>;
  /** Starts every worker now and lets it read a tiny sample page (otherwise they start on first use). */
  warmUp(): Promise<void>;
  terminate(): Promise<void>;
}

export interface RecognizeJobOptions {
  signal?: AbortSignal;
  /** Page segmentation mode for this image only (e.g. 6, one block of text, for a cropped zone); default the pool's. */
  psm?: number;
  /** Straighten this image when tilted (the pool's setting when absent); a cropped strip is better left as it is. */
  deskew?: boolean;
}

export interface OcrPoolOptions {
  /** Worker count; default: the machine's parallelism, at most 4. */
  size?: number;
  /** tesseract language(s), default 'ind+eng'. */
  lang?: string;
  /** Pages a worker recognises before it is replaced (memory); default 40. */
  recycleAfterPages?: number;
  /** Directory the language files are copied to; default under the OS temp directory. */
  dataDir?: string;
  /** tesseract page segmentation mode; default 3 (automatic, as the tesseract command line). */
  psm?: number;
  /** Straighten pages tilted by DESKEW_MIN_DEGREES or more before OCR; default true. */
  deskew?: boolean;
  /**
   * A page still running after this long is stopped (its worker killed) and fails with
   * 'ocr-failed', so one pathological image cannot hang an import; default 3 minutes (a
   * 300-dpi A4 page takes 2–5 s).
   */
  pageTimeoutMs?: number;
}

export const DEFAULT_OCR_LANG = 'ind+eng';
/** Each worker holds ~150–250 MB; more than 4 buys little on a clerk's laptop. */
const MAX_DEFAULT_WORKERS = 4;

export function defaultPoolSize(): number {
  return Math.max(1, Math.min(MAX_DEFAULT_WORKERS, availableParallelism()));
}

interface Job {
  source: OcrImage;
  /** The prepared input (decoded, grey, straightened); set just before the job is queued. */
  image: GrayImage;
  /** Degrees the image was rotated back by before OCR (boxes are mapped back), 0 if not. */
  skew: number;
  signal: AbortSignal | undefined;
  psm: number | undefined;
  deskew: boolean;
  resolve: (result: OcrResult) => void;
  reject: (error: unknown) => void;
  onAbort: () => void;
}

interface Slot {
  worker: Promise<TesseractWorker> | null;
  pages: number;
  job: Job | null;
  /** Stops the running page with this error and kills its worker (cancellation, timeout). */
  kill: ((error: ImportError) => void) | null;
}

/** The worker thread inside a tesseract.js worker (not in its typings, but part of the object). */
function threadOf(worker: TesseractWorker): ThreadWorker | null {
  return (worker as unknown as { worker?: ThreadWorker | null }).worker ?? null;
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.message;
  return typeof error === 'string' ? error : 'unknown error';
}

/** A box found on the straightened image, placed back on the original (centre rotated, size kept). */
function unskewBox(word: WordBox, image: GrayImage, degrees: number): WordBox {
  const centre = unrotatePoint(word.x + word.width / 2, word.y + word.height / 2, image.width, image.height, degrees);
  return { ...word, x: Math.round(centre.x - word.width / 2), y: Math.round(centre.y - word.height / 2) };
}

/** Encoded images are decoded here, on the caller's thread, so the pixel caps apply to them too. */
function toGray(image: OcrImage): GrayImage {
  if (!(image instanceof Uint8Array)) return image;
  return imagePageForOcr(image, planImage(image), 0).gray;
}

export function createOcrPool(options: OcrPoolOptions = {}): OcrPool {
  const size = Math.max(1, Math.floor(options.size ?? defaultPoolSize()));
  const lang = options.lang ?? DEFAULT_OCR_LANG;
  const recycleAfter = Math.max(1, options.recycleAfterPages ?? 40);
  const psm = String(options.psm ?? 3);
  const pageTimeout = Math.max(1000, options.pageTimeoutMs ?? 180_000);
  const slots: Slot[] = Array.from({ length: size }, () => ({ worker: null, pages: 0, job: null, kill: null }));
  /** Jobs waiting for preparation (decode, grey, deskew) on this thread, in call order. */
  const incoming: Job[] = [];
  /** Prepared jobs waiting for a free worker; kept to about one per worker (memory). */
  const queue: Job[] = [];
  let preparing = false;
  let langPath: string | null = null;
  let terminated = false;

  /**
   * Prepares one page at a time, yielding to the event loop in between, and only while fewer
   * than `size` prepared pages wait: a batch of pages handed over at once never keeps idle
   * workers waiting while this thread decodes all of them first, and the grey copies of a long
   * queue are never all in memory at once.
   */
  const schedulePreparation = (): void => {
    if (preparing || terminated || incoming.length === 0 || queue.length >= size) return;
    preparing = true;
    setImmediate(() => {
      preparing = false;
      const job = incoming.shift();
      if (job) {
        try {
          prepare(job);
          queue.push(job);
        } catch (error) {
          job.signal?.removeEventListener('abort', job.onAbort);
          job.reject(error);
        }
        pump();
      }
      schedulePreparation();
    });
  };

  const prepare = (job: Job): void => {
    let gray = toGray(job.source);
    if (job.deskew) {
      const angle = estimateSkew(gray);
      if (Math.abs(angle) >= DESKEW_MIN_DEGREES) {
        gray = rotateGray(gray, angle);
        job.skew = angle;
      }
    }
    job.image = gray;
    // The encoded original is not needed any more; let it go before the page is recognised.
    job.source = gray;
  };

  const startWorker = async (): Promise<TesseractWorker> => {
    langPath ??= ensureLangData(lang, options.dataDir);
    const worker = await createWorker(lang, OEM.LSTM_ONLY, {
      // Local files only: a local langPath and worker script; the WASM core is require()d
      // from node_modules by the worker (corePath is not used in Node).
      langPath,
      workerPath: localWorkerPath(),
      gzip: true,
      cacheMethod: 'none',
      // Without a handler tesseract.js rethrows worker errors from an event callback, which
      // would take the whole process down; the job's own promise carries the error instead.
      errorHandler: () => undefined,
    });
    // debug_file: tesseract's notes ("Estimating resolution as …", "Detected 12 diacritics")
    // would otherwise be printed to the app's stderr for every page.
    await worker.setParameters({ tessedit_pageseg_mode: psm as never, debug_file: '/dev/null' });
    return worker;
  };

  const retire = (slot: Slot): void => {
    const worker = slot.worker;
    slot.worker = null;
    slot.pages = 0;
    if (worker) void worker.then((w) => w.terminate()).catch(() => undefined);
  };

  const runJob = async (slot: Slot, job: Job): Promise<void> => {
    slot.worker ??= startWorker();
    const workerPromise = slot.worker;
    let cleanup = (): void => undefined;
    let started = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      const worker = await workerPromise;
      if (job.signal?.aborted) throw cancelledError();
      // The pool was shut down (or this worker retired) while the worker was starting.
      if (terminated || slot.worker !== workerPromise) throw new ImportError('cancelled', 'OCR was stopped before this page was read.');
      const thread = threadOf(worker);
      const stopped = new Promise<never>((_, reject) => {
        const onExit = (code: number): void =>
          reject(new ImportError('ocr-failed', `The OCR engine stopped unexpectedly (exit code ${code}).`));
        const onError = (error: Error): void =>
          reject(new ImportError('ocr-failed', `The OCR engine failed: ${error.message}`, { cause: error }));
        slot.kill = (error) => {
          reject(error);
          retire(slot);
        };
        thread?.once('exit', onExit);
        thread?.once('error', onError);
        cleanup = () => {
          thread?.off('exit', onExit);
          thread?.off('error', onError);
          slot.kill = null;
        };
      });
      const input = encodePgm(job.image);
      // Extra keys are passed to tesseract as parameters for this page only.
      const params = {
        ...(job.image.dpi ? { user_defined_dpi: String(job.image.dpi) } : {}),
        ...(job.psm !== undefined ? { tessedit_pageseg_mode: String(job.psm) } : {}),
      } as Partial<RecognizeOptions>;
      started = true;
      timer = setTimeout(
        () =>
          slot.kill?.(
            new ImportError('ocr-failed', `OCR of this page took longer than ${Math.round(pageTimeout / 1000)} seconds and was stopped.`),
          ),
        pageTimeout,
      );
      const recognition = worker.recognize(Buffer.from(input.buffer, input.byteOffset, input.byteLength), params, {
        text: false,
        blocks: true,
      });
      // Whichever loses the race may still settle later: never leave that rejection unhandled.
      recognition.catch(() => undefined);
      stopped.catch(() => undefined);
      const { data } = await Promise.race([recognition, stopped]);
      const layout = layoutFromBlocks(data.blocks as unknown as OcrBlock[] | null);
      slot.pages += 1;
      const words = job.skew === 0 ? layout.words : layout.words.map((w) => unskewBox(w, job.image, job.skew));
      job.resolve({ ...layout, words, width: job.image.width, height: job.image.height });
    } catch (error) {
      // Shutting the pool down can make a starting worker fail in any way: that page was stopped, not broken.
      if (terminated) job.reject(new ImportError('cancelled', 'OCR was stopped before this page was read.'));
      else if (error instanceof ImportError) job.reject(error);
      else job.reject(new ImportError('ocr-failed', `OCR failed on this page: ${describe(error)}`, { cause: error }));
      // A worker that failed (or was stopped in) a page is not trusted with the next one.
      if (started && slot.worker === workerPromise) retire(slot);
      if (!started && !(error instanceof ImportError && error.code === 'cancelled') && slot.worker === workerPromise) retire(slot);
    } finally {
      clearTimeout(timer);
      cleanup();
      job.signal?.removeEventListener('abort', job.onAbort);
      slot.job = null;
      if (slot.pages >= recycleAfter) retire(slot);
      pump();
    }
  };

  const pump = (): void => {
    for (const slot of slots) {
      if (terminated || queue.length === 0) break;
      if (slot.job) continue;
      const job = queue.shift();
      if (!job) break;
      slot.job = job;
      void runJob(slot, job);
    }
    schedulePreparation();
  };

  const recognize = (image: OcrImage, recognizeOptions: RecognizeJobOptions = {}): Promise<OcrResult> => {
    if (terminated) return Promise.reject(new ImportError('ocr-failed', 'The OCR engine has been shut down.'));
    const signal = recognizeOptions.signal;
    if (signal?.aborted) return Promise.reject(cancelledError());
    return new Promise<OcrResult>((resolve, reject) => {
      const job: Job = {
        source: image,
        image: { width: 0, height: 0, data: new Uint8Array(0) },
        skew: 0,
        signal,
        psm: recognizeOptions.psm,
        deskew: recognizeOptions.deskew ?? options.deskew !== false,
        resolve,
        reject,
        onAbort: () => {
          for (const list of [incoming, queue]) {
            const waiting = list.indexOf(job);
            if (waiting >= 0) {
              list.splice(waiting, 1);
              reject(cancelledError());
              return;
            }
          }
          const slot = slots.find((s) => s.job === job);
          slot?.kill?.(cancelledError());
        },
      };
      signal?.addEventListener('abort', job.onAbort, { once: true });
      incoming.push(job);
      schedulePreparation();
    });
  };

  return {
    size,
    lang,
    recognize,
    async warmUp() {
      const sample = warmUpImage();
      await Promise.all(
        slots.map(async (slot) => {
          slot.worker ??= startWorker();
          const worker = await slot.worker;
          // One tiny page lets the WASM engine compile its hot paths (measured: the first full
          // page is ~0.4–0.8 s slower on a worker that has never recognised anything).
          if (sample) {
            const params = { user_defined_dpi: '300' } as Partial<RecognizeOptions>;
            await worker.recognize(Buffer.from(encodePgm(sample)), params).catch(() => undefined);
          }
        }),
      );
    },
    async terminate() {
      terminated = true;
      for (const job of [...incoming.splice(0), ...queue.splice(0)])
        job.reject(new ImportError('cancelled', 'OCR was stopped before this page was read.'));
      await Promise.all(
        slots.map(async (slot) => {
          slot.kill?.(new ImportError('cancelled', 'OCR was stopped before this page was read.'));
          const worker = slot.worker;
          slot.worker = null;
          if (worker) await worker.then((w) => w.terminate()).catch(() => undefined);
        }),
      );
    },
  };
}
