import type { Database } from 'better-sqlite3';
import { WorkbenchError } from '../../../shared/contract/errors.ts';
import type { Migration } from './migrations/index.ts';

export interface MigrationPlan {
  current: number;
  pending: Migration[];
}

/** Reads the schema version and refuses a database written by a newer Lontar. */
export function planMigrations(db: Database, migrations: readonly Migration[]): MigrationPlan {
  const current = db.pragma('user_version', { simple: true }) as number;
  const latest = Math.max(0, ...migrations.map((m) => m.version));
  if (current > latest) {
    throw new WorkbenchError(
      'database_too_new',
      `This library was saved by a newer version of Lontar (schema ${current}; this version knows up to ${latest}). ` +
        'Update Lontar to open it. Nothing was changed.',
    );
  }
  return { current, pending: migrations.filter((m) => m.version > current) };
}

/**
 * Applies pending migrations, each in its own transaction together with its version bump, so a
 * failure leaves the database at the last good version.
 */
export function applyMigrations(db: Database, pending: readonly Migration[]): void {
  for (const migration of pending) {
    db.transaction(() => {
      db.exec(migration.sql);
      migration.run?.(db);
      db.pragma(`user_version = ${migration.version}`);
    }).immediate();
  }
}
