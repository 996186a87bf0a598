import { readFileSync } from 'node:fs';
import type { Handlers } from '../../shared/contract/dispatch.ts';
import { WorkbenchError } from '../../shared/contract/errors.ts';
import type { Store } from './storage/store.ts';
import type { OriginalsStore, StagingStore } from './storage/file-store.ts';
import { UploadTooLargeError } from './storage/file-store.ts';
import type { Importer } from './pipeline/import-job.ts';
import type { ReviewService } from './review/review-service.ts';
import type { RecordsService } from './records/records-service.ts';
import type { DecreeService } from './decrees/decree-service.ts';
import { decreeHandlers } from './decrees/decree-handlers.ts';
import type { PageImages } from './pages/page-images.ts';
import type { EventBus } from './events.ts';
import { buildExport } from './export/build-export.ts';
import { writeExport } from './export/write-export.ts';
import { writeDataset } from './export/dataset/write-dataset.ts';
import type { DocumentParticulars } from './export/dataset/dataset-writer.ts';
import { readDataset } from './export/dataset/read-dataset.ts';
import { mergeIntoLibrary } from './import/merge-into-library.ts';
import { mergeResultsFiles } from './import/merge-results.ts';
import { isRetryable } from './pipeline/import-outcome.ts';

export interface WorkbenchDeps {
  store: Store;
  staging: StagingStore;
  originals: OriginalsStore;
  importer: Importer;
  review: ReviewService;
  records: RecordsService;
  decrees: DecreeService;
  pageImages: PageImages;
  dataDir: string;
  version: string;
  /** Where changes made outside an import job (a dataset import) are announced to open views. */
  events?: EventBus;
  /** The system user: the audit trail's actor until the clerk sets a name. */
  systemUser: string;
}

const CLERK_NAME = 'clerk.name';
const desktopOnly = (what: string) => () => {
  throw new WorkbenchError('unsupported', `${what} is available in the desktop app; in the browser use the file picker and downloads.`);
};

/** The API implementation every host serves: one handler per contract method. */
export function createWorkbench(deps: WorkbenchDeps): Handlers {
  const { store, review, records, decrees } = deps;
  const actor = () => store.settings.get(CLERK_NAME) ?? deps.systemUser;
  const settings = () => ({
    clerkName: store.settings.get(CLERK_NAME) ?? null,
    systemUser: deps.systemUser,
    decreeDefaults: decrees.defaults(),
  });
  /** The document's summary (no text): enough to check it exists and to name it. */
  const requireDocument = (id: number) => {
    const doc = store.documents.summary(id);
    if (!doc) throw new WorkbenchError('not_found', `Document ${id} does not exist.`);
    return doc;
  };

  return {
    'app.info': () => ({ version: deps.version, dataDir: deps.dataDir, schemaVersion: store.schemaVersion(), actor: actor() }),

    'documents.list': ({ record, ...rest }) =>
      store.documents.list({
        ...rest,
        ...(record ? { record: { type: record.type, keys: records.keysOf(record.type, record.key) } } : {}),
      }),
    'documents.counts': ({ record, ...rest }) =>
      store.documents.counts({
        ...rest,
        ...(record ? { record: { type: record.type, keys: records.keysOf(record.type, record.key) } } : {}),
      }),

    'documents.get': ({ id }) => {
      const found = store.documents.get(id);
      if (!found) throw new WorkbenchError('not_found', `Document ${id} does not exist.`);
      const { contentHash: _hash, ...doc } = found;
      return {
        ...doc,
        pages: store.documents.pageLayout(id),
        entities: store.entities.listByDocument(id),
        decreeRecord: store.decrees.get(id) ?? null,
        canUndo: store.reviewEvents.lastUndoableBatch(id) !== undefined,
        canRedo: store.reviewEvents.lastRedoableBatch(id) !== undefined,
      };
    },

    'documents.page': ({ id, pageNo }) => deps.pageImages.get(id, pageNo),

    'documents.setStatus': ({ id, status }) => review.setDocumentStatus(id, status),

    'documents.delete': ({ id }) => {
      const doc = requireDocument(id);
      store.transaction(() => {
        store.documents.trash(id, new Date().toISOString());
        review.audit(id, 'document.delete', { name: doc.name, status: doc.status }, { trashed: true });
      });
      return { id };
    },

    'documents.restore': ({ id }) => {
      requireDocument(id);
      store.transaction(() => {
        store.documents.restore(id);
        review.audit(id, 'document.restore', { trashed: true }, { trashed: false });
      });
      return { id };
    },

    'trash.empty': () => {
      const ids = store.documents.trashedIds();
      const hashes = store.transaction(() =>
        ids.map((id) => {
          const name = store.documents.original(id)?.name;
          const hash = store.documents.purge(id);
          review.audit(id, 'document.purge', { name }, null);
          return hash;
        }),
      );
      // Originals and their page images go once no document refers to them (the database commit came first).
      const unused = [...new Set(hashes)].filter((hash): hash is string => Boolean(hash) && !store.documents.hashInUse(hash!));
      for (const hash of unused) deps.originals.remove(hash);
      deps.pageImages.forget(unused);
      return { purged: ids.length };
    },

    'documents.reocr': ({ id, lang }) => ({ jobId: deps.importer.reocr(id, lang).jobId }),

    'documents.history': ({ id }) => {
      requireDocument(id);
      return { events: store.reviewEvents.history(id) };
    },

    'entities.review': ({ id, action }) => review.review(id, action),
    'entities.edit': ({ id, normalized, attributes }) => review.edit(id, { normalized, attributes }),
    'entities.add': (args) => review.add(args),
    'entities.acceptAbove': ({ documentId, threshold }) => review.acceptAbove(documentId, threshold),
    'entities.bulkReview': ({ documentId, action, ids, scope }) => review.bulkReview(documentId, action, ids, scope),
    'entities.resize': ({ id, start, end }) => review.resize(id, start, end),
    'review.undo': ({ documentId }) => review.undo(documentId),
    'review.redo': ({ documentId }) => review.redo(documentId),

    'records.list': (args) => ({ items: records.list(args) }),
    'records.merge': ({ type, from, into }) => {
      records.merge(type, from, into);
      return { ok: true as const };
    },
    'records.split': ({ type, key }) => {
      records.split(type, key);
      return { ok: true as const };
    },

    'export.run': ({ format, dir, includePending }) => {
      const { files, ...counts } = buildExport(store, records.resolver(), decrees.defaults(), format, includePending);
      return { files: writeExport(dir, files), ...counts };
    },
    'export.dataset': ({ dir, overwrite, withOriginals, format, ...filter }) =>
      writeDataset(store, records.resolver(), {
        dir,
        overwrite,
        filter,
        format,
        version: deps.version,
        now: new Date(),
        originals: withOriginals ? { originalPath: deps.originals.pathOf } : undefined,
        particulars: (ids) => decreeParticulars(store, ids),
      }),
    'import.dataset': ({ dir }) => {
      const dataset = readDataset(dir);
      const incoming = dataset.documents.map(({ originalPath, ...doc }) => ({
        ...doc,
        original: originalPath ? () => readFileSync(originalPath) : undefined,
      }));
      const context = { source: dataset.dir, actor: actor(), now: new Date().toISOString(), putOriginal: deps.originals.put };
      const { changed, ...outcome } = mergeIntoLibrary(store, incoming, context);
      for (const id of changed) deps.events?.emit('document.updated', { id });
      return { dir: dataset.dir, ...outcome };
    },
    'import.results': async ({ files }) => {
      const { changed, ...outcome } = await mergeResultsFiles(store, files, {
        actor: actor(),
        now: new Date().toISOString(),
        putOriginal: deps.originals.put,
      });
      for (const id of changed) deps.events?.emit('document.updated', { id });
      return outcome;
    },
    'export.build': ({ format, includePending }) => {
      const { files, ...counts } = buildExport(store, records.resolver(), decrees.defaults(), format, includePending);
      const encoder = new TextEncoder();
      return { files: files.map((f) => ({ name: f.name, bytes: encoder.encode(f.content) })), ...counts };
    },

    ...decreeHandlers(decrees, store),

    'settings.get': () => settings(),
    'settings.set': ({ clerkName }) => {
      const before = settings().clerkName;
      store.transaction(() => {
        if (clerkName) store.settings.set(CLERK_NAME, clerkName);
        else store.settings.remove(CLERK_NAME);
        review.audit(null, 'settings.clerkName', { clerkName: before }, { clerkName: clerkName || null });
      });
      return settings();
    },

    'dialog.openFiles': desktopOnly('The system file dialog'),
    'dialog.chooseFolder': desktopOnly('The system folder dialog'),

    'import.stage': ({ bytes }) => {
      if (bytes.byteLength > deps.staging.maxBytes)
        throw new WorkbenchError('unsupported_file', new UploadTooLargeError(deps.staging.maxBytes).message);
      return { stagedId: deps.staging.put(bytes) };
    },
    'import.start': async (args) => ({ jobId: (await deps.importer.start(args)).jobId }),
    'import.cancel': ({ jobId }) => ({ cancelled: deps.importer.cancel(jobId) }),
    'import.retry': ({ jobId }) => ({ jobId: deps.importer.retry(jobId).jobId }),

    'import.job': ({ jobId }) => {
      const job = jobView(store, jobId);
      if (!job) throw new WorkbenchError('not_found', `Import job ${jobId} does not exist.`);
      return job;
    },
    'import.jobs': ({ limit }) => ({ jobs: store.importJobs.recentJobIds(limit).map((id) => jobView(store, id)!) }),

    'import.summary': ({ jobId }) => {
      if (!store.importJobs.job(jobId)) throw new WorkbenchError('not_found', `Import job ${jobId} does not exist.`);
      return deps.importer.summary(jobId);
    },
  };
}

function jobView(store: Store, jobId: number) {
  const job = store.importJobs.job(jobId);
  if (!job) return undefined;
  return {
    id: job.id,
    status: job.status,
    createdAt: job.createdAt,
    finishedAt: job.finishedAt,
    ocr: job.ocr,
    retriedBy: job.retriedBy,
    items: store.importJobs.items(jobId).map((i) => ({
      file: i.file,
      sourcePath: i.sourcePath,
      status: i.status,
      documentId: i.documentId,
      error: i.error,
      retryable: isRetryable(i),
    })),
  };
}

/** The documents table's decree columns, from each stored decree record (the clerk's edits included). */
function decreeParticulars(store: Store, ids: readonly number[]): Map<number, DocumentParticulars> {
  const out = new Map<number, DocumentParticulars>();
  for (const id of ids) {
    const record = store.decrees.get(id);
    if (!record) continue;
    const { kind, number, year } = record.fields;
    out.set(id, {
      kind: typeof kind.value === 'string' ? kind.value : null,
      number: typeof number.value === 'string' ? number.value : null,
      year: typeof year.value === 'number' ? year.value : null,
    });
  }
  return out;
}
