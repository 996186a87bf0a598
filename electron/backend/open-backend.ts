import { extname, join } from 'node:path';
import { extractDocument } from '../../shared/extract/extract-document.ts';
import { loadExtractionResources } from './extract/load-resources.ts';
import { createOcrPool } from './import/ocr-pool.ts';
import type { OcrPool } from './import/ocr-pool.ts';
import { readDocument } from './import/read-document.ts';
import { renderPageImage } from './import/page-image.ts';
import { SUPPORTED_EXTENSIONS } from './import/sniff.ts';
import { createBackend } from './backend.ts';
import type { Backend, DocumentParts } from './backend.ts';
import { createNearDuplicateDetector } from './pipeline/near-duplicates.ts';
import pkg from '../../package.json' with { type: 'json' };

export const APP_VERSION: string = pkg.version;

export interface PartsOptions {
  /** The app's resources/ folder (gazetteers); defaults to the checkout's. */
  resourcesDir?: string;
  /** Where OCR language data is unpacked once. */
  cacheDir?: string;
}

/**
 * The real readers and extractor. Gazetteers load once; OCR workers start only when a page
 * needs OCR, and stop with `close()`.
 */
export async function loadDocumentParts(options: PartsOptions = {}): Promise<DocumentParts> {
  const resources = await loadExtractionResources(options.resourcesDir);
  let pool: OcrPool | undefined;
  const ocrPool = () => (pool ??= createOcrPool(options.cacheDir ? { dataDir: options.cacheDir } : {}));
  const supported = new Set<string>(SUPPORTED_EXTENSIONS);
  const regionCodes = new Set(resources.regions.map((r) => r.code));
  return {
    readDocument: (input, readOptions) => readDocument(input, { ...readOptions, ocrPool: ocrPool() }),
    extract: (text) => extractDocument(text, resources),
    nearDuplicates: createNearDuplicateDetector(),
    isSupported: (name) => supported.has(extname(name).toLowerCase()),
    regionExists: (code) => regionCodes.has(code),
    renderPage: (bytes, sourceType, pageNo) => renderPageImage(bytes, sourceType, pageNo),
    async close() {
      await pool?.terminate();
      pool = undefined;
    },
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
