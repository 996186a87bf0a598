import { extname, join } from 'node:path';
import { loadExtractionResources } from './extract/load-resources.ts';
import { SUPPORTED_EXTENSIONS } from './import/sniff.ts';
import { createThreadedReader } from './import/threaded-reader.ts';
import { createNearDuplicateThread } from './import/near-duplicate-thread.ts';
import { createBackend } from './backend.ts';
import type { Backend, DocumentParts } from './backend.ts';
import pkg from '../../package.json' with { type: 'json' };

export const APP_VERSION: string = pkg.version;

export interface PartsOptions {
  /** The app's resources/ folder (gazetteers); defaults to the checkout's. */
  resourcesDir?: string;
  /** Where OCR language data is unpacked once. */
  cacheDir?: string;
  /** The reader thread's script; the Electron build passes its bundled copy. */
  readerWorker?: string | URL;
}

/**
 * The real readers and extractor, on supervised reader threads (reading, OCR, page images and
 * extraction never block the thread that answers the UI, and one stalled file never blocks the
 * others). They start on first use and stop with `close()`. The region list is also loaded here, to check clerks' edits.
 */
export async function loadDocumentParts(options: PartsOptions = {}): Promise<DocumentParts> {
  const resources = await loadExtractionResources(options.resourcesDir);
  const reader = createThreadedReader({
    ...(options.cacheDir ? { cacheDir: options.cacheDir } : {}),
    ...(options.resourcesDir ? { resourcesDir: options.resourcesDir } : {}),
    ...(options.readerWorker ? { workerPath: options.readerWorker } : {}),
  });
  const nearDuplicates = createNearDuplicateThread(options.readerWorker ? { workerPath: options.readerWorker } : {});
  const supported = new Set<string>(SUPPORTED_EXTENSIONS);
  const regionCodes = new Set(resources.regions.map((r) => r.code));
  return {
    readDocument: (input, readOptions) => reader.readDocument(input, readOptions),
    extract: (text, pages) => reader.extract(text, pages),
    nearDuplicates,
    isSupported: (name) => supported.has(extname(name).toLowerCase()),
    regionExists: (code) => regionCodes.has(code),
    renderPage: (originalPath, sourceType, pageNo) => reader.renderPage(originalPath, sourceType, pageNo),
    readFile: (job, hooks) => reader.importFile(job, hooks),
    close: async () => {
      await Promise.all([reader.close(), nearDuplicates.close()]);
    },
    readers: reader.size,
  };
}

/** Opens the library in `dataDir` with the real document parts: what every host starts from. */
export async function openBackend(options: { dataDir: string } & PartsOptions): Promise<Backend> {
  const parts = await loadDocumentParts({ cacheDir: join(options.dataDir, 'cache'), ...options });
  try {
    return createBackend({ dataDir: options.dataDir, version: APP_VERSION, parts });
  } catch (error) {
    await parts.close?.();
    throw error;
  }
}
