import type { Database } from 'better-sqlite3';
import { recordKey } from '../../../../shared/records/record-key.ts';
import type { EntityType } from '../../../../shared/types/entity.ts';
import type { EntityRow } from './entities-repository.ts';
import { toFtsQuery } from './library-query.ts';
import type { ExportDocumentRow } from './documents-repository.ts';

/** Which documents and entities a dataset export takes (the CLI flags and the Export view's choices). */
export interface DatasetFilter {
  /** Pending entities and documents not yet confirmed (new and in review) too; otherwise confirmed ones only. */
  includePending: boolean;
  /** Entity types to export; all six when absent. */
  types?: readonly EntityType[] | undefined;
  /** Import dates, inclusive, YYYY-MM-DD. */
  from?: string | undefined;
  to?: string | undefined;
  /** Full-text query over titles and text, as `lontar list --query`. */
  query?: string | undefined;
}

/** A document as the export reads it, with its page count and when the clerk confirmed it. */
export interface DatasetDocumentRow extends ExportDocumentRow {
  pageCount: number;
  /** When the clerk last marked it confirmed (not undone); null for a document not confirmed. */
  confirmedAt: string | null;
}

type RawEntity = Omit<EntityRow, 'attributes' | 'mentions'> & { attributes: string; mentions: string };

/**
 * Reads for dataset exports, a page of documents at a time (keyset on id), so an export of any size
 * holds one page in memory, never a whole table; and the entity insert a dataset import needs.
 */
export function createDatasetRepository(db: Database) {
  function documentWhere(filter: DatasetFilter): { clause: string; params: Record<string, unknown>; matchesNothing: boolean } {
    const where = ['d.deleted_at IS NULL'];
    const params: Record<string, unknown> = {};
    if (!filter.includePending) where.push("d.status = 'confirmed'");
    if (filter.from) {
      where.push('substr(d.imported_at, 1, 10) >= @from');
      params.from = filter.from;
    }
    if (filter.to) {
      where.push('substr(d.imported_at, 1, 10) <= @to');
      params.to = filter.to;
    }
    const fts = filter.query ? toFtsQuery(filter.query) : null;
    if (fts) {
      where.push('d.id IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH @fts)');
      params.fts = fts;
    }
    return { clause: where.join(' AND '), params, matchesNothing: Boolean(filter.query) && !fts };
  }

  const insertEntity = db.prepare(`
    INSERT INTO entities (document_id, type, span_start, span_end, surface, normalized, record_key, attributes, mentions,
                          confidence, rule_id, status, origin, created_at, updated_at)
    VALUES (@documentId, @type, @start, @end, @text, @normalized, @recordKey, @attributes, @mentions, @confidence, @rule, @status, @origin, @now, @now)`);

  return {
    /** An entity brought in from elsewhere (a dataset) with its review status as it was decided there. */
    insertEntity(row: Omit<EntityRow, 'id'>, now: string): number {
      // The record identity too, as every other insert stores it: records and filters read it.
      return Number(
        insertEntity.run({
          ...row,
          recordKey: recordKey(row.type, row.normalized, row.attributes),
          attributes: JSON.stringify(row.attributes),
          mentions: JSON.stringify(row.mentions),
          now,
        }).lastInsertRowid,
      );
    },

    /**
     * Documents of the filter with id above `afterId`, in id order, at most `limit`. NOT INDEXED: the
     * walk is by id from `afterId`, never a sort of the whole library by id from another index
     * (which took seconds on 100,000 documents before the first row).
     */
    documentsPage(filter: DatasetFilter, afterId: number, limit: number): DatasetDocumentRow[] {
      const { clause, params, matchesNothing } = documentWhere(filter);
      if (matchesNothing) return [];
      return db
        .prepare(
          `
        SELECT d.id, d.original_name AS name, d.source_path AS sourcePath, d.source_type AS sourceType, d.mime,
               d.content_hash AS contentHash, d.imported_at AS importedAt, d.status, d.title, d.language, d.clean_text AS text,
               (SELECT count(*) FROM pages p WHERE p.document_id = d.id) AS pageCount,
               CASE WHEN d.status = 'confirmed' THEN
                 (SELECT max(r.at) FROM review_events r WHERE r.document_id = d.id AND r.action = 'document.status'
                    AND json_extract(r.after, '$.status') = 'confirmed' AND r.undo_state IN ('done', 'audit'))
               END AS confirmedAt
        FROM documents d NOT INDEXED WHERE ${clause} AND d.id > @afterId ORDER BY d.id LIMIT @limit`,
        )
        .all({ ...params, afterId, limit }) as DatasetDocumentRow[];
    },

    /** The exported entities of these documents: confirmed and edited (pending on request), never rejected. */
    entitiesOf(documentIds: readonly number[], filter: DatasetFilter): EntityRow[] {
      if (documentIds.length === 0) return [];
      const types = filter.types && filter.types.length > 0 ? filter.types : null;
      const rows = db
        .prepare(
          `
        SELECT id, document_id AS documentId, type, span_start AS start, span_end AS "end", surface AS text, normalized,
               attributes, confidence, rule_id AS rule, status, origin, mentions
        FROM entities
        WHERE document_id IN (SELECT value FROM json_each(@ids))
          AND (status IN ('confirmed', 'edited') OR (@includePending AND status = 'pending'))
          AND (@types IS NULL OR type IN (SELECT value FROM json_each(@types)))
        ORDER BY document_id, span_start, id`,
        )
        .all({
          ids: JSON.stringify(documentIds),
          includePending: filter.includePending ? 1 : 0,
          types: types ? JSON.stringify(types) : null,
        }) as RawEntity[];
      return rows.map((r) => ({
        ...r,
        attributes: JSON.parse(r.attributes) as EntityRow['attributes'],
        mentions: JSON.parse(r.mentions) as EntityRow['mentions'],
      }));
    },
  };
}

export type DatasetRepository = ReturnType<typeof createDatasetRepository>;
