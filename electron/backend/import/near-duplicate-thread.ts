import { Worker } from 'node:worker_threads';
import { computeFingerprint, fingerprintToHex } from '../../../shared/text/fingerprint.ts';
import type { NearDuplicateDetector, StoredFingerprint } from '../pipeline/near-duplicates.ts';
import type { FromReader, ReaderWorkerData, ToReader } from './reader-protocol.ts';

type Similar = { id: number; similarity: number } | null;

/**
 * Near-duplicate detection on a thread of its own (a reader-worker thread that runs nothing
 * else): the library's fingerprints are kept and compared there, so comparing a new document
 * against a library of 100,000 never runs on the backend's thread. Messages keep their order, so
 * a comparison always sees every fingerprint added before it. If the thread dies, the next call
 * starts a new one, empty (`knownThrough` says 0, and the importer hands it the library again).
 */
export function createNearDuplicateThread(options: { workerPath?: string | URL } = {}): NearDuplicateDetector & { close(): Promise<void> } {
  let worker: Worker | null = null;
  let knownThrough = 0;
  let nextId = 1;
  const pending = new Map<number, { resolve(value: Similar): void; reject(error: Error): void }>();

  function thread(): Worker {
    if (worker) return worker;
    const data: ReaderWorkerData = { cacheDir: null, resourcesDir: null, ocrWorkers: 1 };
    const started = new Worker(options.workerPath ?? new URL('./reader-worker.ts', import.meta.url), { workerData: data });
    started.on('message', (message: FromReader) => {
      if (message.kind !== 'similar-done' && message.kind !== 'failed') return;
      const call = pending.get(message.id);
      pending.delete(message.id);
      if (message.kind === 'failed') call?.reject(new Error(message.error.message));
      else call?.resolve(message.value);
      if (pending.size === 0) started.unref();
    });
    const lost = (error: Error) => {
      if (worker !== started) return;
      worker = null;
      knownThrough = 0;
      for (const call of pending.values()) call.reject(new Error(`The near-duplicate check stopped (${error.message}).`));
      pending.clear();
    };
    started.on('error', lost);
    started.on('exit', (code) => lost(new Error(`exit code ${code}`)));
    // Referenced only while a comparison is in flight: an idle thread must not keep a CLI command alive.
    started.unref();
    worker = started;
    return started;
  }

  const post = (message: ToReader) => thread().postMessage(message);

  return {
    fingerprint: (text) => fingerprintToHex(computeFingerprint(text)),
    add(rows: StoredFingerprint[]) {
      if (rows.length === 0) return;
      post({ kind: 'fingerprints', rows });
      knownThrough = Math.max(knownThrough, rows.at(-1)!.id);
    },
    forget(id) {
      if (worker) post({ kind: 'forget-fingerprint', documentId: id });
    },
    knownThrough: () => knownThrough,
    findSimilar(fingerprint) {
      const id = nextId++;
      const target = thread();
      return new Promise<Similar>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        target.ref();
        target.postMessage({ kind: 'similar', id, fingerprint } satisfies ToReader);
      });
    },
    async close() {
      const stopping = worker;
      worker = null;
      knownThrough = 0;
      for (const call of pending.values()) call.reject(new Error('The near-duplicate check was closed.'));
      pending.clear();
      await stopping?.terminate();
    },
  };
}
