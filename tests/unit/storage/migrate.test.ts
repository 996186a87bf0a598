import BetterSqlite3 from 'better-sqlite3';
import type { Database } from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { applyMigrations, checkMigrationList, planMigrations } from '../../../electron/backend/storage/migrate.ts';
import { migrations as appMigrations } from '../../../electron/backend/storage/migrations/index.ts';
import type { Migration } from '../../../electron/backend/storage/migrations/index.ts';
import { WorkbenchError } from '../../../shared/contract/errors.ts';

const m = (version: number, name: string, sql = `CREATE TABLE t${version} (a);`): Migration => ({ version, name, sql });
const three = [m(1, 'one'), m(2, 'two'), m(3, 'three')];
const open: Database[] = [];
const memory = () => {
  const db = new BetterSqlite3(':memory:');
  open.push(db);
  return db;
};
afterEach(() => {
  for (const db of open.splice(0)) db.close();
});

function failure(fn: () => unknown): WorkbenchError {
  try {
    fn();
  } catch (error) {
    if (error instanceof WorkbenchError) return error;
    throw error;
  }
  throw new Error('expected a WorkbenchError');
}

const migrate = (db: Database, list: readonly Migration[]) =>
  applyMigrations(db, planMigrations(db, list), () => new Date('2026-01-02T03:04:05Z'));
const ledger = (db: Database) => db.prepare('SELECT version, name, applied_at AS at FROM schema_migrations ORDER BY version').all();

describe('migration list', () => {
  it("accepts the app's own list and any list numbered 1, 2, 3…", () => {
    expect(() => checkMigrationList(appMigrations)).not.toThrow();
    expect(() => checkMigrationList(three)).not.toThrow();
    expect(() => checkMigrationList([])).not.toThrow();
  });

  it('refuses a gap, naming the migration after it', () => {
    const error = failure(() => checkMigrationList([m(1, 'one'), m(3, 'three')]));
    expect(error.code).toBe('internal');
    expect(error.message).toBe(
      "Migrations must be numbered 1, 2, 3… without gaps or repeats: 'three' is numbered 3 after version 1, expected 2.",
    );
  });

  it('refuses a repeated number, a list out of order, one not starting at 1, and a repeated name', () => {
    expect(failure(() => checkMigrationList([m(1, 'one'), m(2, 'two'), m(2, 'other')])).message).toMatch(
      /'other' is numbered 2 after version 2, expected 3/,
    );
    expect(failure(() => checkMigrationList([m(2, 'two'), m(1, 'one')])).message).toMatch(
      /'two' is numbered 2 after the start, expected 1/,
    );
    expect(failure(() => checkMigrationList([m(1, 'one'), m(2, 'one')])).message).toBe("Migration 2 needs a name of its own (got 'one').");
  });

  it('is checked before a library is read or changed', () => {
    const db = memory();
    expect(() => migrate(db, [m(1, 'one'), m(3, 'three')])).toThrow(/without gaps/);
    expect(db.pragma('user_version', { simple: true })).toBe(0);
    expect(db.prepare('SELECT count(*) FROM sqlite_master').pluck().get()).toBe(0);
  });
});

describe('applied migrations against the files', () => {
  it('records each migration it applies, with the version bump', () => {
    const db = memory();
    migrate(db, three.slice(0, 2));
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    migrate(db, three);
    expect(db.pragma('user_version', { simple: true })).toBe(3);
    const at = '2026-01-02T03:04:05.000Z';
    expect(ledger(db)).toEqual([
      { version: 1, name: 'one', at },
      { version: 2, name: 'two', at },
      { version: 3, name: 'three', at },
    ]);
    expect(planMigrations(db, three)).toEqual({ current: 3, pending: [], unrecorded: [] });
  });

  it('refuses a library whose applied migrations are not these files, without changing it', () => {
    const db = memory();
    migrate(db, three.slice(0, 2));
    const renamed = [m(1, 'one'), m(2, 'two-from-another-branch'), m(3, 'three')];
    const error = failure(() => migrate(db, renamed));
    expect(error.code).toBe('database_unavailable');
    expect(error.message).toBe(
      "This library's migrations (1 one, 2 two) are not the ones this version of Lontar has up to schema 2 (1 one, 2 two-from-another-branch). " +
        'It was upgraded by a different build; nothing was changed.',
    );
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 't3'").pluck().get()).toBe(0);
  });

  it('refuses a ledger that lost or gained a row against the schema version', () => {
    const lost = memory();
    migrate(lost, three);
    lost.prepare('DELETE FROM schema_migrations WHERE version = 2').run();
    expect(failure(() => planMigrations(lost, three)).message).toMatch(
      /migrations \(1 one, 3 three\) are not the ones .* up to schema 3 \(1 one, 2 two, 3 three\)/,
    );

    const gained = memory();
    migrate(gained, three.slice(0, 2));
    gained.prepare("INSERT INTO schema_migrations (version, name) VALUES (3, 'three')").run();
    expect(failure(() => planMigrations(gained, three)).message).toMatch(
      /migrations \(1 one, 2 two, 3 three\) are not the ones .* up to schema 2 \(1 one, 2 two\)/,
    );
  });

  it('refuses a library newer than the files before looking further', () => {
    const db = memory();
    migrate(db, three);
    expect(failure(() => planMigrations(db, three.slice(0, 2))).code).toBe('database_too_new');
  });

  it('writes the ledger of a library from before it, from its schema version, then goes on', () => {
    const db = memory();
    db.exec('CREATE TABLE t1 (a); CREATE TABLE t2 (a);');
    db.pragma('user_version = 2');
    const plan = planMigrations(db, three);
    expect(plan).toEqual({ current: 2, pending: [three[2]], unrecorded: three.slice(0, 2) });
    applyMigrations(db, plan, () => new Date('2026-01-02T03:04:05Z'));
    expect(ledger(db)).toEqual([
      { version: 1, name: 'one', at: null },
      { version: 2, name: 'two', at: null },
      { version: 3, name: 'three', at: '2026-01-02T03:04:05.000Z' },
    ]);
  });

  it('rolls a failed migration back with its ledger row', () => {
    const db = memory();
    migrate(db, three.slice(0, 2));
    expect(() => migrate(db, [...three.slice(0, 2), m(3, 'broken', 'CREATE TABLE t3 (a); SELECT * FROM missing;')])).toThrow(
      /no such table/,
    );
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    expect(ledger(db).map((r) => (r as { name: string }).name)).toEqual(['one', 'two']);
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 't3'").pluck().get()).toBe(0);
  });
});
