import type { Database } from 'better-sqlite3';
import type { DocumentStatus } from '../../../../shared/types/document.ts';
import type { EntityType } from '../../../../shared/types/entity.ts';
import type { DecreeKind } from '../../../../shared/types/particulars.ts';

/** What narrows the library: the list and the counts on its filters share it. */
export interface LibraryFilter {
  query?: string | undefined;
  status?: DocumentStatus | undefined;
  entityType?: EntityType | undefined;
  /** Keys that count as this record (the record's key and every key merged into it). */
  record?: { type: EntityType; keys: string[] } | undefined;
  trashed?: boolean | undefined;
  decreeKind?: DecreeKind | undefined;
  /** Part of the issuer's name, any case. */
  issuer?: string | undefined;
  year?: number | undefined;
}

/** One filter left out of a clause: a filter's own counts show what choosing another value would give. */
export type FacetName = 'status' | 'entityType' | 'decreeKind';

export const FROM = 'FROM documents d LEFT JOIN decree_records r ON r.document_id = d.id';

/** The ids of the documents a search matches: in their texts or in their decree's number and title. */
const MATCHES =
  '(SELECT rowid FROM documents_fts WHERE documents_fts MATCH @fts UNION SELECT rowid FROM decrees_fts WHERE decrees_fts MATCH @fts)';

/**
 * Up to this many matches, a search with other filters is counted by looking each match up by id;
 * above it, by walking the library's (deleted_at, status) index, whose entries hold all a count
 * reads. A lookup reads the document's row, which is long (its text), so at 100,000 matches the
 * walk is several times faster; at a few hundred the lookups are.
 */
const LOOKUP_LIMIT = 15_000;

/**
 * Turns what a clerk types into an FTS5 query of quoted prefix phrases (no FTS syntax errors).
 * Words joined by dots or slashes stay one phrase: "188.45/0545" finds 188 45 0545 in a row, as
 * the tokenizer stored the decree number, not three numbers anywhere in the text.
 */
export function toFtsQuery(input: string): string | null {
  const phrases = searchWords(input);
  if (phrases.length === 0) return null;
  return phrases.map((tokens) => `"${tokens.join(' ')}"*`).join(' ');
}

/**
 * The words of a search as the library reads it: each chunk between spaces one phrase of letter
 * and digit runs, at most 20 phrases of 20 words. The FTS query and the passage under each hit
 * (search-passage.ts) both start from it.
 */
export function searchWords(input: string): string[][] {
  return input
    .normalize('NFC')
    .split(/\s+/)
    .map((chunk) => (chunk.match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 20))
    .filter((tokens) => tokens.length > 0)
    .slice(0, 20);
}

/** The WHERE clause of a filter and its parameters; null when the query can match nothing. */
export function filterClause(
  q: LibraryFilter,
  omit?: FacetName,
): { clause: string; params: Record<string, unknown>; fts: string | null } | null {
  const where: string[] = [q.trashed ? 'd.deleted_at IS NOT NULL' : 'd.deleted_at IS NULL'];
  const params: Record<string, unknown> = {};
  const fts = q.query ? toFtsQuery(q.query) : null;
  if (q.query && !fts) return null;
  if (fts) {
    // One list of matching ids (texts and decree numbers), which a count walks instead of the library.
    where.push(`d.id IN ${MATCHES}`);
    params.fts = fts;
  }
  if (q.decreeKind && omit !== 'decreeKind') {
    where.push('r.kind = @decreeKind');
    params.decreeKind = q.decreeKind;
  }
  if (q.issuer) {
    where.push('instr(lower(r.issuer), lower(@issuer)) > 0');
    params.issuer = q.issuer;
  }
  if (q.year) {
    where.push('(r.year = @year OR substr(r.date_established, 1, 4) = @yearText)');
    params.year = q.year;
    params.yearText = String(q.year);
  }
  if (q.status && omit !== 'status') {
    where.push('d.status = @status');
    params.status = q.status;
  }
  if (q.entityType && omit !== 'entityType') {
    // The document's summary row (migration 0007), not its entities.
    where.push('EXISTS (SELECT 1 FROM document_entity_types t WHERE t.document_id = d.id AND t.type = @entityType)');
    params.entityType = q.entityType;
  }
  if (q.record && omit !== 'entityType') {
    // From the record's index entry to its documents (migration 0006), never a probe per library document.
    where.push(`d.id IN (SELECT e.document_id FROM entities e WHERE e.type = @recordType
                AND e.record_key IN (SELECT value FROM json_each(@recordKeys)) AND e.status <> 'rejected')`);
    params.recordType = q.record.type;
    params.recordKeys = JSON.stringify(q.record.keys);
  }
  return { clause: `WHERE ${where.join(' AND ')}`, params, fts };
}

/** How many documents a filter keeps: the total above the library's list. */
export function libraryTotal(db: Database, q: LibraryFilter, lookupLimit = LOOKUP_LIMIT): number {
  const filter = filterClause(q);
  if (!filter) return 0;
  const count = (sql: string) => db.prepare(sql).pluck().get(filter.params) as number;
  if (!filter.fts) return count(`SELECT count(*) ${FROM} ${filter.clause}`);
  // A search alone is its matches less those in the trash (or only those): two index reads, with
  // no document's row read, however many documents match.
  const inTrash = () =>
    count(`SELECT count(*) FROM documents d INDEXED BY documents_trash_status WHERE d.deleted_at IS NOT NULL AND d.id IN ${MATCHES}`);
  if (searchOnly(q)) return q.trashed ? inTrash() : count(`SELECT count(*) FROM ${MATCHES}`) - inTrash();
  if (count(`SELECT count(*) FROM ${MATCHES}`) <= lookupLimit) {
    return count(`SELECT count(*) ${FROM.replace('FROM documents d', 'FROM documents d NOT INDEXED')} ${filter.clause}`);
  }
  // The unary plus keeps SQLite from seeking the index once per match: it walks the index's
  // range for the other filters and tests each entry against the matches instead.
  return count(`SELECT count(*) ${FROM} ${filter.clause.replace(`d.id IN ${MATCHES}`, `+d.id IN ${MATCHES}`)}`);
}

function searchOnly(q: LibraryFilter): boolean {
  return !q.status && !q.entityType && !q.record && !q.decreeKind && !q.issuer && !q.year;
}

/** Per value of each filter, how many documents it would show with the other filters applied. */
export function libraryCounts(
  db: Database,
  q: LibraryFilter,
): { status: Record<string, number>; entityType: Record<string, number>; decreeKind: Record<string, number> } {
  // Every join here gives a document at most one row per value (a decree record per document, a
  // summary row per document and type), so rows are counted, with no DISTINCT to sort.
  const grouped = (filterBy: LibraryFilter, omit: FacetName, value: string, join = ''): Record<string, number> => {
    const filter = filterClause(filterBy, omit);
    if (!filter) return {};
    const rows = db
      .prepare(
        `SELECT ${value} AS value, count(*) AS n ${FROM} ${join}
                             ${filter.clause} AND ${value} IS NOT NULL GROUP BY ${value}`,
      )
      .all(filter.params) as Array<{ value: string; n: number }>;
    return Object.fromEntries(rows.map((row) => [row.value, row.n]));
  };
  // From the per-document summary of migration 0007 (its rows grow with documents, not entities),
  // walked from the documents the filter keeps (CROSS JOIN: SQLite keeps that order, rather than
  // reading every summary row and its document).
  const entityTypes = (filterBy: LibraryFilter) =>
    grouped(filterBy, 'entityType', 't.type', 'CROSS JOIN document_entity_types t ON t.document_id = d.id');
  return {
    status: grouped(q, 'status', 'd.status'),
    entityType: wholeLibrary(q) ? lessTrash(db, entityTypes({ trashed: true })) : entityTypes(q),
    decreeKind: grouped(q, 'decreeKind', 'r.kind'),
  };
}

/** No filter but the library itself (the entity-type filter is left out of its own counts). */
function wholeLibrary(q: LibraryFilter): boolean {
  return !q.trashed && !q.query && !q.status && !q.decreeKind && !q.issuer && !q.year;
}

/**
 * Documents per entity type in the whole library without reading each document: the running
 * totals of migration 0007 (trash included) less the trash's own counts.
 */
function lessTrash(db: Database, trash: Record<string, number>): Record<string, number> {
  const totals = db.prepare('SELECT type, documents FROM entity_type_documents').all() as Array<{ type: string; documents: number }>;
  const counts = totals.map(({ type, documents }) => [type, documents - (trash[type] ?? 0)] as const);
  return Object.fromEntries(counts.filter(([, n]) => n > 0));
}
