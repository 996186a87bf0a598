import type { Handlers } from '../../shared/contract/dispatch.ts';
import { WorkbenchError } from '../../shared/contract/errors.ts';
import type { Store } from './storage/store.ts';
import type { StagingStore } from './storage/file-store.ts';
import type { Importer } from './pipeline/import-job.ts';

export interface WorkbenchDeps {
  store: Store;
  staging: StagingStore;
  importer: Importer;
  dataDir: string;
  version: string;
  /** Who the audit trail names: the clerk's name from settings, else the system user. */
  systemUser: string;
}

/** The API implementation every host serves: one handler per contract method. */
export function createWorkbench(deps: WorkbenchDeps): Handlers {
  const { store } = deps;
  const actor = () => store.settings.get('clerk.name') ?? deps.systemUser;

  return {
    'app.info': () => ({
      version: deps.version,
      dataDir: deps.dataDir,
      schemaVersion: store.schemaVersion(),
      actor: actor(),
    }),

    'documents.list': (args) => store.documents.list(args),

    'documents.get': ({ id }) => {
      const doc = store.documents.get(id);
      if (!doc) throw new WorkbenchError('not_found', `Document ${id} does not exist.`);
      const { contentHash: _hash, ...rest } = doc;
      return {
        ...rest,
        pages: store.documents.pages(id).map(({ wordsJson: _words, text: _text, ...page }) => page),
        entities: store.entities.listByDocument(id),
      };
    },

    'import.stage': ({ bytes }) => ({ stagedId: deps.staging.put(bytes) }),

    'import.start': (args) => ({ jobId: deps.importer.start(args).jobId }),

    'import.cancel': ({ jobId }) => ({ cancelled: deps.importer.cancel(jobId) }),

    'import.job': ({ jobId }) => {
      const job = store.importJobs.job(jobId);
      if (!job) throw new WorkbenchError('not_found', `Import job ${jobId} does not exist.`);
      return {
        id: job.id, status: job.status, createdAt: job.createdAt, finishedAt: job.finishedAt, ocr: job.ocr,
        items: store.importJobs.items(jobId).map((i) => ({
          file: i.file, sourcePath: i.sourcePath, status: i.status, documentId: i.documentId, error: i.error,
        })),
      };
    },

    'import.summary': ({ jobId }) => {
      if (!store.importJobs.job(jobId)) throw new WorkbenchError('not_found', `Import job ${jobId} does not exist.`);
      return deps.importer.summary(jobId);
    },
  };
}
