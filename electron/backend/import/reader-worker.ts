// A reader thread: reading files (PDF parsing, page rendering, OCR orchestration) and entity
// extraction run here, so the thread that answers the window and the browser never stalls on a
// 30-page scan. Several run side by side (threaded-reader.ts supervises them); each has a small
// OCR pool whose workers are threads of their own.
import { readFile } from 'node:fs/promises';
import { parentPort, workerData } from 'node:worker_threads';
import { lowerThreadPriority } from './thread-priority.ts';
import { extractDocument } from '../../../shared/extract/extract-document.ts';
import type { ExtractionResources } from '../../../shared/extract/resources.ts';
import { loadExtractionResources } from '../extract/load-resources.ts';
import { computeFingerprint, fingerprintToHex } from '../../../shared/text/fingerprint.ts';
import { FileAccessError, readFileOnce } from '../pipeline/read-file-once.ts';
import { createFingerprintIndex } from '../pipeline/near-duplicates.ts';
import type { FingerprintIndex } from '../pipeline/near-duplicates.ts';
import { isImportError } from './import-error.ts';
import type { OcrPool } from './ocr-pool.ts';
import { createOcrPool } from './ocr-pool.ts';
import { readDocument } from './read-document.ts';
import { renderPageImage } from './page-image.ts';
import type { FromReader, ReaderWorkerData, ToReader } from './reader-protocol.ts';

const port = parentPort;
if (!port) throw new Error('reader-worker must run as a worker thread');
lowerThreadPriority();
const data = workerData as ReaderWorkerData;
const send = (message: FromReader) => port.postMessage(message);
const running = new Map<number, AbortController>();
let pool: OcrPool | undefined;
let resources: Promise<ExtractionResources> | undefined;
/** The library's fingerprints, on the thread that compares against them (near-duplicate-thread.ts). */
let fingerprints: FingerprintIndex | undefined;
/** Imports waiting for the backend's answer to `hashed`. */
const awaitingKnown = new Map<number, (known: boolean) => void>();
const extractionResources = () => (resources ??= loadExtractionResources(data.resourcesDir ?? undefined));

const ocrPool = () =>
  (pool ??= createOcrPool({
    ...(data.cacheDir ? { dataDir: data.cacheDir } : {}),
    ...(data.ocrWorkers ? { size: data.ocrWorkers } : {}),
  }));

function fail(id: number, error: unknown): void {
  send({
    kind: 'failed',
    id,
    error: {
      code: isImportError(error) ? error.code : null,
      message: error instanceof Error ? error.message : String(error),
      ...(error instanceof FileAccessError ? { access: true } : {}),
    },
  });
}

port.on('message', (message: ToReader) => {
  switch (message.kind) {
    case 'read': {
      const controller = new AbortController();
      running.set(message.id, controller);
      readDocument(
        { bytes: message.bytes, name: message.name },
        {
          ocr: message.ocr,
          lang: message.lang,
          ocrPool: ocrPool(),
          signal: controller.signal,
          onProgress: (p) => send({ kind: 'progress', id: message.id, ...p }),
        },
      )
        .then(
          (value) => send({ kind: 'read-done', id: message.id, value }),
          (error: unknown) => fail(message.id, error),
        )
        .finally(() => running.delete(message.id));
      return;
    }
    case 'import': {
      const { id, job } = message;
      const controller = new AbortController();
      running.set(id, controller);
      // Resources load while the file is read; extraction then needs no second trip to this thread.
      const loading = extractionResources();
      loading.catch(() => undefined);
      readFileOnce(
        {
          readDocument: (input, options) => readDocument(input, { ...options, ocrPool: ocrPool() }),
          extract: async (text, pages) => extractDocument(text, await loading, { pages }),
          fingerprint: (text) => fingerprintToHex(computeFingerprint(text)),
        },
        job,
        {
          signal: controller.signal,
          onProgress: (p) => send({ kind: 'progress', id, ...p }),
          isKnown: (hash, size) =>
            new Promise<boolean>((resolve) => {
              awaitingKnown.set(id, resolve);
              send({ kind: 'hashed', id, hash, size });
            }),
        },
      )
        .then(
          (value) => send({ kind: 'import-done', id, value }),
          (error: unknown) => fail(id, error),
        )
        .finally(() => running.delete(id));
      return;
    }
    case 'known':
      awaitingKnown.get(message.id)?.(message.known);
      awaitingKnown.delete(message.id);
      return;
    case 'extract':
      extractionResources()
        .then((r) => send({ kind: 'extract-done', id: message.id, value: extractDocument(message.text, r, { pages: message.pages }) }))
        .catch((error: unknown) => fail(message.id, error));
      return;
    case 'render':
      (typeof message.original === 'string' ? readFile(message.original) : Promise.resolve(message.original))
        .then((bytes) => renderPageImage(bytes, message.sourceType, message.pageNo))
        .then((value) => {
          // The encoder's buffer belongs to the canvas library and cannot be transferred: send a copy.
          const png = new Uint8Array(value.png);
          port.postMessage({ kind: 'render-done', id: message.id, value: { ...value, png } } satisfies FromReader, [png.buffer]);
        })
        .catch((error: unknown) => fail(message.id, error));
      return;
    case 'fingerprints':
      (fingerprints ??= createFingerprintIndex()).add(message.rows);
      return;
    case 'forget-fingerprint':
      fingerprints?.forget(message.documentId);
      return;
    case 'similar':
      try {
        send({ kind: 'similar-done', id: message.id, value: (fingerprints ??= createFingerprintIndex()).findSimilar(message.fingerprint) });
      } catch (error) {
        fail(message.id, error);
      }
      return;
    case 'cancel':
      running.get(message.id)?.abort();
      // An import waiting for its hash's answer stops there.
      awaitingKnown.get(message.id)?.(false);
      awaitingKnown.delete(message.id);
      return;
    case 'close':
      for (const controller of running.values()) controller.abort();
      void (pool?.terminate() ?? Promise.resolve()).finally(() => {
        send({ kind: 'closed' });
        port.close();
      });
      return;
  }
});
