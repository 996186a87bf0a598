import type { Database } from 'better-sqlite3';
import { recordKey } from '../../../../shared/records/record-key.ts';
import type { Attributes, EntityStatus, EntityType, ExtractedEntity, Mention } from '../../../../shared/types/entity.ts';

export interface EntityRow {
  id: number;
  documentId: number;
  type: EntityType;
  start: number;
  end: number;
  text: string;
  normalized: string;
  attributes: Attributes;
  confidence: number;
  rule: string;
  status: EntityStatus;
  origin: 'extractor' | 'clerk';
  mentions: Mention[];
}

const COLUMNS = `id, document_id AS documentId, type, span_start AS start, span_end AS "end", surface AS text, normalized,
  attributes, confidence, rule_id AS rule, status, origin, mentions`;

type RawRow = Omit<EntityRow, 'attributes' | 'mentions'> & { attributes: string; mentions: string };
const fromRaw = (r: RawRow): EntityRow => ({
  ...r,
  attributes: JSON.parse(r.attributes) as Attributes,
  mentions: JSON.parse(r.mentions) as Mention[],
});

export function createEntitiesRepository(db: Database) {
  const insert = db.prepare(`
    INSERT INTO entities (document_id, type, span_start, span_end, surface, normalized, record_key, attributes, mentions,
                          confidence, rule_id, status, origin, created_at, updated_at)
    VALUES (@documentId, @type, @start, @end, @text, @normalized, @recordKey, @attributes, @mentions,
            @confidence, @rule, 'pending', 'extractor', @now, @now)`);
  const byDocument = db.prepare(`SELECT ${COLUMNS} FROM entities WHERE document_id = ? ORDER BY span_start, id`);
  const byId = db.prepare(`SELECT ${COLUMNS} FROM entities WHERE id = ?`);
  // Writes a whole row back, id included: undo of a deletion restores the same entity. An upsert,
  // not INSERT OR REPLACE: a replace deletes without firing delete triggers, and the triggers of
  // migration 0007 count what each document holds.
  const put = db.prepare(`
    INSERT INTO entities (id, document_id, type, span_start, span_end, surface, normalized, record_key, attributes, mentions,
                          confidence, rule_id, status, origin, created_at, updated_at)
    VALUES (@id, @documentId, @type, @start, @end, @text, @normalized, @recordKey, @attributes, @mentions,
            @confidence, @rule, @status, @origin, @now, @now)
    ON CONFLICT (id) DO UPDATE SET document_id = excluded.document_id, type = excluded.type, span_start = excluded.span_start,
      span_end = excluded.span_end, surface = excluded.surface, normalized = excluded.normalized, record_key = excluded.record_key,
      attributes = excluded.attributes, mentions = excluded.mentions, confidence = excluded.confidence, rule_id = excluded.rule_id,
      status = excluded.status, origin = excluded.origin, updated_at = excluded.updated_at`);
  const insertClerk = db.prepare(`
    INSERT INTO entities (document_id, type, span_start, span_end, surface, normalized, record_key, attributes, mentions,
                          confidence, rule_id, status, origin, created_at, updated_at)
    VALUES (@documentId, @type, @start, @end, @text, @normalized, @recordKey, @attributes, @mentions, 1, 'clerk', 'confirmed', 'clerk', @now, @now)`);
  const remove = db.prepare('DELETE FROM entities WHERE id = ?');
  const forExport = db.prepare(`SELECT ${COLUMNS} FROM entities
                                 WHERE status IN ('confirmed', 'edited') OR (@includePending AND status = 'pending')
                                 ORDER BY document_id, span_start, id`);
  const pendingAbove = db.prepare(
    `SELECT ${COLUMNS} FROM entities WHERE document_id = ? AND status = 'pending' AND confidence >= ? ORDER BY span_start, id`,
  );
  const removePendingExtracted = db.prepare(`DELETE FROM entities WHERE document_id = ? AND status = 'pending' AND origin = 'extractor'`);

  return {
    /** Stores what the extractor found as pending records; call inside the caller's transaction. */
    insertExtracted(documentId: number, entities: readonly ExtractedEntity[], now: string): void {
      for (const e of entities) {
        insert.run({
          documentId,
          type: e.type,
          start: e.start,
          end: e.end,
          text: e.text,
          normalized: e.normalized,
          recordKey: recordKey(e.type, e.normalized, e.attributes),
          attributes: JSON.stringify(e.attributes),
          mentions: JSON.stringify(e.mentions),
          confidence: e.confidence,
          rule: e.rule,
          now,
        });
      }
    },

    listByDocument(documentId: number): EntityRow[] {
      return (byDocument.all(documentId) as RawRow[]).map(fromRaw);
    },

    get(id: number): EntityRow | undefined {
      const row = byId.get(id) as RawRow | undefined;
      return row && fromRaw(row);
    },

    /** Writes the entity as given (insert or replace by id). */
    put(row: EntityRow, now: string): void {
      put.run({
        ...row,
        recordKey: recordKey(row.type, row.normalized, row.attributes),
        attributes: JSON.stringify(row.attributes),
        mentions: JSON.stringify(row.mentions),
        now,
      });
    },

    /** A clerk's own entity: confirmed from the start, confidence 1, rule 'clerk'. */
    insertClerk(
      e: { documentId: number; type: EntityType; start: number; end: number; text: string; normalized: string; attributes: Attributes },
      now: string,
    ): number {
      const mentions: Mention[] = [{ start: e.start, end: e.end, text: e.text, rule: 'clerk', confidence: 1 }];
      return Number(
        insertClerk.run({
          ...e,
          recordKey: recordKey(e.type, e.normalized, e.attributes),
          attributes: JSON.stringify(e.attributes),
          mentions: JSON.stringify(mentions),
          now,
        }).lastInsertRowid,
      );
    },

    remove(id: number): void {
      remove.run(id);
    },

    pendingAbove(documentId: number, threshold: number): EntityRow[] {
      return (pendingAbove.all(documentId, threshold) as RawRow[]).map(fromRaw);
    },

    /** What exports carry: confirmed, edited and clerk-added entities (pending ones on request), never rejected. */
    forExport(includePending: boolean): EntityRow[] {
      return (forExport.all({ includePending: includePending ? 1 : 0 }) as RawRow[]).map(fromRaw);
    },

    /** Before re-extraction: what the clerk has not touched goes; every reviewed entity stays. */
    removePendingExtracted(documentId: number): void {
      removePendingExtracted.run(documentId);
    },
  };
}

export type EntitiesRepository = ReturnType<typeof createEntitiesRepository>;
