import { sql as init } from './0001-init.ts';
import { sql as review } from './0002-review.ts';
import { sql as decreeRecords } from './0003-decree-records.ts';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** In order; the schema version of a database is the number of the last migration applied. */
export const migrations: readonly Migration[] = [
  { version: 1, name: 'init', sql: init },
  { version: 2, name: 'review', sql: review },
  { version: 3, name: 'decree-records', sql: decreeRecords },
];

export const LATEST_SCHEMA_VERSION = migrations.length;
