import type { Database } from 'better-sqlite3';
import type { Attributes, EntityType } from '../../../../shared/types/entity.ts';

export interface ReviewedEntityRow {
  type: EntityType;
  normalized: string;
  /** The record's identity (shared/records/record-key.ts): what records and merges are keyed by. */
  recordKey: string;
  text: string;
  attributes: Attributes;
  documentId: number;
  documentName: string;
}

/** Record merges (two record keys that are one record) and the reviewed entities records are built from. */
export function createRecordsRepository(db: Database) {
  const allMerges = db.prepare('SELECT type, from_key AS fromKey, into_key AS intoKey FROM record_merges');
  const upsertMerge = db.prepare(`INSERT INTO record_merges (type, from_key, into_key, actor, created_at) VALUES (?, ?, ?, ?, ?)
                                  ON CONFLICT(type, from_key) DO UPDATE SET into_key = excluded.into_key, actor = excluded.actor, created_at = excluded.created_at`);
  const repoint = db.prepare('UPDATE record_merges SET into_key = ? WHERE type = ? AND into_key = ?');
  const deleteMerges = db.prepare('DELETE FROM record_merges WHERE type = ? AND (from_key = ? OR into_key = ?)');
  const deleteFrom = db.prepare('DELETE FROM record_merges WHERE type = ? AND from_key = ?');
  const reviewed = db.prepare(`
    SELECT e.type, e.normalized, e.record_key AS recordKey, e.surface AS text, e.attributes, e.document_id AS documentId, d.original_name AS documentName
    FROM entities e JOIN documents d ON d.id = e.document_id
    WHERE e.status IN ('confirmed', 'edited') AND d.deleted_at IS NULL AND (@type IS NULL OR e.type = @type)
    ORDER BY e.type, e.record_key, e.document_id`);
  const regionNames = db.prepare(`SELECT normalized AS code, json_extract(attributes, '$.name') AS name FROM entities
                                  WHERE type = 'region' AND json_extract(attributes, '$.name') IS NOT NULL GROUP BY normalized`);
  const pageRanges = db.prepare(
    'SELECT document_id AS documentId, page_no AS pageNo, text_start AS start, text_end AS "end" FROM pages ORDER BY document_id, page_no',
  );

  return {
    merges(): Array<{ type: EntityType; fromKey: string; intoKey: string }> {
      return allMerges.all() as Array<{ type: EntityType; fromKey: string; intoKey: string }>;
    },
    /** Merges `from` into `into`, keeping merges one level deep (what pointed at `from` now points at `into`). */
    merge(type: EntityType, from: string, into: string, actor: string, at: string): void {
      deleteFrom.run(type, into);
      repoint.run(into, type, from);
      upsertMerge.run(type, from, into, actor, at);
    },
    /** Undoes merges: a merged key becomes its own record again; a record with merged keys loses them. */
    split(type: EntityType, key: string): number {
      return deleteMerges.run(type, key, key).changes;
    },
    /** Official names of the region codes the library has met (a score's subject name). */
    regionNames(): Map<string, string> {
      return new Map((regionNames.all() as Array<{ code: string; name: string }>).map((r) => [r.code, r.name]));
    },
    /** Where each page of a paged document lies in its clean text. */
    pageRanges(): Array<{ documentId: number; pageNo: number; start: number; end: number }> {
      return pageRanges.all() as Array<{ documentId: number; pageNo: number; start: number; end: number }>;
    },
    reviewedEntities(type: EntityType | null): ReviewedEntityRow[] {
      return (reviewed.all({ type }) as Array<Omit<ReviewedEntityRow, 'attributes'> & { attributes: string }>).map((r) => ({
        ...r,
        attributes: JSON.parse(r.attributes) as Attributes,
      }));
    },
  };
}

export type RecordsRepository = ReturnType<typeof createRecordsRepository>;
