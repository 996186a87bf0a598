import type { Database } from 'better-sqlite3';
import { recordKey } from '../../../../shared/records/record-key.ts';
import type { Attributes, EntityType } from '../../../../shared/types/entity.ts';

/**
 * Schema version 4: a record's identity is stored with each entity (record_key). A score is
 * (value, subject_key, index, year) and a decree (key, kind, issuer), so two of them with one
 * number no longer join (ENTITIES.md); for other types the key is the normalised value.
 * Merges of scores and decrees were stored by bare value: they are carried over to the record
 * keys of the entities holding those values, so no clerk's decision is lost.
 */
export const sql = /* sql */ `
ALTER TABLE entities ADD COLUMN record_key TEXT NOT NULL DEFAULT '';
CREATE INDEX entities_type_record_key ON entities(type, record_key);
`;

export function run(db: Database): void {
  const rows = db.prepare('SELECT id, type, normalized, attributes FROM entities').all() as Array<{
    id: number;
    type: EntityType;
    normalized: string;
    attributes: string;
  }>;
  const setKey = db.prepare('UPDATE entities SET record_key = ? WHERE id = ?');
  for (const r of rows) setKey.run(recordKey(r.type, r.normalized, JSON.parse(r.attributes) as Attributes), r.id);

  // Reviewed entities first: a merge's target is the record the clerk has seen.
  const keysOf = db
    .prepare(
      `SELECT DISTINCT record_key FROM entities WHERE type = ? AND normalized = ?
                             ORDER BY (status IN ('confirmed', 'edited')) DESC, record_key`,
    )
    .pluck();
  const merges = db
    .prepare(
      "SELECT type, from_key AS fromKey, into_key AS intoKey, actor, created_at AS at FROM record_merges WHERE type IN ('score', 'decree')",
    )
    .all() as Array<{ type: EntityType; fromKey: string; intoKey: string; actor: string; at: string }>;
  const drop = db.prepare('DELETE FROM record_merges WHERE type = ? AND from_key = ?');
  const insert = db.prepare('INSERT OR IGNORE INTO record_merges (type, from_key, into_key, actor, created_at) VALUES (?, ?, ?, ?, ?)');
  for (const m of merges) {
    const into = keysOf.all(m.type, m.intoKey) as string[];
    const from = keysOf.all(m.type, m.fromKey) as string[];
    // Values no entity holds any more: the merge stays as it was (harmless, and still undoable).
    if (into.length === 0 || from.length === 0) continue;
    drop.run(m.type, m.fromKey);
    const target = into[0] as string;
    // The other records of the target value were one record with it before: they stay joined.
    for (const key of [...from, ...into.slice(1)]) if (key !== target) insert.run(m.type, key, target, m.actor, m.at);
  }
}
