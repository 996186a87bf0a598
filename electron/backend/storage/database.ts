import BetterSqlite3 from 'better-sqlite3';
import type { Database } from 'better-sqlite3';
import { existsSync, mkdirSync, renameSync, rmSync, statSync, accessSync, constants } from 'node:fs';
import { dirname, join } from 'node:path';
import { WorkbenchError } from '../../../shared/contract/errors.ts';
import { migrations as appMigrations } from './migrations/index.ts';
import type { Migration } from './migrations/index.ts';
import { applyMigrations, planMigrations } from './migrate.ts';

export const DATABASE_FILE = 'lontar.sqlite';

export interface OpenDatabaseOptions {
  /** Where automatic pre-migration backups go; default: `backups/` beside the database. */
  backupDir?: string;
  clock?: () => Date;
  /** The migration list; tests pass their own to exercise upgrades. */
  migrations?: readonly Migration[];
}

/**
 * Opens (or creates) the library database: WAL, foreign keys, migrations. Refuses, with a
 * message a clerk can act on, a database that is read-only, not a database, or newer than
 * this app — without modifying it.
 */
export function openDatabase(file: string, options: OpenDatabaseOptions = {}): Database {
  const existed = existsSync(file);
  if (existed) assertWritable(file);
  else mkdirSync(dirname(file), { recursive: true });

  let db: Database;
  try {
    db = new BetterSqlite3(file, { fileMustExist: false });
  } catch (error) {
    throw unavailable(file, error);
  }
  try {
    // Read the version before anything writes: a corrupt or foreign file fails here, untouched.
    const plan = planMigrations(db, options.migrations ?? appMigrations);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    if (plan.pending.length > 0 && plan.current > 0) {
      backupDatabase(db, join(options.backupDir ?? join(dirname(file), 'backups'), backupName(plan.current, options.clock)));
    }
    applyMigrations(db, plan, options.clock);
    return db;
  } catch (error) {
    db.close();
    if (error instanceof WorkbenchError) throw error;
    throw unavailable(file, error);
  }
}

/**
 * A consistent copy of a live database (VACUUM INTO works under concurrent readers and WAL).
 * Refuses to overwrite an existing file: a backup must never destroy another backup.
 */
export function backupDatabase(db: Database, target: string): void {
  if (existsSync(target)) {
    throw new WorkbenchError('conflict', `Backup not written: ${target} already exists.`);
  }
  mkdirSync(dirname(target), { recursive: true });
  const partial = `${target}.partial`;
  rmSync(partial, { force: true });
  db.prepare('VACUUM INTO ?').run(partial);
  renameSync(partial, target);
}

function backupName(version: number, clock: (() => Date) | undefined): string {
  const stamp = (clock ?? (() => new Date()))().toISOString().replace(/[:.]/g, '-');
  return `lontar-schema${version}-${stamp}.sqlite`;
}

function assertWritable(file: string): void {
  const stat = statSync(file);
  if (!stat.isFile()) throw new WorkbenchError('database_unavailable', `The library path ${file} is not a file.`);
  // Mode bits too: as root, access() says yes to a file its owner marked read-only.
  let writable = (stat.mode & 0o222) !== 0;
  try {
    accessSync(file, constants.W_OK);
  } catch {
    writable = false;
  }
  if (!writable) {
    throw new WorkbenchError(
      'database_unavailable',
      `The library database ${file} is read-only. Make it writable or point LONTAR_DATA_DIR elsewhere.`,
    );
  }
}

function unavailable(file: string, error: unknown): WorkbenchError {
  const reason = error instanceof Error ? error.message : String(error);
  if (/not a database|malformed|file is encrypted/i.test(reason)) {
    return new WorkbenchError(
      'database_unavailable',
      `The library database ${file} is damaged or not a Lontar database (${reason}). It was not changed; restore a backup.`,
    );
  }
  if (/readonly|read-only/i.test(reason)) {
    return new WorkbenchError('database_unavailable', `The library database ${file} is read-only (${reason}).`);
  }
  return new WorkbenchError('database_unavailable', `Could not open the library database ${file}: ${reason}`);
}
