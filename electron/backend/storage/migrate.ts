import type { Database } from 'better-sqlite3';
import { WorkbenchError } from '../../../shared/contract/errors.ts';
import type { Migration } from './migrations/index.ts';

export interface MigrationPlan {
  current: number;
  pending: Migration[];
  /** Migrations a library from before the ledger applied, to be written into it (versions 1..current). */
  unrecorded: Migration[];
}

/**
 * Which migrations a library has had, by number and name, written by the runner in the same
 * transaction as each migration. `user_version` alone says how many ran, not which.
 */
const LEDGER = 'schema_migrations';
const LEDGER_SQL = `CREATE TABLE IF NOT EXISTS ${LEDGER} (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT)`;

/**
 * The list must be numbered 1, 2, 3… in order, each name once: a gap (a migration lost in a
 * merge) or a repeat (two branches both adding the same number) stops the app before any library
 * is touched.
 */
export function checkMigrationList(migrations: readonly Migration[]): void {
  const names = new Set<string>();
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) {
      const previous = i === 0 ? 'the start' : `version ${migrations[i - 1]!.version}`;
      throw new WorkbenchError(
        'internal',
        `Migrations must be numbered 1, 2, 3… without gaps or repeats: '${m.name}' is numbered ${m.version} after ${previous}, expected ${i + 1}.`,
      );
    }
    if (!m.name || names.has(m.name))
      throw new WorkbenchError('internal', `Migration ${m.version} needs a name of its own (got '${m.name}').`);
    names.add(m.name);
  });
}

function ledger(db: Database): Array<{ version: number; name: string }> | null {
  const exists = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(LEDGER);
  return exists
    ? (db.prepare(`SELECT version, name FROM ${LEDGER} ORDER BY version`).all() as Array<{ version: number; name: string }>)
    : null;
}

/**
 * Reads the schema version and what the library says it has applied; refuses a database written
 * by a newer Lontar, or one whose applied migrations are not this build's files 1..version. Reads only.
 */
export function planMigrations(db: Database, migrations: readonly Migration[]): MigrationPlan {
  checkMigrationList(migrations);
  const current = db.pragma('user_version', { simple: true }) as number;
  const latest = migrations.length;
  if (current > latest) {
    throw new WorkbenchError(
      'database_too_new',
      `This library was saved by a newer version of Lontar (schema ${current}; this version knows up to ${latest}). ` +
        'Update Lontar to open it. Nothing was changed.',
    );
  }
  const applied = ledger(db);
  const expected = migrations.slice(0, current);
  if (applied) {
    const describe = (list: ReadonlyArray<{ version: number; name: string }>) =>
      list.map((m) => `${m.version} ${m.name}`).join(', ') || 'none';
    const matches =
      applied.length === expected.length && applied.every((m, i) => m.version === expected[i]!.version && m.name === expected[i]!.name);
    if (!matches) {
      throw new WorkbenchError(
        'database_unavailable',
        `This library's migrations (${describe(applied)}) are not the ones this version of Lontar has up to schema ${current} ` +
          `(${describe(expected)}). It was upgraded by a different build; nothing was changed.`,
      );
    }
  }
  return { current, pending: migrations.slice(current), unrecorded: applied ? [] : expected };
}

/**
 * Applies pending migrations, each in its own transaction together with its version bump and its
 * ledger row, so a failure leaves the database at the last good version. A library from before
 * the ledger first gets rows for what it already has.
 */
export function applyMigrations(
  db: Database,
  plan: Pick<MigrationPlan, 'pending' | 'unrecorded'>,
  clock: () => Date = () => new Date(),
): void {
  const record = (m: Migration, at: string | null) =>
    db.prepare(`INSERT INTO ${LEDGER} (version, name, applied_at) VALUES (?, ?, ?)`).run(m.version, m.name, at);
  if (plan.unrecorded.length > 0 || plan.pending.length > 0) {
    db.transaction(() => {
      db.exec(LEDGER_SQL);
      // When those ran is not known.
      for (const m of plan.unrecorded) record(m, null);
    }).immediate();
  }
  for (const migration of plan.pending) {
    db.transaction(() => {
      db.exec(migration.sql);
      migration.run?.(db);
      record(migration, clock().toISOString());
      db.pragma(`user_version = ${migration.version}`);
    }).immediate();
  }
}
