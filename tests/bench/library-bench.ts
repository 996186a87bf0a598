// A province-sized library: 100,000 generated articles of about 3 KB with about 30 entities each,
// written through the repositories in one transaction (no extraction), full texts indexed by
// FTS5 through the schema's triggers. Then what a clerk does on it, through the backend's
// handlers: a list page, a full-text search, a filter by record, opening a document, and the
// first row of a dataset export (what it reads before writing it: its first page of documents and
// their entities). Each query's
// figure is the median of 5 runs after one warm-up. The library is built at the schema version
// before the latest, so opening it applies the latest migration (with its backup) on 100,000
// documents: `migrateMs`.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBackend } from '../../electron/backend/backend.ts';
import type { Backend } from '../../electron/backend/backend.ts';
import { backupDatabase, DATABASE_FILE, openDatabase } from '../../electron/backend/storage/database.ts';
import { migrations } from '../../electron/backend/storage/migrations/index.ts';
import { createStore } from '../../electron/backend/storage/store.ts';
import { FIRST_PAGE } from '../../electron/backend/export/dataset/write-dataset.ts';
import { recordKey } from '../../shared/records/record-key.ts';
import { dispatch } from '../../shared/contract/dispatch.ts';
import type { MethodName } from '../../shared/contract/api.ts';
import { plainTextParts } from '../helpers/plain-text-parts.ts';
import { generateArticle } from './generated-articles.ts';

export interface LibraryFigures {
  documents: number;
  entities: number;
  buildSeconds: number;
  migrateMs: number;
  /** Of which the backup taken before a migration (VACUUM INTO), measured again on its own. */
  backupMs: number;
  listMs: number;
  searchMs: number;
  filterMs: number;
  openMs: number;
  exportStartMs: number;
  databaseMb: number;
}

const BATCH = 5_000;

/** Writes `documents` generated articles and their entities into a library at schema `version`. */
export function buildLibrary(dataDir: string, documents: number, version: number, log: (line: string) => void): number {
  const db = openDatabase(join(dataDir, DATABASE_FILE), { migrations: migrations.filter((m) => m.version <= version) });
  // A generous page cache while building: the entity indexes are written in random order.
  db.pragma('cache_size = -262144');
  const store = createStore(db);
  const at = new Date('2025-01-01T00:00:00Z');
  let entities = 0;
  try {
    // One transaction per batch of 5,000 (one for all would hold a 1.5 GB journal).
    for (let from = 1; from <= documents; from += BATCH) {
      store.transaction(() => {
        for (let n = from; n < from + BATCH && n <= documents; n++) {
          const article = generateArticle(n);
          const importedAt = new Date(at.getTime() + n * 60_000).toISOString();
          const id = store.documents.insert(
            {
              contentHash: n.toString(16).padStart(64, '0'),
              sourcePath: null,
              originalName: `artikel-${n}.txt`,
              mime: 'text/plain',
              sourceType: 'text',
              size: Buffer.byteLength(article.text),
              importedAt,
              title: article.title,
              text: article.text,
              language: 'id',
              skipped: [],
              fingerprint: null,
              nearDuplicateOf: null,
              nearDuplicateSimilarity: null,
            },
            [],
          );
          store.entities.insertExtracted(
            id,
            article.entities.map((e) => ({
              type: e.type,
              normalized: e.normalized,
              text: e.text,
              start: e.start,
              end: e.end,
              attributes: {},
              confidence: 0.9,
              rule: 'bench',
              mentions: [{ start: e.start, end: e.end, text: e.text, rule: 'bench', confidence: 0.9 }],
            })),
            importedAt,
          );
          entities += article.entities.length;
        }
      });
      if ((from - 1) % 20_000 === 0) log(`  ${Math.min(from + BATCH - 1, documents)} documents`);
    }
  } finally {
    db.close();
  }
  return entities;
}

async function median(run: () => Promise<unknown>): Promise<number> {
  await run();
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return Number(times[2]!.toFixed(1));
}

async function call(backend: Backend, method: MethodName, args: unknown): Promise<unknown> {
  const result = await dispatch(backend.handlers, method, args as never);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value;
}

export async function runLibraryBench(options: { documents?: number; log?: (line: string) => void } = {}): Promise<LibraryFigures> {
  const documents = options.documents ?? 100_000;
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const dir = mkdtempSync(join(tmpdir(), 'lontar-library-bench-'));
  try {
    const dataDir = join(dir, 'library');
    const latest = Math.max(...migrations.map((m) => m.version));
    let started = performance.now();
    const entities = buildLibrary(dataDir, documents, latest - 1, log);
    const buildSeconds = Number(((performance.now() - started) / 1000).toFixed(1));
    log(`built ${documents} documents, ${entities} entities in ${buildSeconds} s`);

    started = performance.now();
    openDatabase(join(dataDir, DATABASE_FILE)).close();
    const migrateMs = Math.round(performance.now() - started);
    const migrated = openDatabase(join(dataDir, DATABASE_FILE));
    started = performance.now();
    backupDatabase(migrated, join(dir, 'backup.sqlite'));
    const backupMs = Math.round(performance.now() - started);
    migrated.close();
    rmSync(join(dir, 'backup.sqlite'), { force: true });

    const backend = createBackend({ dataDir, version: 'bench', parts: plainTextParts(), systemUser: 'bench' });
    try {
      const db = backend.store;
      const someDecree = db.entities.listByDocument(Math.ceil(documents / 2)).find((e) => e.type === 'decree')!;
      const list = await median(() => call(backend, 'documents.list', { limit: 50, offset: 0 }));
      // A person's full name, as a clerk looks one up (in about one document of a hundred here).
      const search = await median(() => call(backend, 'documents.list', { query: 'Hendra Gunawan', limit: 50, offset: 0 }));
      // A decree cited by a few dozen documents: the filter a clerk uses to find them.
      const key = recordKey(someDecree.type, someDecree.normalized, someDecree.attributes);
      const filter = await median(() => call(backend, 'documents.list', { record: { type: 'decree', key }, limit: 50, offset: 0 }));
      const open = await median(() => call(backend, 'documents.get', { id: Math.ceil(documents * 0.73) }));
      const exportStart = await median(async () => {
        const filterAll = { includePending: true };
        const page = db.dataset.documentsPage(filterAll, 0, FIRST_PAGE);
        return db.dataset.entitiesOf(
          page.map((d) => d.id),
          filterAll,
        );
      });
      const databaseMb = Math.round(statSync(join(dataDir, DATABASE_FILE)).size / 1024 / 1024);
      return {
        documents,
        entities,
        buildSeconds,
        migrateMs,
        backupMs,
        listMs: list,
        searchMs: search,
        filterMs: filter,
        openMs: open,
        exportStartMs: exportStart,
        databaseMb,
      };
    } finally {
      await backend.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
