import type { Database } from 'better-sqlite3';
import { ENTITY_TYPE_BITS } from '../migrations/0008-document-facets.ts';
import { filterClause, MATCHES } from './library-query.ts';
import type { FacetName, LibraryFilter } from './library-query.ts';

// The library's numbers: the total above its list and the counts on its filters. Both walk the
// short rows of document_facets (migration 0008), never the documents' own rows, which hold the
// texts: on 100,000 documents a walk of every row is a few milliseconds.

const FACETS = 'FROM document_facets f';

export interface LibraryCounts {
  status: Record<string, number>;
  entityType: Record<string, number>;
  decreeKind: Record<string, number>;
}

/** How many documents a filter keeps: the total above the library's list. */
export function libraryTotal(db: Database, q: LibraryFilter): number {
  const filter = filterClause(q, undefined, 'facets');
  if (!filter) return 0;
  const count = (sql: string) => db.prepare(sql).pluck().get(filter.params) as number;
  // A search alone is its matches less those in the trash (or only those): two index reads.
  if (filter.fts && searchOnly(q)) {
    const inTrash = count(
      `SELECT count(*) FROM documents d INDEXED BY documents_trash_status WHERE d.deleted_at IS NOT NULL AND d.id IN ${MATCHES}`,
    );
    return q.trashed ? inTrash : count(`SELECT count(*) FROM ${MATCHES}`) - inTrash;
  }
  return count(`SELECT count(*) ${FACETS} ${filter.clause}`);
}

/** Per value of each filter, how many documents it would show with the other filters applied. */
export function libraryCounts(db: Database, q: LibraryFilter): LibraryCounts {
  // Without a filter of its own in play, one walk serves all three (each leaves only itself out).
  if (!q.status && !q.decreeKind && !q.entityType && !q.record) {
    const filter = filterClause(q, undefined, 'facets');
    if (!filter) return { status: {}, entityType: {}, decreeKind: {} };
    const rows = db
      .prepare(
        `SELECT f.status AS status, f.decree_kind AS decreeKind, count(*) AS n, ${typeSums()}
           ${FACETS} ${filter.clause} GROUP BY f.status, f.decree_kind`,
      )
      .all(filter.params) as Array<{ status: string; decreeKind: string | null; n: number } & Record<string, number>>;
    const status: Record<string, number> = {};
    const decreeKind: Record<string, number> = {};
    const types = Object.fromEntries(Object.keys(ENTITY_TYPE_BITS).map((type) => [type, 0]));
    for (const row of rows) {
      status[row.status] = (status[row.status] ?? 0) + row.n;
      if (row.decreeKind !== null) decreeKind[row.decreeKind] = (decreeKind[row.decreeKind] ?? 0) + row.n;
      for (const type of Object.keys(types)) types[type]! += row[type]!;
    }
    return { status, entityType: nonZero(types), decreeKind };
  }
  return {
    status: grouped(db, q, 'status', 'f.status'),
    entityType: entityTypes(db, q),
    decreeKind: grouped(db, q, 'decreeKind', 'f.decree_kind'),
  };
}

function grouped(db: Database, q: LibraryFilter, omit: FacetName, column: string): Record<string, number> {
  const filter = filterClause(q, omit, 'facets');
  if (!filter) return {};
  const rows = db
    .prepare(`SELECT ${column} AS value, count(*) AS n ${FACETS} ${filter.clause} AND ${column} IS NOT NULL GROUP BY ${column}`)
    .all(filter.params) as Array<{ value: string; n: number }>;
  return Object.fromEntries(rows.map((row) => [row.value, row.n]));
}

function entityTypes(db: Database, q: LibraryFilter): Record<string, number> {
  const filter = filterClause(q, 'entityType', 'facets');
  if (!filter) return {};
  const row = db.prepare(`SELECT ${typeSums()} ${FACETS} ${filter.clause}`).get(filter.params) as Record<string, number | null>;
  return nonZero(Object.fromEntries(Object.entries(row).map(([type, n]) => [type, n ?? 0])));
}

/** One column per entity type: how many of the rows walked hold it. */
function typeSums(): string {
  return Object.entries(ENTITY_TYPE_BITS)
    .map(([type, bit]) => `sum((f.entity_types & ${bit}) <> 0) AS ${type}`)
    .join(', ');
}

function searchOnly(q: LibraryFilter): boolean {
  return !q.status && !q.entityType && !q.record && !q.decreeKind && !q.issuer && !q.year;
}

function nonZero(counts: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(counts).filter(([, n]) => n > 0));
}
