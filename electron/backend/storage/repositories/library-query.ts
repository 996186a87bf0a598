import type { DocumentStatus } from '../../../../shared/types/document.ts';
import type { EntityType } from '../../../../shared/types/entity.ts';
import type { DecreeKind } from '../../../../shared/types/particulars.ts';
import { ENTITY_TYPE_BITS } from '../migrations/0008-document-facets.ts';

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
export const MATCHES =
  '(SELECT rowid FROM documents_fts WHERE documents_fts MATCH @fts UNION SELECT rowid FROM decrees_fts WHERE decrees_fts MATCH @fts)';

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

/**
 * Where a filter reads what it narrows by: the documents with their decree records (`FROM`), as
 * the list does, or the short rows of document_facets (migration 0008), as counts do.
 */
const SHAPES = {
  documents: {
    id: 'd.id',
    searchedId: 'd.id',
    trashed: (trashed: boolean) => (trashed ? 'd.deleted_at IS NOT NULL' : 'd.deleted_at IS NULL'),
    status: 'd.status',
    decreeKind: 'r.kind',
    // The document's summary row (migration 0007), not its entities.
    hasEntityType: 'EXISTS (SELECT 1 FROM document_entity_types t WHERE t.document_id = d.id AND t.type = @entityType)',
    onDecreeRecord: (condition: string) => condition,
  },
  facets: {
    id: 'f.document_id',
    // The unary plus keeps SQLite from seeking a facet row once per search match: it walks the
    // short rows and tests each against the matches (a Bloom filter first), several times faster
    // when a search matches most of the library, and a few milliseconds either way.
    searchedId: '+f.document_id',
    trashed: (trashed: boolean) => `f.trashed = ${trashed ? 1 : 0}`,
    status: 'f.status',
    decreeKind: 'f.decree_kind',
    hasEntityType: '(f.entity_types & @entityTypeBit) <> 0',
    onDecreeRecord: (condition: string) => `EXISTS (SELECT 1 FROM decree_records r WHERE r.document_id = f.document_id AND ${condition})`,
  },
} as const;

export type FilterShape = keyof typeof SHAPES;

/** The WHERE clause of a filter and its parameters; null when the query can match nothing. */
export function filterClause(
  q: LibraryFilter,
  omit?: FacetName,
  shape: FilterShape = 'documents',
): { clause: string; params: Record<string, unknown>; fts: string | null } | null {
  const on = SHAPES[shape];
  const where: string[] = [on.trashed(Boolean(q.trashed))];
  const params: Record<string, unknown> = {};
  const fts = q.query ? toFtsQuery(q.query) : null;
  if (q.query && !fts) return null;
  if (fts) {
    // One list of matching ids (texts and decree numbers), which a count walks instead of the library.
    where.push(`${on.searchedId} IN ${MATCHES}`);
    params.fts = fts;
  }
  if (q.decreeKind && omit !== 'decreeKind') {
    where.push(`${on.decreeKind} = @decreeKind`);
    params.decreeKind = q.decreeKind;
  }
  if (q.issuer) {
    where.push(on.onDecreeRecord('instr(lower(r.issuer), lower(@issuer)) > 0'));
    params.issuer = q.issuer;
  }
  if (q.year) {
    where.push(on.onDecreeRecord('(r.year = @year OR substr(r.date_established, 1, 4) = @yearText)'));
    params.year = q.year;
    params.yearText = String(q.year);
  }
  if (q.status && omit !== 'status') {
    where.push(`${on.status} = @status`);
    params.status = q.status;
  }
  if (q.entityType && omit !== 'entityType') {
    where.push(on.hasEntityType);
    params.entityType = q.entityType;
    params.entityTypeBit = ENTITY_TYPE_BITS[q.entityType];
  }
  if (q.record && omit !== 'entityType') {
    // From the record's index entry to its documents (migration 0006), never a probe per library document.
    where.push(`${on.id} IN (SELECT e.document_id FROM entities e WHERE e.type = @recordType
                AND e.record_key IN (SELECT value FROM json_each(@recordKeys)) AND e.status <> 'rejected')`);
    params.recordType = q.record.type;
    params.recordKeys = JSON.stringify(q.record.keys);
  }
  return { clause: `WHERE ${where.join(' AND ')}`, params, fts };
}
