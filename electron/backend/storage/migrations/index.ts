import { sql as init } from './0001-init.ts';
import { sql as review } from './0002-review.ts';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** In order; the schema version of a database is the number of the last migration applied. */
export const migrations: readonly Migration[] = [
  { version: 1, name: 'init', sql: init },
  { version: 2, name: 'review', sql: review },
];

export const LATEST_SCHEMA_VERSION = migrations.length;
