// A province-sized library: 100,000 generated articles of about 3 KB with about 36 entities each,
// written through the repositories (no extraction) as a bulk load: secondary indexes and the
// insert triggers set aside while the rows go in, then recreated from the schema's own SQL, the
// full-text index filled by FTS5 in one pass (see buildLibrary). Then what a clerk does on it,
// through the backend's handlers: a list page, a full-text search, a filter by record, the counts
// on the library's filters (with no filter and with one), opening a document, and the first row
// of a dataset export (what it reads before writing it: its first page of documents and their
// entities). Each query's figure is the median of 5 runs after one warm-up. The library is built
// at the schema version before the latest, so opening it applies the latest migration (with its
// backup) on 100,000 documents: `migrateMs`.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBackend } from '../../electron/backend/backend.ts';
import type { Backend } from '../../electron/backend/backend.ts';
import { backupDatabase, DATABASE_FILE, openDatabase } from '../../electron/backend/storage/database.ts';
import { migrations } from '../../electron/backend/storage/migrations/index.ts';
import { backfillDocumentEntityTypes } from '../../electron/backend/storage/migrations/0007-document-entity-types.ts';
import { createStore } from '../../electron/backend/storage/store.ts';
import type { Store } from '../../electron/backend/storage/store.ts';
import type { Database } from 'better-sqlite3';
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
  /** A word in every document: the list's first page and its total, then the counts on its filters. */
  broadSearchMs: number;
  broadSearchCountsMs: number;
  filterMs: number;
  /** The counts on the library's filters, with no filter and with one (an entity type). */
  countsMs: number;
  countsFilteredMs: number;
  openMs: number;
  exportStartMs: number;
  databaseMb: number;
}

const BATCH = 5_000;

/**
 * The insert triggers a bulk load goes without, each with the one statement that does all their
 * work at the end: FTS5 reads every document's title and text again ('rebuild'), and the
 * migration's own backfill fills the entity-type summary. Only insert triggers: a load of new rows
 * never fires the others.
 */
const DEFERRED_TRIGGERS: Record<string, string> = {
  documents_fts_insert: "INSERT INTO documents_fts(documents_fts) VALUES ('rebuild')",
  document_entity_types_insert: backfillDocumentEntityTypes,
};

/**
 * What a bulk load goes without and puts back after it: the secondary indexes of documents and
 * entities, and the insert triggers above, as the migrations created them (their SQL read from
 * sqlite_master, so the library ends with exactly the schema's definitions). An index built once
 * by sorting, and a full-text index filled in one pass, cost a fraction of keeping them up to
 * date row by row, the entity indexes in random order.
 */
function deferredSchema(db: Database): Array<{ type: string; name: string; sql: string }> {
  return db
    .prepare(
      `SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND tbl_name IN ('documents', 'entities')
         AND (type = 'index' OR (type = 'trigger' AND name IN (SELECT value FROM json_each(?)))) ORDER BY type, name`,
    )
    .all(JSON.stringify(Object.keys(DEFERRED_TRIGGERS))) as Array<{ type: string; name: string; sql: string }>;
}

/** Writes generated articles `from`..`to` and their entities, as an import would; returns the entities written. */
export function insertArticles(store: Store, from: number, to: number): number {
  const at = new Date('2025-01-01T00:00:00Z');
  let entities = 0;
  for (let n = from; n <= to; n++) {
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
  return entities;
}

/**
 * Writes `documents` generated articles and their entities into a library at schema `version`,
 * through the repositories (the rows an import would write). A throwaway file, so built the fast
 * way: no rollback journal and no fsync while loading, secondary indexes and full-text triggers
 * dropped during the load and recreated from their own SQL after it, the full-text index filled
 * by FTS5's 'rebuild' from the documents' titles and texts (what the triggers would have put in).
 * Built at the latest schema too (a test does), the entity-type summary is filled by its
 * migration's backfill.
 */
export function buildLibrary(dataDir: string, documents: number, version: number, log: (line: string) => void): number {
  const db = openDatabase(join(dataDir, DATABASE_FILE), { migrations: migrations.filter((m) => m.version <= version) });
  const deferred = deferredSchema(db);
  db.pragma('journal_mode = OFF');
  db.pragma('synchronous = OFF');
  db.pragma('cache_size = -262144');
  // Recreating an index sorts its entries: with helper threads, on every core.
  db.pragma('threads = 2');
  for (const d of deferred) db.exec(`DROP ${d.type.toUpperCase()} ${d.name}`);
  const store = createStore(db);
  let entities = 0;
  try {
    let started = performance.now();
    // A transaction per batch: what is written is flushed at each commit, not held in memory.
    for (let from = 1; from <= documents; from += BATCH) {
      const to = Math.min(from + BATCH - 1, documents);
      entities += store.transaction(() => insertArticles(store, from, to));
      if ((from - 1) % 20_000 === 0) log(`  ${to} documents`);
    }
    const lap = (what: string) => {
      log(`  ${what}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
      started = performance.now();
    };
    lap('rows');
    store.transaction(() => {
      for (const d of deferred.filter((d) => d.type === 'index')) db.exec(d.sql);
    });
    lap('indexes');
    store.transaction(() => {
      for (const d of deferred.filter((d) => d.type === 'trigger')) {
        db.exec(DEFERRED_TRIGGERS[d.name]!);
        db.exec(d.sql);
      }
    });
    lap('full-text index and summaries');
    db.pragma('journal_mode = WAL');
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
      // A word every generated article holds: the search whose total and counts cover the whole library.
      const broad = { query: 'pelayanan' };
      const broadSearch = await median(() => call(backend, 'documents.list', { ...broad, limit: 50, offset: 0 }));
      const broadSearchCounts = await median(() => call(backend, 'documents.counts', broad));
      // A decree cited by a few dozen documents: the filter a clerk uses to find them.
      const key = recordKey(someDecree.type, someDecree.normalized, someDecree.attributes);
      const filter = await median(() => call(backend, 'documents.list', { record: { type: 'decree', key }, limit: 50, offset: 0 }));
      const counts = await median(() => call(backend, 'documents.counts', {}));
      const countsFiltered = await median(() => call(backend, 'documents.counts', { entityType: 'decree' }));
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
        broadSearchMs: broadSearch,
        broadSearchCountsMs: broadSearchCounts,
        filterMs: filter,
        countsMs: counts,
        countsFilteredMs: countsFiltered,
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
