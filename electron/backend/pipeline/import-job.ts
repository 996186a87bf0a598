import type { MethodResult, ParsedArgs } from '../../../shared/contract/api.ts';
import type { OcrMode, PageText, ReadDocument } from '../../../shared/types/document.ts';
import type { ExtractionResult } from '../../../shared/types/entity.ts';
import type { EventBus } from '../events.ts';
import type { Store } from '../storage/store.ts';
import type { OriginalsStore, StagingStore } from '../storage/file-store.ts';
import { sha256 } from '../storage/file-store.ts';
import type { JobItemRow } from '../storage/repositories/import-jobs-repository.ts';
import { WorkbenchError } from '../../../shared/contract/errors.ts';
import { isImportError } from '../import/import-error.ts';
import { isRetryable } from './import-outcome.ts';
import { LIMITS } from '../import/limits.ts';
import { collectFiles } from './collect-files.ts';
import { readRegularFile } from './read-regular-file.ts';
import { reanchor } from './reanchor.ts';
import { mergeReading, recordFromReading } from '../decrees/record-from-reading.ts';
import { reviewedRecords } from './reviewed-records.ts';
import type { CollectedFile } from './collect-files.ts';

export type ImportSummary = MethodResult<'import.summary'>;

export interface ReaderOptions {
  ocr: OcrMode;
  lang: string;
  onProgress?: (p: { page: number; pageCount: number; phase: 'text' | 'ocr' }) => void;
  signal?: AbortSignal;
}
export type DocumentReader = (input: { bytes: Uint8Array; name: string }, options: ReaderOptions) => Promise<ReadDocument>;

/** Near-duplicate detection over stored text fingerprints (the same press release in two outlets). */
export interface NearDuplicateDetector {
  fingerprint(text: string): string;
  /** The most similar stored document above the threshold, if any. */
  findSimilar(fingerprint: string, stored: Array<{ id: number; fingerprint: string }>): { id: number; similarity: number } | null;
}

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
  // Files are read from disk one after another, in the order of the job (reading is quick and
  // disk-bound; the readers run in parallel after it), so quick files are stored in that order.
  let readQueue: Promise<unknown> = Promise.resolve();
  const readInTurn = <T>(read: () => Promise<T>): Promise<T> => {
    const turn = readQueue.then(read);
    readQueue = turn.catch(() => undefined);
    return turn;
  };
  // Fingerprints already read from the library: each import reads only the documents added since.
  const knownFingerprints: Array<{ id: number; fingerprint: string }> = [];

  function findSimilar(fingerprint: string): { id: number; similarity: number } | null {
    knownFingerprints.push(...deps.store.documents.fingerprintsAfter(knownFingerprints.at(-1)?.id ?? 0));
    const similar = deps.nearDuplicates!.findSimilar(fingerprint, knownFingerprints);
    if (!similar || (deps.store.documents.status(similar.id) !== undefined && !deps.store.documents.isTrashed(similar.id))) return similar;
    // Trashed or purged since it was read: forget it and look again.
    knownFingerprints.splice(knownFingerprints.findIndex((k) => k.id === similar.id), 1);
    return findSimilar(fingerprint);
  }

  function start(args: ParsedArgs<'import.start'>): { jobId: number; done: Promise<ImportSummary> } {
    const collected: Array<CollectedFile & { stagedId?: string }> = args.sources.flatMap((source) =>
      'path' in source
        ? collectFiles([source.path], deps.isSupported, maxFileBytes)
        : [{ kind: 'file' as const, path: '', name: source.name, stagedId: source.stagedId }],
    );
    const jobId = deps.store.importJobs.create(args.ocr, args.lang, collected.map((c) => ({
      file: c.name,
      sourcePath: c.path || null,
      stagedId: c.stagedId ?? null,
    })), now());
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
        await importItem(jobId, pending[index]!, fileCount, { ocr, lang, signal, turn: { previous: turns[index - 1]?.promise ?? null, done: turns[index]!.resolve } });
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
    try {
      await readAndStore(jobId, item, fileCount, opts);
    } finally {
      // An upload is read once: imported, duplicate, failed or cancelled, its staged copy goes.
      if (item.stagedId) deps.staging.remove(item.stagedId);
      opts.turn.done();
    }
  }

  async function readAndStore(jobId: number, item: JobItemRow, fileCount: number, opts: ItemOptions) {
    const progress = (phase: 'reading' | 'ocr' | 'extracting' | 'saving' | 'imported' | 'duplicate' | 'failed', extra: { page?: number; pageCount?: number; message?: string } = {}) =>
      deps.events.emit('import.progress', { jobId, fileIndex: item.position, fileCount, file: item.file, phase, ...extra });
    const fail = (error: string, errorCode: string | null = null) => {
      deps.store.importJobs.recordOutcome(item.id, { status: 'failed', error, errorCode }, now());
      progress('failed', { message: error });
    };

    progress('reading');
    let bytes: Uint8Array;
    try {
      bytes = await readInTurn(() => (item.stagedId ? deps.staging.read(item.stagedId) : readRegularFile(item.sourcePath!, maxFileBytes)));
    } catch (error) {
      return fail(item.stagedId ? 'The uploaded file is no longer available; add it again.' : error instanceof Error ? error.message : String(error));
    }
    try {
      const hash = sha256(bytes);
      const existing = deps.store.documents.idByHash(hash);
      if (existing !== undefined) {
        deps.store.importJobs.recordOutcome(item.id, { status: 'duplicate', documentId: existing, contentHash: hash }, now());
        progress('duplicate', { message: alreadyThere(existing) });
        return;
      }
      const doc = await deps.readDocument({ bytes, name: item.file }, {
        ocr: opts.ocr, lang: opts.lang, signal: opts.signal,
        onProgress: (p) => progress(p.phase === 'ocr' ? 'ocr' : 'reading', { page: p.page, pageCount: p.pageCount }),
      });
      if (opts.signal.aborted) return;
      progress('extracting');
      const extraction = await deps.extract(doc.text, doc.pages);
      const fingerprint = deps.nearDuplicates?.fingerprint(doc.text) ?? null;
      const similar = fingerprint ? findSimilar(fingerprint) : null;
      // Files read in parallel are stored in the job's order (document numbers follow the order the
      // clerk gave), but a slow file ahead holds the others back only briefly.
      if (opts.turn.previous) await firstOf(opts.turn.previous, ORDER_WAIT_MS);
      progress('saving');
      deps.originals.put(hash, bytes);
      const at = now();
      let raced: number | undefined;
      const documentId = deps.store.transaction(() => {
        // Checked again inside the transaction: another process may have stored it meanwhile.
        raced = deps.store.documents.idByHash(hash);
        if (raced !== undefined) {
          deps.store.importJobs.recordOutcome(item.id, { status: 'duplicate', documentId: raced, contentHash: hash }, at);
          return null;
        }
        const id = deps.store.documents.insert({
          contentHash: hash, sourcePath: item.sourcePath, originalName: item.file, mime: doc.mime, sourceType: doc.sourceType,
          size: bytes.byteLength, importedAt: at, title: doc.title, text: doc.text, language: doc.language,
          skipped: extraction.skipped, fingerprint, nearDuplicateOf: similar?.id ?? null, nearDuplicateSimilarity: similar?.similarity ?? null,
        }, doc.pages);
        deps.store.entities.insertExtracted(id, extraction.entities, at);
        const decree = recordFromReading(id, extraction);
        if (decree) deps.store.decrees.put(decree, at);
        deps.store.importJobs.recordOutcome(item.id, {
          status: 'imported', documentId: id, contentHash: hash,
          nearDuplicateOf: similar?.id ?? null, nearDuplicateSimilarity: similar?.similarity ?? null,
        }, at);
        return id;
      });
      if (documentId === null) return progress('duplicate', raced === undefined ? {} : { message: alreadyThere(raced) });
      progress('imported', similar ? { message: `Possible duplicate of document ${similar.id}` } : {});
      deps.events.emit('document.updated', { id: documentId });
    } catch (error) {
      if (opts.signal.aborted) return;
      fail(error instanceof Error ? error.message : String(error), isImportError(error) ? error.code : null);
    }
  }

  function summarize(jobId: number): ImportSummary {
    const items = deps.store.importJobs.items(jobId);
    const job = deps.store.importJobs.job(jobId);
    return {
      jobId,
      imported: items.filter((i) => i.status === 'imported').map((i) => ({ file: displayName(i), id: i.documentId! })),
      duplicates: items.filter((i) => i.status === 'duplicate').map((i) => ({ file: displayName(i), of: i.documentId!, name: libraryName(i.documentId!) })),
      failed: items.filter((i) => i.status === 'failed').map((i) => ({ file: displayName(i), error: i.error ?? 'failed', retryable: isRetryable(i) })),
      skipped: items.filter((i) => i.status === 'skipped').map((i) => ({ file: displayName(i), reason: i.error ?? 'skipped' })),
      nearDuplicates: items.filter((i) => i.status === 'imported' && i.nearDuplicateOf !== null)
        .map((i) => ({ file: displayName(i), id: i.documentId!, of: i.nearDuplicateOf!, similarity: i.nearDuplicateSimilarity ?? 0 })),
      cancelled: job?.status === 'cancelled',
    };
  }

  /** What a duplicate's row says: the document it repeats, by name. */
  function alreadyThere(documentId: number): string {
    return `Already in the library as “${libraryName(documentId) ?? documentId}” (document ${documentId})`;
  }

  /** The existing document's name as the library shows it (its title, else its file name). */
  function libraryName(documentId: number): string | null {
    const doc = deps.store.documents.summary(documentId);
    return doc ? doc.decree?.title ?? doc.title ?? doc.name : null;
  }

  /**
   * A new job for the items of `jobId` that did not make it (cancelled, cut off, failed for a
   * reason a second read may mend). A job is retried once: its retry is the one to retry next.
   */
  function retry(jobId: number): { jobId: number; done: Promise<ImportSummary> } {
    const job = deps.store.importJobs.job(jobId);
    if (!job) throw new WorkbenchError('not_found', `Import job ${jobId} does not exist.`);
    if (job.retriedBy !== null) throw new WorkbenchError('conflict', `This import was already retried (import ${job.retriedBy}).`);
    const again = deps.store.importJobs.items(jobId).filter(isRetryable);
    if (again.length === 0) throw new WorkbenchError('conflict', 'Nothing to retry: every file of this job was imported, or cannot be read however often it is tried.');
    const newJob = deps.store.importJobs.create(job.ocr, job.lang, again.map((i) => ({ file: i.file, sourcePath: i.sourcePath, stagedId: i.stagedId })), now());
    deps.store.importJobs.markRetried(jobId, newJob);
    return launch(newJob, job.ocr, job.lang);
  }

  /**
   * Reads a stored document's original again with OCR forced and replaces its text and pages.
   * Pending extractor entities are extracted afresh; every reviewed entity is kept and moved to
   * where its text now is.
   */
  function reocr(documentId: number, lang: string): { jobId: number; done: Promise<ImportSummary> } {
    const doc = deps.store.documents.get(documentId);
    if (!doc) throw new WorkbenchError('not_found', `Document ${documentId} does not exist.`);
    if (doc.sourceType !== 'pdf' && doc.sourceType !== 'image') throw new WorkbenchError('conflict', 'Only PDFs and images can be read again with OCR.');
    const jobId = deps.store.importJobs.create('force', lang, [{ file: doc.name, sourcePath: doc.sourcePath, stagedId: null }], now());
    const controller = new AbortController();
    running.set(jobId, controller);
    const done = (async () => {
      const [item] = deps.store.importJobs.items(jobId);
      const progress = (phase: 'reading' | 'ocr' | 'extracting' | 'saving' | 'imported' | 'failed', extra: { page?: number; pageCount?: number; message?: string } = {}) =>
        deps.events.emit('import.progress', { jobId, fileIndex: 0, fileCount: 1, file: doc.name, phase, ...extra });
      try {
        progress('reading');
        const read = await deps.readDocument({ bytes: await deps.originals.read(doc.contentHash), name: doc.name }, {
          ocr: 'force', lang, signal: controller.signal,
          onProgress: (p) => progress(p.phase === 'ocr' ? 'ocr' : 'reading', { page: p.page, pageCount: p.pageCount }),
        });
        progress('extracting');
        const extraction = await deps.extract(read.text, read.pages);
        progress('saving');
        deps.store.transaction(() => {
          const kept = deps.store.entities.listByDocument(documentId).filter((e) => e.status !== 'pending' || e.origin === 'clerk');
          deps.store.entities.removePendingExtracted(documentId);
          deps.store.documents.replaceText(documentId, {
            text: read.text, title: read.title ?? doc.title, language: read.language, skipped: extraction.skipped,
            fingerprint: deps.nearDuplicates?.fingerprint(read.text) ?? null,
          }, read.pages);
          const at = now();
          for (const entity of kept) deps.store.entities.put(reanchor(entity, doc.text.length, read.text), at);
          const isReviewed = reviewedRecords(kept);
          deps.store.entities.insertExtracted(documentId, extraction.entities.filter((e) => !isReviewed(e)), at);
          const decree = mergeReading(deps.store.decrees.get(documentId), documentId, extraction, doc.text, read.text);
          if (decree) deps.store.decrees.put(decree, at);
          else deps.store.decrees.remove(documentId);
          deps.store.importJobs.recordOutcome(item!.id, { status: 'imported', documentId, contentHash: doc.contentHash }, at);
        });
        progress('imported');
        deps.events.emit('document.updated', { id: documentId });
      } catch (error) {
        const message = controller.signal.aborted ? 'Cancelled' : error instanceof Error ? error.message : String(error);
        deps.store.importJobs.recordOutcome(item!.id, { status: controller.signal.aborted ? 'cancelled' : 'failed', error: message }, now());
        progress('failed', { message });
      }
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

interface ItemOptions {
  ocr: OcrMode;
  lang: string;
  signal: AbortSignal;
  /** The previous item's outcome (null for the first) and this item's, for storing in order. */
  turn: { previous: Promise<void> | null; done: () => void };
}

/** How long a read file waits for the file before it to be stored first. */
const ORDER_WAIT_MS = 2_000;

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => { resolve = r; });
  return { promise, resolve };
}

/** Resolves when `promise` does or after `ms`, whichever is first. */
function firstOf(promise: Promise<void>, ms: number): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<void>((resolve) => { timer = setTimeout(resolve, ms); });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** The path as the clerk gave it, or the upload's name. */
function displayName(item: JobItemRow): string {
  return item.sourcePath ?? item.file;
}

export type Importer = ReturnType<typeof createImporter>;
