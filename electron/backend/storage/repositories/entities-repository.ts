import type { Database } from 'better-sqlite3';
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
    INSERT INTO entities (document_id, type, span_start, span_end, surface, normalized, attributes, mentions,
                          confidence, rule_id, status, origin, created_at, updated_at)
    VALUES (@documentId, @type, @start, @end, @text, @normalized, @attributes, @mentions,
            @confidence, @rule, 'pending', 'extractor', @now, @now)`);
  const byDocument = db.prepare(`SELECT ${COLUMNS} FROM entities WHERE document_id = ? ORDER BY span_start, id`);

  return {
    /** Stores what the extractor found as pending records; call inside the caller's transaction. */
    insertExtracted(documentId: number, entities: readonly ExtractedEntity[], now: string): void {
      for (const e of entities) {
        insert.run({
          documentId, type: e.type, start: e.start, end: e.end, text: e.text, normalized: e.normalized,
          attributes: JSON.stringify(e.attributes), mentions: JSON.stringify(e.mentions),
          confidence: e.confidence, rule: e.rule, now,
        });
      }
    },

    listByDocument(documentId: number): EntityRow[] {
      return (byDocument.all(documentId) as RawRow[]).map(fromRaw);
    },
  };
}

export type EntitiesRepository = ReturnType<typeof createEntitiesRepository>;
