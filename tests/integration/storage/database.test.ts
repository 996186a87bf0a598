import { chmodSync, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/backend/storage/database.ts';
import { LATEST_SCHEMA_VERSION, migrations } from '../../../electron/backend/storage/migrations/index.ts';
import { createStore } from '../../../electron/backend/storage/store.ts';
import { WorkbenchError } from '../../../shared/contract/errors.ts';
import { useTempDirs } from '../../helpers/temp-dir.ts';

const tempDir = useTempDirs();
const digest = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

function errorOf(fn: () => unknown): WorkbenchError {
  try {
    fn();
  } catch (error) {
    if (error instanceof WorkbenchError) return error;
    throw error;
  }
  throw new Error('expected a WorkbenchError');
}

describe('openDatabase', () => {
  it('creates the schema from empty, in WAL mode with foreign keys', () => {
    const file = join(tempDir(), 'lib', 'lontar.sqlite');
    const db = openDatabase(file);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type IN ('table') ORDER BY name").pluck().all();
    expect(tables).toEqual(
      expect.arrayContaining(['documents', 'pages', 'entities', 'review_events', 'import_jobs', 'import_job_items', 'documents_fts']),
    );
    db.close();
  });

  it('keeps full-text search in step with documents', () => {
    const db = openDatabase(join(tempDir(), 'lontar.sqlite'));
    const store = createStore(db);
    const id = store.transaction(() =>
      store.documents.insert(
        {
          contentHash: 'a'.repeat(64),
          sourcePath: null,
          originalName: 'a.txt',
          mime: 'text/plain',
          sourceType: 'text',
          size: 3,
          importedAt: '2025-01-01T00:00:00.000Z',
          title: 'Penghargaan',
          text: 'Kabupaten Musi Banyuasin meraih predikat Pelayanan Prima',
          language: 'id',
          skipped: [],
          fingerprint: null,
          nearDuplicateOf: null,
          nearDuplicateSimilarity: null,
        },
        [],
      ),
    );
    expect(store.documents.list({ query: 'banyuasin', limit: 10, offset: 0 }).items.map((d) => d.id)).toEqual([id]);
    expect(store.documents.list({ query: 'pelayan', limit: 10, offset: 0 }).total).toBe(1); // prefix match
    expect(store.documents.list({ query: 'Jombang', limit: 10, offset: 0 }).total).toBe(0);
    // FTS syntax typed by a clerk is data, not a query error.
    expect(store.documents.list({ query: '"unbalanced AND (', limit: 10, offset: 0 }).total).toBe(0);
    db.prepare('DELETE FROM documents WHERE id = ?').run(id);
    expect(store.documents.list({ query: 'banyuasin', limit: 10, offset: 0 }).total).toBe(0);
    db.close();
  });

  it('refuses a database written by a newer version, without changing it', () => {
    const file = join(tempDir(), 'lontar.sqlite');
    const newer = new BetterSqlite3(file);
    newer.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 5}`);
    newer.close();
    const before = digest(file);
    const error = errorOf(() => openDatabase(file));
    expect(error.code).toBe('database_too_new');
    expect(error.message).toMatch(/newer version of Lontar/);
    expect(digest(file)).toBe(before);
    expect(existsSync(`${file}-wal`)).toBe(false);
  });

  it('refuses a damaged file without changing it', () => {
    const file = join(tempDir(), 'lontar.sqlite');
    writeFileSync(file, 'this is not a database '.repeat(200));
    const before = digest(file);
    const error = errorOf(() => openDatabase(file));
    expect(error.code).toBe('database_unavailable');
    expect(error.message).toMatch(/damaged or not a Lontar database/);
    expect(digest(file)).toBe(before);
  });

  it('refuses a read-only database file', () => {
    const file = join(tempDir(), 'lontar.sqlite');
    openDatabase(file).close();
    chmodSync(file, 0o444);
    const error = errorOf(() => openDatabase(file));
    expect(error.code).toBe('database_unavailable');
    expect(error.message).toMatch(/read-only/);
  });

  it('backs the database up before a migration runs, and migrates in a transaction', () => {
    const dir = tempDir();
    const file = join(dir, 'lontar.sqlite');
    const v1 = openDatabase(file);
    v1.prepare("INSERT INTO settings (key, value) VALUES ('clerk.name', 'Sari')").run();
    v1.close();
    const next = [...migrations, { version: LATEST_SCHEMA_VERSION + 1, name: 'test', sql: 'ALTER TABLE settings ADD COLUMN note TEXT;' }];
    const db = openDatabase(file, { migrations: next, backupDir: join(dir, 'backups') });
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION + 1);
    db.close();
    const backups = readdirSync(join(dir, 'backups'));
    expect(backups).toHaveLength(1);
    const copy = new BetterSqlite3(join(dir, 'backups', backups[0]!), { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(copy.prepare("SELECT value FROM settings WHERE key = 'clerk.name'").pluck().get()).toBe('Sari');
    copy.close();

    // A failing migration rolls back entirely and leaves the version where it was.
    const broken = [
      ...next,
      { version: LATEST_SCHEMA_VERSION + 2, name: 'broken', sql: 'CREATE TABLE x (a); SELECT * FROM no_such_table;' },
    ];
    expect(() => openDatabase(file, { migrations: broken, backupDir: join(dir, 'backups') })).toThrow();
    const after = new BetterSqlite3(file, { readonly: true });
    expect(after.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION + 1);
    expect(after.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'x'").pluck().get()).toBe(0);
    after.close();
  });

  it('backs up on demand to a new file and never overwrites one', () => {
    const dir = tempDir();
    const store = createStore(openDatabase(join(dir, 'lontar.sqlite')));
    store.settings.set('clerk.name', 'Budi');
    store.backup(join(dir, 'copy.sqlite'));
    const copy = new BetterSqlite3(join(dir, 'copy.sqlite'), { readonly: true });
    expect(copy.prepare("SELECT value FROM settings WHERE key = 'clerk.name'").pluck().get()).toBe('Budi');
    copy.close();
    expect(() => store.backup(join(dir, 'copy.sqlite'))).toThrow(/already exists/);
    store.close();
  });
});
