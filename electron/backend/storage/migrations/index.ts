import { sql as init } from './0001-init.ts';
import { sql as review } from './0002-review.ts';
import { sql as decreeRecords } from './0003-decree-records.ts';
import { sql as recordIdentity, run as recordIdentityData } from './0004-record-identity.ts';
import { sql as importOutcomes } from './0005-import-outcomes.ts';
import { sql as recordDocuments } from './0006-record-documents.ts';
import { sql as documentEntityTypes } from './0007-document-entity-types.ts';
import { sql as documentFacets } from './0008-document-facets.ts';
import type { Database } from 'better-sqlite3';

export interface Migration {
  version: number;
  name: string;
  sql: string;
  /** Data changes SQL cannot express, run after `sql` in the same transaction. */
  run?: (db: Database) => void;
}

/**
 * In order, numbered 1, 2, 3… without gaps (checked on every open, see migrate.ts); the schema
 * version of a database is the number of the last migration applied.
 */
export const migrations: readonly Migration[] = [
  { version: 1, name: 'init', sql: init },
  { version: 2, name: 'review', sql: review },
  { version: 3, name: 'decree-records', sql: decreeRecords },
  { version: 4, name: 'record-identity', sql: recordIdentity, run: recordIdentityData },
  { version: 5, name: 'import-outcomes', sql: importOutcomes },
  { version: 6, name: 'record-documents', sql: recordDocuments },
  { version: 7, name: 'document-entity-types', sql: documentEntityTypes },
  { version: 8, name: 'document-facets', sql: documentFacets },
];

export const LATEST_SCHEMA_VERSION = Math.max(0, ...migrations.map((m) => m.version));
