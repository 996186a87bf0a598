import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ResourceLimits } from 'node:worker_threads';
import type { PageText, ReadDocument, SourceType } from '../../../shared/types/document.ts';
import type { ExtractionResult } from '../../../shared/types/entity.ts';
import { cancelledError, ImportError } from './import-error.ts';
import type { FromReader, ReaderWorkerData, ToReader } from './reader-protocol.ts';
import { FileAccessError } from '../pipeline/read-file-once.ts';
import type { FileHooks, FileJob, FileOutcome, FileProgress } from '../pipeline/read-file-once.ts';
import { deadlineMs, DEFAULT_DEADLINES, overDeadlineMessage } from './reader-deadline.ts';
import type { Deadlines } from './reader-deadline.ts';

export interface ThreadedReaderOptions extends Partial<Omit<ReaderWorkerData, 'ocrWorkers'>> {
  /**
   * The worker script: the bundled `reader-worker.js` in the Electron build; by default the
   * TypeScript source beside this file (run by Node's type stripping).
   */
  workerPath?: string | URL;
  /** Reader threads at most; default: the machine's cores, 2 to 4. */
  size?: number;
  deadlines?: Partial<Deadlines>;
  /** How long a cancelled or closing thread may take to stop by itself before it is terminated. */
  graceMs?: number;
  /** A backstop only (it bounds the JavaScript heap, not decoded pixels or inflated bytes). */
  resourceLimits?: ResourceLimits;
}

type Progress = { page: number; pageCount: number; phase: 'text' | 'ocr' };

interface Task {
  message: ToReader & { id: number };
  transfer: ArrayBuffer[];
  /** Input size the deadline grows with (file bytes, or text length for extraction). */
  size: number;
  pages: number;
  ocrPages: number;
  resolve(value: never): void;
  reject(error: Error): void;
  onProgress?: ((p: FileProgress) => void) | undefined;
  isKnown?: FileHooks['isKnown'];
  slot: Slot | null;
  startedAt: number;
  deadline: ReturnType<typeof setTimeout> | null;
  grace: ReturnType<typeof setTimeout> | null;
  detach: () => void;
}

interface Slot {
  worker: Worker | null;
  task: Task | null;
}

const DEFAULT_GRACE_MS = 2_000;
const DEFAULT_RESOURCE_LIMITS: ResourceLimits = { maxOldGenerationSizeMb: 1_024 };

export function defaultReaderCount(): number {
  return Math.max(2, Math.min(4, availableParallelism()));
}

/**
 * A supervised pool of reader threads: reading, extraction and page images run there, several
 * files at once, so one slow file never holds up the others. Every call has a deadline that grows
 * with the file's size and pages; a call past it is refused with a message that says why, and its
 * thread is terminated and replaced (the reader code cannot be trusted to stop by itself on a file
 * built to stall it). A cancelled call, and every call at `close`, gets a short grace to stop
 * cooperatively before its thread is terminated.
 */
export function createThreadedReader(options: ThreadedReaderOptions = {}) {
  const size = Math.max(1, Math.floor(options.size ?? defaultReaderCount()));
  const deadlines = { ...DEFAULT_DEADLINES, ...options.deadlines };
  const graceMs = options.graceMs ?? DEFAULT_GRACE_MS;
  const slots: Slot[] = Array.from({ length: size }, () => ({ worker: null, task: null }));
  const queue: Task[] = [];
  let nextId = 1;

  function spawn(slot: Slot): Worker {
    const data: ReaderWorkerData = {
      cacheDir: options.cacheDir ?? null,
      resourcesDir: options.resourcesDir ?? null,
      // The OCR workers are shared out: each reader thread runs its own small OCR pool.
      ocrWorkers: Math.max(1, Math.floor(availableParallelism() / size)),
    };
    const worker = new Worker(options.workerPath ?? new URL('./reader-worker.ts', import.meta.url), {
      workerData: data,
      resourceLimits: options.resourceLimits ?? DEFAULT_RESOURCE_LIMITS,
    });
    worker.on('message', (message: FromReader) => onMessage(slot, worker, message));
    worker.on('error', (error: Error & { code?: string }) => onExit(slot, worker, error));
    worker.on('exit', (code) => onExit(slot, worker, new Error(`exit code ${code}`)));
    slot.worker = worker;
    return worker;
  }

  function onMessage(slot: Slot, worker: Worker, message: FromReader): void {
    if (message.kind === 'closed' || slot.worker !== worker) return;
    const task = slot.task;
    if (!task || task.message.id !== message.id) return;
    if (message.kind === 'progress') {
      const { kind: _kind, id: _id, ...progress } = message;
      if (progress.phase === 'ocr') task.ocrPages = Math.max(task.ocrPages, progress.pageCount);
      else task.pages = Math.max(task.pages, progress.pageCount);
      // Extraction's time grows with the text, as a separate extract call's deadline did.
      if (progress.phase === 'extract') task.size += (progress.textLength ?? 0) * 2;
      armDeadline(task);
      task.onProgress?.(progress as FileProgress);
      return;
    }
    if (message.kind === 'hashed') {
      // The deadline grows with the file's size, known only now that the thread has read it.
      task.size = message.size;
      armDeadline(task);
      void Promise.resolve(task.isKnown?.(message.hash, message.size) ?? false)
        .catch(() => false)
        .then((known) => {
          if (slot.worker === worker && slot.task === task) worker.postMessage({ kind: 'known', id: message.id, known } satisfies ToReader);
        });
      return;
    }
    finish(task);
    if (message.kind === 'failed') {
      const { code, message: text, access } = message.error;
      task.reject(access ? new FileAccessError(text) : code ? new ImportError(code, text) : new Error(text));
    } else {
      task.resolve(message.value as never);
    }
    pump();
  }

  /** A thread that ended without being asked to: its call fails with a message for that file. */
  function onExit(slot: Slot, worker: Worker, error: Error & { code?: string }): void {
    if (slot.worker !== worker) return;
    slot.worker = null;
    const task = slot.task;
    if (task) {
      finish(task);
      task.reject(
        error.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? new ImportError(
              'too-large',
              'This file is built in a way Lontar cannot read safely: reading it needed more memory than Lontar allows, so it was stopped.',
            )
          : new Error(`The document reader stopped while reading this file (${error.message}).`),
      );
    }
    pump();
  }

  /** Terminates a slot's thread (it is replaced on the next call) and frees the slot. */
  function kill(slot: Slot): void {
    const worker = slot.worker;
    slot.worker = null;
    slot.task = null;
    void worker?.terminate();
  }

  function finish(task: Task): void {
    if (task.deadline) clearTimeout(task.deadline);
    if (task.grace) clearTimeout(task.grace);
    task.detach();
    if (task.slot) {
      task.slot.task = null;
      task.slot.worker?.unref();
    }
    task.slot = null;
  }

  function armDeadline(task: Task): void {
    if (task.deadline) clearTimeout(task.deadline);
    const limit = deadlineMs(deadlines, task);
    task.deadline = setTimeout(
      () => {
        const slot = task.slot;
        finish(task);
        if (slot) kill(slot);
        task.reject(new ImportError('too-large', overDeadlineMessage(limit)));
        pump();
      },
      Math.max(0, task.startedAt + limit - Date.now()),
    );
    task.deadline.unref();
  }

  function pump(): void {
    for (const slot of slots) {
      if (queue.length === 0) return;
      if (slot.task) continue;
      const task = queue.shift()!;
      const worker = slot.worker ?? spawn(slot);
      slot.task = task;
      task.slot = slot;
      task.startedAt = Date.now();
      // Referenced only while calls are in flight: an idle reader must not keep a finished CLI command alive.
      worker.ref();
      worker.postMessage(task.message, task.transfer);
      armDeadline(task);
    }
  }

  function cancel(task: Task): void {
    const queued = queue.indexOf(task);
    if (queued !== -1) {
      queue.splice(queued, 1);
      finish(task);
      task.reject(cancelledError());
      return;
    }
    const slot = task.slot;
    if (!slot || task.grace) return;
    slot.worker?.postMessage({ kind: 'cancel', id: task.message.id } satisfies ToReader);
    // A reader busy in a long synchronous step never sees the cancel: terminate it after the grace.
    task.grace = setTimeout(() => {
      finish(task);
      kill(slot);
      task.reject(cancelledError());
      pump();
    }, graceMs);
  }

  function call<T>(
    message: ToReader & { id: number },
    transfer: ArrayBuffer[],
    sizing: { size: number; pages?: number },
    extra: { onProgress?: Task['onProgress']; signal?: AbortSignal | undefined; isKnown?: FileHooks['isKnown'] } = {},
  ): Promise<T> {
    if (extra.signal?.aborted) return Promise.reject(cancelledError());
    return new Promise<T>((resolve, reject) => {
      const task: Task = {
        message,
        transfer,
        size: sizing.size,
        pages: sizing.pages ?? 0,
        ocrPages: 0,
        resolve: resolve as (value: never) => void,
        reject,
        onProgress: extra.onProgress,
        isKnown: extra.isKnown,
        slot: null,
        startedAt: 0,
        deadline: null,
        grace: null,
        detach: () => undefined,
      };
      if (extra.signal) {
        const signal = extra.signal;
        const onAbort = () => cancel(task);
        signal.addEventListener('abort', onAbort, { once: true });
        task.detach = () => signal.removeEventListener('abort', onAbort);
      }
      queue.push(task);
      pump();
    });
  }

  return {
    size,
    readDocument(
      input: { bytes: Uint8Array; name: string },
      readOptions: { ocr: 'auto' | 'force' | 'off'; lang?: string; signal?: AbortSignal; onProgress?: (p: Progress) => void },
    ): Promise<ReadDocument> {
      // A copy in its own buffer goes to the thread (transferred, not cloned twice): the caller
      // keeps its bytes, and a Node Buffer's shared pool is never handed over.
      const bytes = new Uint8Array(input.bytes);
      return call<ReadDocument>(
        { kind: 'read', id: nextId++, bytes, name: input.name, ocr: readOptions.ocr, lang: readOptions.lang ?? 'ind+eng' },
        [bytes.buffer as ArrayBuffer],
        { size: bytes.byteLength },
        { onProgress: readOptions.onProgress as Task['onProgress'], signal: readOptions.signal },
      );
    },

    /** One pass over a file named by path: read, hash, OCR, extract, fingerprint and keep, on a reader thread. */
    importFile(job: FileJob, hooks: FileHooks = {}): Promise<FileOutcome> {
      return call<FileOutcome>(
        { kind: 'import', id: nextId++, job },
        [],
        { size: 0 },
        { onProgress: hooks.onProgress, signal: hooks.signal, isKnown: hooks.isKnown },
      );
    },

    extract(text: string, pages: readonly PageText[] = []): Promise<ExtractionResult> {
      return call<ExtractionResult>({ kind: 'extract', id: nextId++, text, pages: [...pages] }, [], {
        size: text.length * 2,
        pages: pages.length,
      });
    },

    /** A page image of an original: its bytes, or its path (then read on the reader thread, not this one). */
    renderPage(
      original: Uint8Array | string,
      sourceType: SourceType,
      pageNo: number,
    ): Promise<{ png: Uint8Array; width: number; height: number }> {
      if (typeof original === 'string')
        return call({ kind: 'render', id: nextId++, original, sourceType, pageNo }, [], { size: 0, pages: 1 });
      const copy = new Uint8Array(original);
      return call({ kind: 'render', id: nextId++, original: copy, sourceType, pageNo }, [copy.buffer as ArrayBuffer], {
        size: copy.byteLength,
        pages: 1,
      });
    },

    /** Stops every thread: queued calls are cancelled, running ones get the grace, then their thread is terminated. */
    async close(): Promise<void> {
      for (const task of queue.splice(0)) {
        finish(task);
        task.reject(cancelledError());
      }
      await Promise.all(
        slots.map(async (slot) => {
          const worker = slot.worker;
          if (!worker) return;
          const task = slot.task;
          slot.worker = null;
          slot.task = null;
          await new Promise<void>((resolve) => {
            const timer = setTimeout(() => void worker.terminate().then(() => resolve()), graceMs);
            worker.once('exit', () => {
              clearTimeout(timer);
              resolve();
            });
            worker.postMessage({ kind: 'close' } satisfies ToReader);
          });
          if (task) {
            finish(task);
            task.reject(cancelledError());
          }
        }),
      );
    },
  };
}

export type ThreadedReader = ReturnType<typeof createThreadedReader>;
