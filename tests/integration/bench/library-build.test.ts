import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import type { Database } from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE, openDatabase } from '../../../electron/backend/storage/database.ts';
import { LATEST_SCHEMA_VERSION, migrations } from '../../../electron/backend/storage/migrations/index.ts';
import { createStore } from '../../../electron/backend/storage/store.ts';
import { buildLibrary, insertArticles, runLibraryBench } from '../../bench/library-bench.ts';
import { useTempDirs } from '../../helpers/temp-dir.ts';

// Issue 14: the library bench builds its 100,000 documents as a bulk load (indexes and insert
// triggers set aside, then recreated). What it leaves must be the library an app writing the same
// rows one by one would have: the same schema, rows, full-text index, entity-type summary and facet rows.
const tempDir = useTempDirs();
const DOCUMENTS = 60;

/** The same articles written through the repositories with every index and trigger live. */
function rowByRow(dataDir: string, version: number): void {
  const db = openDatabase(join(dataDir, DATABASE_FILE), { migrations: migrations.filter((m) => m.version <= version) });
  const store = createStore(db);
  store.transaction(() => insertArticles(store, 1, DOCUMENTS));
  db.close();
}

function snapshot(db: Database) {
  const all = (sql: string) => db.prepare(sql).all();
  const search = (words: string) =>
    db.prepare('SELECT rowid FROM documents_fts WHERE documents_fts MATCH ? ORDER BY rowid').pluck().all(words);
  const has = (table: string) => db.prepare('SELECT 1 FROM sqlite_master WHERE name = ?').get(table) !== undefined;
  return {
    schema: all("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name"),
    documents: all('SELECT * FROM documents ORDER BY id'),
    entities: all('SELECT * FROM entities ORDER BY id'),
    summary: has('document_entity_types') ? all('SELECT * FROM document_entity_types ORDER BY document_id, type') : null,
    facets: has('document_facets') ? all('SELECT * FROM document_facets ORDER BY document_id') : null,
    searches: ['Gunawan', '"Dinas Sosial"', 'Palembang', 'Peraturan Bupati', 'kinerja'].map(search),
  };
}

describe('the library bench build', () => {
  for (const version of [LATEST_SCHEMA_VERSION - 1, LATEST_SCHEMA_VERSION]) {
    it(`leaves what writing row by row leaves, at schema ${version}`, () => {
      const dir = tempDir();
      const entities = buildLibrary(join(dir, 'bulk'), DOCUMENTS, version, () => {});
      rowByRow(join(dir, 'reference'), version);
      const bulk = new BetterSqlite3(join(dir, 'bulk', DATABASE_FILE));
      const reference = new BetterSqlite3(join(dir, 'reference', DATABASE_FILE));
      try {
        const built = snapshot(bulk);
        expect(built.entities).toHaveLength(entities);
        expect(built.searches.every((ids) => ids.length > 0)).toBe(true);
        expect(built).toEqual(snapshot(reference));
        if (version === LATEST_SCHEMA_VERSION) {
          expect(built.summary).toHaveLength(DOCUMENTS * 6);
          expect(built.facets).toHaveLength(DOCUMENTS);
          expect(built.facets!.every((row) => (row as { entity_types: number }).entity_types === 63)).toBe(true);
        }
        // FTS5 checks its index against the documents' titles and texts (rank 1: the content table too).
        expect(() => bulk.prepare("INSERT INTO documents_fts(documents_fts, rank) VALUES ('integrity-check', 1)").run()).not.toThrow();
        expect(bulk.pragma('journal_mode', { simple: true })).toBe('wal');
        expect(bulk.pragma('user_version', { simple: true })).toBe(version);
        expect(bulk.pragma('integrity_check', { simple: true })).toBe('ok');
      } finally {
        bulk.close();
        reference.close();
      }
    });
  }

  it('runs end to end on a few hundred documents, migrating the library it built, and reports every figure', async () => {
    const figures = await runLibraryBench({ documents: 300, log: () => {} });
    expect(figures).toMatchObject({ documents: 300, entities: expect.any(Number) });
    expect(figures.entities).toBeGreaterThan(300 * 20);
    for (const [name, value] of Object.entries(figures)) expect([name, Number.isFinite(value) && value >= 0]).toEqual([name, true]);
  });
});
