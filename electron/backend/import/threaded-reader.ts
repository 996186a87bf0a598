import { Worker } from 'node:worker_threads';
import type { PageText, ReadDocument, SourceType } from '../../../shared/types/document.ts';
import type { ExtractionResult } from '../../../shared/types/entity.ts';
import { cancelledError, ImportError } from './import-error.ts';
import type { FromReader, ReaderWorkerData, ToReader } from './reader-protocol.ts';

export interface ThreadedReaderOptions extends Partial<ReaderWorkerData> {
  /**
   * The worker script: the bundled `reader-worker.js` in the Electron build; by default the
   * TypeScript source beside this file (run by Node's type stripping).
   */
  workerPath?: string | URL;
}

interface Pending {
  resolve(value: never): void;
  reject(error: Error): void;
  onProgress?: ((p: { page: number; pageCount: number; phase: 'text' | 'ocr' }) => void) | undefined;
}

/**
 * readDocument and extractDocument on the reader thread. The thread starts on first use; its
 * results come back as if the calls had run here. If the thread dies, every call in flight fails
 * with a clear message and the next call starts a new thread.
 */
export function createThreadedReader(options: ThreadedReaderOptions = {}) {
  let worker: Worker | undefined;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  function start(): Worker {
    if (worker) return worker;
    const data: ReaderWorkerData = { cacheDir: options.cacheDir ?? null, resourcesDir: options.resourcesDir ?? null };
    const thread = new Worker(options.workerPath ?? new URL('./reader-worker.ts', import.meta.url), { workerData: data });
    thread.on('message', (message: FromReader) => {
      if (message.kind === 'closed') return;
      const call = pending.get(message.id);
      if (!call) return;
      if (message.kind === 'progress') return call.onProgress?.(message);
      pending.delete(message.id);
      if (pending.size === 0) thread.unref();
      if (message.kind === 'failed') {
        call.reject(message.error.code ? new ImportError(message.error.code, message.error.message) : new Error(message.error.message));
      } else {
        call.resolve(message.value as never);
      }
    });
    const orphan = (reason: string) => {
      if (worker !== thread) return;
      worker = undefined;
      for (const call of pending.values()) call.reject(new Error(`The document reader stopped unexpectedly (${reason}); try the file again.`));
      pending.clear();
    };
    thread.on('error', (error) => orphan(error.message));
    thread.on('exit', (code) => orphan(`exit code ${code}`));
    worker = thread;
    return thread;
  }

  function call<T>(message: ToReader & { id: number }, transfer: ArrayBuffer[], extra: Pick<Pending, 'onProgress'> = {}): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      pending.set(message.id, { resolve: resolve as (value: never) => void, reject, ...extra });
      const thread = start();
      // Referenced only while calls are in flight: an idle reader must not keep a finished CLI command alive.
      thread.ref();
      thread.postMessage(message, transfer);
    });
  }

  return {
    readDocument(input: { bytes: Uint8Array; name: string }, readOptions: { ocr: 'auto' | 'force' | 'off'; lang?: string; signal?: AbortSignal; onProgress?: (p: { page: number; pageCount: number; phase: 'text' | 'ocr' }) => void }): Promise<ReadDocument> {
      if (readOptions.signal?.aborted) return Promise.reject(cancelledError());
      const id = nextId++;
      // A copy in its own buffer goes to the thread (transferred, not cloned twice): the caller
      // keeps its bytes, and a Node Buffer's shared pool is never handed over.
      const bytes = new Uint8Array(input.bytes);
      const onAbort = () => worker?.postMessage({ kind: 'cancel', id } satisfies ToReader);
      readOptions.signal?.addEventListener('abort', onAbort, { once: true });
      return call<ReadDocument>({ kind: 'read', id, bytes, name: input.name, ocr: readOptions.ocr, lang: readOptions.lang ?? 'ind+eng' }, [bytes.buffer as ArrayBuffer], { onProgress: readOptions.onProgress })
        .finally(() => readOptions.signal?.removeEventListener('abort', onAbort));
    },

    extract(text: string, pages: readonly PageText[] = []): Promise<ExtractionResult> {
      return call<ExtractionResult>({ kind: 'extract', id: nextId++, text, pages: [...pages] }, []);
    },

    renderPage(bytes: Uint8Array, sourceType: SourceType, pageNo: number): Promise<{ png: Uint8Array; width: number; height: number }> {
      const copy = new Uint8Array(bytes);
      return call({ kind: 'render', id: nextId++, bytes: copy, sourceType, pageNo }, [copy.buffer as ArrayBuffer]);
    },

    async close(): Promise<void> {
      const thread = worker;
      if (!thread) return;
      worker = undefined;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => void thread.terminate().then(() => resolve()), 10_000);
        thread.on('exit', () => { clearTimeout(timer); resolve(); });
        thread.postMessage({ kind: 'close' } satisfies ToReader);
      });
    },
  };
}

export type ThreadedReader = ReturnType<typeof createThreadedReader>;
