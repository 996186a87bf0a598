import Database from 'better-sqlite3';
import { join } from 'node:path';
import { DATABASE_FILE } from '../../electron/backend/storage/database.ts';

/** One document of a library as a comparison sees it: everything but ids, times and where it was read. */
export interface DocumentFacts {
  sha256: string;
  name: string;
  sourceType: string;
  mime: string;
  status: string;
  title: string | null;
  text: string;
  skipped: string;
  fingerprint: string | null;
  entities: string[];
  decree: { fields: unknown; structure: unknown; status: string; instrument: number } | null;
}

/**
 * A library read straight from its SQLite file, keyed by SHA-256: two libraries built different
 * ways (one import, merged shards) compare equal when they hold the same documents, entities
 * (with status, origin, record key, mentions) and decree records.
 */
export function librarySnapshot(dataDir: string): Map<string, DocumentFacts> {
  const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true, fileMustExist: true });
  try {
    const docs = db
      .prepare(
        `SELECT id, content_hash AS sha256, original_name AS name, source_type AS sourceType, mime, status, title, clean_text AS text,
                                    skipped_ranges AS skipped, fingerprint FROM documents WHERE deleted_at IS NULL ORDER BY content_hash`,
      )
      .all() as Array<Omit<DocumentFacts, 'entities' | 'decree'> & { id: number }>;
    const entities =
      db.prepare(`SELECT type, span_start, span_end, surface, normalized, record_key, attributes, mentions, confidence, rule_id, status, origin
                                 FROM entities WHERE document_id = ? ORDER BY span_start, type, normalized`);
    const decree = db.prepare('SELECT fields, structure, status, instrument FROM decree_records WHERE document_id = ?');
    return new Map(
      docs.map(({ id, ...doc }) => {
        const record = decree.get(id) as { fields: string; structure: string; status: string; instrument: number } | undefined;
        return [
          doc.sha256,
          {
            ...doc,
            entities: entities.all(id).map((row) => JSON.stringify(row)),
            decree: record
              ? {
                  fields: JSON.parse(record.fields),
                  structure: JSON.parse(record.structure),
                  status: record.status,
                  instrument: record.instrument,
                }
              : null,
          },
        ];
      }),
    );
  } finally {
    db.close();
  }
}
