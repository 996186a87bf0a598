// Import jobs: start, order, read and store the files of a batch, re-OCR a document, cancel and retry.
import type { ParsedArgs } from '../../../shared/contract/api.ts';
import type { OcrMode, PageText, ReadDocument } from '../../../shared/types/document.ts';
import type { ExtractionResult } from '../../../shared/types/entity.ts';
import type { EventBus } from '../events.ts';
import type { Store } from '../storage/store.ts';
import type { OriginalsStore, StagingStore } from '../storage/file-store.ts';
import type { JobItemRow } from '../storage/repositories/import-jobs-repository.ts';
import { WorkbenchError } from '../../../shared/contract/errors.ts';
import { isImportError } from '../import/import-error.ts';
import { LIMITS } from '../import/limits.ts';
import { collectFiles } from './collect-files.ts';
import { similarInLibrary } from './near-duplicates.ts';
import type { NearDuplicateDetector } from './near-duplicates.ts';
import { FileAccessError, fileReaderOf } from './read-file-once.ts';
import type { FileJob, FileReader, FileReading } from './read-file-once.ts';
import { storeNewDocument, storeReread } from './store-reading.ts';
import type { StoreOutcome } from './store-reading.ts';
import type { CollectedFile } from './collect-files.ts';
import { alreadyThere, createRetryJob, summarizeJob } from './job-summary.ts';
import type { ImportSummary } from './job-summary.ts';

export type { ImportSummary };

export interface ReaderOptions {
  ocr: OcrMode;
  lang: string;
  onProgress?: (p: { page: number; pageCount: number; phase: 'text' | 'ocr' }) => void;
  signal?: AbortSignal;
}
export type DocumentReader = (input: { bytes: Uint8Array; name: string }, options: ReaderOptions) => Promise<ReadDocument>;

export type { NearDuplicateDetector };

export interface ImportDeps {
  store: Store;
  originals: OriginalsStore;
  staging: StagingStore;
  events: EventBus;
  readDocument: DocumentReader;
  extract: (text: string, pages?: readonly PageText[]) => ExtractionResult | Promise<ExtractionResult>;
  nearDuplicates?: NearDuplicateDetector;
  isSupported: (name: string) => boolean;
  clock: () => Date;
  /** Files read at once; OCR inside a file is parallel on its own. */
  concurrency?: number;
  /**
   * One pass over a file on a reader thread (read-file-once.ts); without it, the same pass runs
   * here with `readDocument` and `extract` (the test parts).
   */
  readFile?: FileReader;
  /** The import size cap (LIMITS.maxFileBytes unless a test sets a small one). */
  maxFileBytes?: number;
}

/**
 * Import jobs: collect files, then read, extract and store each one in its own transaction, so a
 * failure leaves no half document and the rest of the batch goes on. Exact duplicates (same bytes)
 * are reported, not stored twice; near-duplicates are stored and flagged.
 */
export function createImporter(deps: ImportDeps) {
  const running = new Map<number, AbortController>();
  const finished = new Map<number, Promise<ImportSummary>>();
  const now = () => deps.clock().toISOString();
  const maxFileBytes = deps.maxFileBytes ?? LIMITS.maxFileBytes;
  const readFile: FileReader = fileReaderOf(deps);
  // Compare-then-store runs for one file at a time, so each file is compared against every file
  // stored before it even though the comparison is asynchronous.
  let storing: Promise<unknown> = Promise.resolve();
  const oneAtATime = <T>(work: () => T | Promise<T>): Promise<T> => {
    const turn = storing.then(work);
    storing = turn.catch(() => undefined);
    return turn;
  };
  const findSimilar = deps.nearDuplicates ? similarInLibrary(deps.store.documents, deps.nearDuplicates) : null;

  async function start(args: ParsedArgs<'import.start'>): Promise<{ jobId: number; done: Promise<ImportSummary> }> {
    const collected: Array<CollectedFile & { stagedId?: string }> = [];
    for (const source of args.sources) {
      if ('path' in source) collected.push(...(await collectFiles([source.path], deps.isSupported, maxFileBytes)));
      else collected.push({ kind: 'file' as const, path: '', name: source.name, stagedId: source.stagedId });
    }
    const jobId = deps.store.importJobs.create(
      args.ocr,
      args.lang,
      collected.map((c) => ({
        file: c.name,
        sourcePath: c.path || null,
        stagedId: c.stagedId ?? null,
      })),
      now(),
    );
    // Walk results that are already final (missing paths, skipped formats) are recorded at once.
    const items = deps.store.importJobs.items(jobId);
    collected.forEach((c, i) => {
      const item = items[i]!;
      if (c.kind === 'failed') deps.store.importJobs.recordOutcome(item.id, { status: 'failed', error: c.error }, now());
      if (c.kind === 'skipped') deps.store.importJobs.recordOutcome(item.id, { status: 'skipped', error: c.reason }, now());
    });
    return launch(jobId, args.ocr, args.lang);
  }

  function launch(jobId: number, ocr: OcrMode, lang: string): { jobId: number; done: Promise<ImportSummary> } {
    const controller = new AbortController();
    running.set(jobId, controller);
    const done = run(jobId, ocr, lang, controller.signal).finally(() => running.delete(jobId));
    finished.set(jobId, done);
    return { jobId, done };
  }

  async function run(jobId: number, ocr: OcrMode, lang: string, signal: AbortSignal): Promise<ImportSummary> {
    const items = deps.store.importJobs.items(jobId);
    const fileCount = items.length;
    const pending = items.filter((i) => i.status === 'pending');
    let next = 0;
    const turns = pending.map(() => deferred());
    const worker = async () => {
      while (next < pending.length && !signal.aborted) {
        const index = next++;
        await importItem(jobId, pending[index]!, fileCount, {
          ocr,
          lang,
          signal,
          turn: { previous: turns[index - 1]?.promise ?? null, done: turns[index]!.resolve },
        });
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(deps.concurrency ?? 2, pending.length)) }, worker));
    const cancelled = signal.aborted;
    if (cancelled) {
      for (const item of deps.store.importJobs.items(jobId).filter((i) => i.status === 'pending')) {
        deps.store.importJobs.recordOutcome(item.id, { status: 'cancelled', error: 'Import cancelled' }, now());
        if (item.stagedId) deps.staging.remove(item.stagedId);
      }
    }
    deps.store.importJobs.finish(jobId, cancelled ? 'cancelled' : 'done', now());
    const summary = summarize(jobId);
    deps.events.emit('import.finished', summary);
    return summary;
  }

  async function importItem(jobId: number, item: JobItemRow, fileCount: number, opts: ItemOptions) {
    const staged = item.stagedId;
    try {
      await processFile({
        jobId,
        item,
        fileIndex: item.position,
        fileCount,
        signal: opts.signal,
        job: {
          path: staged ? deps.staging.pathOf(staged) : item.sourcePath!,
          name: item.file,
          maxBytes: maxFileBytes,
          ocr: opts.ocr,
          lang: opts.lang,
          originalsDir: deps.originals.root,
        },
        skipKnown: true,
        accessMessage: (message) => (staged ? 'The uploaded file is no longer available; add it again.' : message),
        // Files read in parallel are stored in the job's order (document numbers follow the order the
        // clerk gave), but a slow file ahead holds the others back only briefly.
        inTurn: () => (opts.turn.previous ? firstOf(opts.turn.previous, ORDER_WAIT_MS) : Promise.resolve()),
        save: async (reading) => {
          const fingerprint = deps.nearDuplicates ? (reading.fingerprint ?? deps.nearDuplicates.fingerprint(reading.document.text)) : null;
          const similar = fingerprint && findSimilar ? await findSimilar(fingerprint) : null;
          const outcome = storeNewDocument(deps.store, item, reading, similar, fingerprint, now());
          return { outcome, message: similar ? `Possible duplicate of document ${similar.id}` : undefined };
        },
      });
    } finally {
      // An upload is read once: imported, duplicate, failed or cancelled, its staged copy goes.
      if (staged) deps.staging.remove(staged);
      opts.turn.done();
    }
  }

  /**
   * The per-file pipeline, for an import and a re-OCR alike: one pass over the file on a reader
   * thread (read, hash, OCR, extract, fingerprint, keep the original), progress events as it
   * goes, then `save` in one transaction. A failure is recorded for this file only; a cancelled
   * file is left to the job (import) or recorded as cancelled (re-OCR, `recordCancel`).
   */
  async function processFile(step: FileStep): Promise<void> {
    const { jobId, item, signal } = step;
    type Phase = 'reading' | 'ocr' | 'extracting' | 'saving' | 'imported' | 'duplicate' | 'failed';
    const progress = (phase: Phase, extra: { page?: number; pageCount?: number; message?: string } = {}) =>
      deps.events.emit('import.progress', {
        jobId,
        fileIndex: step.fileIndex,
        fileCount: step.fileCount,
        file: item.file,
        phase,
        ...extra,
      });
    const fail = (error: string, errorCode: string | null = null) => {
      deps.store.importJobs.recordOutcome(item.id, { status: 'failed', error, errorCode }, now());
      progress('failed', { message: error });
    };
    const duplicate = (documentId: number, hash: string) => {
      deps.store.importJobs.recordOutcome(item.id, { status: 'duplicate', documentId, contentHash: hash }, now());
      progress('duplicate', { message: alreadyThere(deps.store, documentId) });
    };

    progress('reading');
    try {
      const outcome = await readFile(step.job, {
        signal,
        ...(step.skipKnown ? { isKnown: (hash: string) => deps.store.documents.idByHash(hash) !== undefined } : {}),
        onProgress: (p) => {
          if (p.phase === 'extract') progress('extracting');
          else progress(p.phase === 'ocr' ? 'ocr' : 'reading', { page: p.page, pageCount: p.pageCount });
        },
      });
      // A file read whole before the cancel is stored (cancelling stops work not yet done); a
      // re-OCR cancelled meanwhile keeps the text it had.
      if (signal.aborted && step.recordCancel) return step.recordCancel();
      if (outcome.kind === 'known') {
        const existing = deps.store.documents.idByHash(outcome.hash);
        // Gone between the question and the answer (purged): read it again as a new file.
        if (existing === undefined) return await processFile({ ...step, skipKnown: false });
        return duplicate(existing, outcome.hash);
      }
      await step.inTurn?.();
      progress('saving');
      const { outcome: stored, message } = await oneAtATime(() => step.save(outcome));
      if ('duplicateOf' in stored) return progress('duplicate', { message: alreadyThere(deps.store, stored.duplicateOf) });
      progress('imported', message ? { message } : {});
      deps.events.emit('document.updated', { id: stored.documentId });
    } catch (error) {
      if (signal.aborted) return step.recordCancel?.();
      const message = error instanceof Error ? error.message : String(error);
      fail(error instanceof FileAccessError ? step.accessMessage(message) : message, isImportError(error) ? error.code : null);
    }
  }

  function summarize(jobId: number): ImportSummary {
    return summarizeJob(deps.store, jobId);
  }

  /** A new job for what `jobId` left undone (see createRetryJob), launched like any other. */
  function retry(jobId: number): { jobId: number; done: Promise<ImportSummary> } {
    const again = createRetryJob(deps.store, jobId, now);
    return launch(again.jobId, again.ocr, again.lang);
  }

  /**
   * Reads a stored document's original again with OCR forced and replaces its text and pages.
   * Pending extractor entities are extracted afresh; every reviewed entity is kept and moved to
   * where its text now is.
   */
  function reocr(documentId: number, lang: string): { jobId: number; done: Promise<ImportSummary> } {
    const doc = deps.store.documents.get(documentId);
    if (!doc) throw new WorkbenchError('not_found', `Document ${documentId} does not exist.`);
    if (doc.sourceType !== 'pdf' && doc.sourceType !== 'image')
      throw new WorkbenchError('conflict', 'Only PDFs and images can be read again with OCR.');
    const jobId = deps.store.importJobs.create('force', lang, [{ file: doc.name, sourcePath: doc.sourcePath, stagedId: null }], now());
    const controller = new AbortController();
    running.set(jobId, controller);
    const [item] = deps.store.importJobs.items(jobId);
    const done = (async () => {
      await processFile({
        jobId,
        item: item!,
        fileIndex: 0,
        fileCount: 1,
        signal: controller.signal,
        // The kept original, read with OCR forced; it is in the library already, so it is not kept again.
        job: {
          path: deps.originals.pathOf(doc.contentHash),
          name: doc.name,
          maxBytes: Number.POSITIVE_INFINITY,
          ocr: 'force',
          lang,
          originalsDir: null,
        },
        skipKnown: false,
        accessMessage: (message) => `The kept copy of this document could not be read: ${message}`,
        save: (reading) => ({
          outcome: storeReread(deps.store, doc, item!, reading, deps.nearDuplicates ? reading.fingerprint : null, now()),
        }),
        recordCancel: () => {
          deps.store.importJobs.recordOutcome(item!.id, { status: 'cancelled', error: 'Cancelled' }, now());
          deps.events.emit('import.progress', { jobId, fileIndex: 0, fileCount: 1, file: doc.name, phase: 'failed', message: 'Cancelled' });
        },
      });
      deps.store.importJobs.finish(jobId, controller.signal.aborted ? 'cancelled' : 'done', now());
      const summary = summarize(jobId);
      deps.events.emit('import.finished', summary);
      return summary;
    })().finally(() => running.delete(jobId));
    finished.set(jobId, done);
    return { jobId, done };
  }

  return {
    start,
    retry,
    reocr,
    cancel(jobId: number): boolean {
      const controller = running.get(jobId);
      controller?.abort();
      return controller !== undefined;
    },
    summary: summarize,
    /** Resolves when the job ends (for the CLI and tests); undefined for jobs of another process. */
    whenDone(jobId: number): Promise<ImportSummary> | undefined {
      return finished.get(jobId);
    },
    /** Stops every running job (the app is closing); stored documents stay, the rest is marked cancelled. */
    cancelAll(): void {
      for (const controller of running.values()) controller.abort();
    },
    async idle(): Promise<void> {
      await Promise.allSettled([...finished.values()]);
    },
  };
}

interface FileStep {
  jobId: number;
  item: JobItemRow;
  fileIndex: number;
  fileCount: number;
  job: FileJob;
  signal: AbortSignal;
  /** Import: a file whose bytes the library holds is a duplicate, read no further. */
  skipKnown: boolean;
  /** The message for a file that could not be opened or read. */
  accessMessage: (message: string) => string;
  /** Resolves when this file may be stored (the file before it first, briefly). */
  inTurn?: () => Promise<void>;
  /** Stores the reading in one transaction; `message` goes with the 'imported' event. */
  save: (reading: FileReading) => SaveResult | Promise<SaveResult>;
  /** Records a cancelled file; without it, the job marks what is still pending. */
  recordCancel?: () => void;
}

interface ItemOptions {
  ocr: OcrMode;
  lang: string;
  signal: AbortSignal;
  /** The previous item's outcome (null for the first) and this item's, for storing in order. */
  turn: { previous: Promise<void> | null; done: () => void };
}

type SaveResult = { outcome: StoreOutcome; message?: string | undefined };

/** How long a read file waits for the file before it to be stored first. */
const ORDER_WAIT_MS = 2_000;

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

/** Resolves when `promise` does or after `ms`, whichever is first. */
function firstOf(promise: Promise<void>, ms: number): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export type Importer = ReturnType<typeof createImporter>;
