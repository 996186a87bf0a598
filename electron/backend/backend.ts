import { userInfo } from 'node:os';
import { join } from 'node:path';
import type { Handlers } from '../../shared/contract/dispatch.ts';
import type { PageText } from '../../shared/types/document.ts';
import type { ExtractionResult } from '../../shared/types/entity.ts';
import { createEventBus } from './events.ts';
import type { EventBus } from './events.ts';
import { DATABASE_FILE, openDatabase } from './storage/database.ts';
import { createStore } from './storage/store.ts';
import type { Store } from './storage/store.ts';
import { createOriginalsStore, createStagingStore } from './storage/file-store.ts';
import { createImporter } from './pipeline/import-job.ts';
import type { DocumentReader, Importer, NearDuplicateDetector } from './pipeline/import-job.ts';
import { createWorkbench } from './workbench.ts';
import { LIMITS } from './import/limits.ts';
import { createReviewService } from './review/review-service.ts';
import { createRecordsService } from './records/records-service.ts';
import { createDecreeService } from './decrees/decree-service.ts';
import { createPageImages } from './pages/page-images.ts';
import type { PageRenderer } from './pages/page-images.ts';
import type { FileReader } from './pipeline/read-file-once.ts';

/** The parts that read and understand documents; `open-backend.ts` supplies the real ones. */
export interface DocumentParts {
  readDocument: DocumentReader;
  /** Entities, and a decree's particulars located on `pages` (page and box of each field). */
  extract: (text: string, pages?: readonly PageText[]) => ExtractionResult | Promise<ExtractionResult>;
  nearDuplicates?: NearDuplicateDetector;
  /** One pass over a file (read, OCR, extract, fingerprint, keep) off this thread; `open-backend.ts` runs it on the reader threads. */
  readFile?: FileReader;
  isSupported: (name: string) => boolean;
  /** Whether a Kemendagri code is a province, regency or city (validates clerks' edits). */
  regionExists: (code: string) => boolean;
  /** Draws a page of a stored original for the review view. */
  renderPage: PageRenderer;
  /** Releases what the parts hold (reader threads, OCR workers). */
  close?: () => Promise<void>;
  /** Files that can be read at once (the reader threads); the importer keeps them all busy. */
  readers?: number;
}

export interface BackendOptions {
  dataDir: string;
  version: string;
  parts: DocumentParts;
  clock?: () => Date;
  systemUser?: string;
}

/** Everything a host needs: the handlers to dispatch to, the event stream, and shutdown. */
export interface Backend {
  handlers: Handlers;
  events: EventBus;
  store: Store;
  importer: Importer;
  dataDir: string;
  close(): Promise<void>;
}

const STAGING_SWEEP_AGE_MS = 60 * 60 * 1000;

/** Wires storage, import and the workbench over one data directory. */
export function createBackend(options: BackendOptions): Backend {
  const clock = options.clock ?? (() => new Date());
  const db = openDatabase(join(options.dataDir, DATABASE_FILE), { clock });
  const store = createStore(db);
  // A job still marked running was cut off by a crash or a closed window: it can be retried.
  store.importJobs.markRunningAsInterrupted(clock().toISOString());
  const events = createEventBus();
  const staging = createStagingStore(options.dataDir, LIMITS.maxFileBytes);
  // Uploads a crash left between staging and import; an hour spares another host's fresh ones.
  staging.sweep(clock().getTime(), STAGING_SWEEP_AGE_MS);
  const originals = createOriginalsStore(options.dataDir);
  const importer = createImporter({
    store,
    events,
    staging,
    clock,
    originals,
    readDocument: options.parts.readDocument,
    extract: options.parts.extract,
    isSupported: options.parts.isSupported,
    // Twice the reader threads: a file waits queued for a thread while the one before it is stored,
    // so no thread idles during a database write.
    ...(options.parts.readers ? { concurrency: options.parts.readers * 2 } : {}),
    ...(options.parts.nearDuplicates ? { nearDuplicates: options.parts.nearDuplicates } : {}),
    ...(options.parts.readFile ? { readFile: options.parts.readFile } : {}),
  });
  const systemUser = options.systemUser ?? safeUserName();
  const actor = () => store.settings.get('clerk.name') ?? systemUser;
  const review = createReviewService({ store, clock, actor, validation: { regionExists: options.parts.regionExists } });
  const records = createRecordsService(store, (action, before, after) => review.audit(null, action, before, after), clock, actor);
  const decrees = createDecreeService({ store, review, clock });
  const pageImages = createPageImages({ store, originals, dataDir: options.dataDir, render: options.parts.renderPage });
  const handlers = createWorkbench({
    store,
    staging,
    originals,
    importer,
    review,
    records,
    decrees,
    pageImages,
    dataDir: options.dataDir,
    version: options.version,
    systemUser,
    events,
  });
  return {
    handlers,
    events,
    store,
    importer,
    dataDir: options.dataDir,
    async close() {
      importer.cancelAll();
      // The readers stop first (a busy one is terminated after a short grace), so no job waits on
      // a file that will not let go; the jobs then record their outcomes before the store closes.
      await options.parts.close?.();
      await importer.idle();
      store.close();
    },
  };
}

function safeUserName(): string {
  try {
    return userInfo().username || 'clerk';
  } catch {
    return 'clerk';
  }
}
