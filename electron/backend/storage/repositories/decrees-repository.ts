import type { Database } from 'better-sqlite3';
import { CLERK_FIELDS, emptyClerkFields } from '../../../../shared/types/decree-record.ts';
import type { ClerkFields, DecreeRecord, RecordField, RecordStatus } from '../../../../shared/types/decree-record.ts';
import type { ParticularField, StructureRange } from '../../../../shared/types/particulars.ts';

interface RawRecord {
  documentId: number;
  fields: string;
  clerk: string;
  structure: string;
  status: RecordStatus;
  instrument: number;
}

const COLUMNS = 'document_id AS documentId, fields, clerk, structure, status, instrument';

const fromRaw = (r: RawRecord): DecreeRecord => ({
  documentId: r.documentId,
  fields: JSON.parse(r.fields) as Record<ParticularField, RecordField>,
  // Clerk fields added in later versions read as unset on older records.
  clerk: { ...emptyClerkFields(), ...pick(JSON.parse(r.clerk) as Partial<ClerkFields>) },
  structure: JSON.parse(r.structure) as StructureRange[],
  status: r.status,
  instrument: r.instrument === 1,
});

function pick(clerk: Partial<ClerkFields>): Partial<ClerkFields> {
  return Object.fromEntries(CLERK_FIELDS.filter((f) => f in clerk).map((f) => [f, clerk[f] ?? null]));
}

/** A decree record with the document it belongs to, for exports and the records view. */
export interface DecreeExportRow extends DecreeRecord {
  documentName: string;
  pageCount: number;
  /** The document was never opened for review. */
  documentStatus: 'new' | 'in_review' | 'confirmed';
}

/** A decree entity in a document; `own` marks the document's own number (not a citation). */
export interface DecreeMentionRow {
  documentId: number;
  documentName: string;
  key: string;
  kind: string | null;
  issuer: string | null;
  own: boolean;
}

/** Decree records: one per instrument document, written whole (an undo snapshot is a record). */
export function createDecreesRepository(db: Database) {
  const byDocument = db.prepare(`SELECT ${COLUMNS} FROM decree_records WHERE document_id = ?`);
  const put = db.prepare(`
    INSERT INTO decree_records (document_id, fields, clerk, structure, status, instrument, created_at, updated_at)
    VALUES (@documentId, @fields, @clerk, @structure, @status, @instrument, @now, @now)
    ON CONFLICT(document_id) DO UPDATE SET fields = excluded.fields, clerk = excluded.clerk, structure = excluded.structure,
      status = excluded.status, instrument = excluded.instrument, updated_at = excluded.updated_at`);
  const remove = db.prepare('DELETE FROM decree_records WHERE document_id = ?');
  const forExport = db.prepare(`
    SELECT r.document_id AS documentId, r.fields, r.clerk, r.structure, r.status, r.instrument,
           d.original_name AS documentName, d.status AS documentStatus,
           (SELECT count(*) FROM pages p WHERE p.document_id = d.id) AS pageCount
    FROM decree_records r JOIN documents d ON d.id = r.document_id
    WHERE d.deleted_at IS NULL AND (r.status = 'confirmed' OR @includePending)
    ORDER BY r.date_established IS NULL, r.date_established, r.document_id`);

  const mentions = db.prepare(`
    SELECT e.document_id AS documentId, d.original_name AS documentName, e.normalized AS key,
           json_extract(e.attributes, '$.kind') AS kind, json_extract(e.attributes, '$.issuer') AS issuer,
           coalesce(json_extract(e.attributes, '$.own'), 0) AS own
    FROM entities e JOIN documents d ON d.id = e.document_id
    WHERE e.type = 'decree' AND e.status <> 'rejected' AND d.deleted_at IS NULL
    ORDER BY e.document_id`);

  return {
    get(documentId: number): DecreeRecord | undefined {
      const row = byDocument.get(documentId) as RawRecord | undefined;
      return row && fromRaw(row);
    },
    /** Writes the record whole (insert or replace); call inside the caller's transaction. */
    put(record: DecreeRecord, now: string): void {
      put.run({
        documentId: record.documentId,
        fields: JSON.stringify(record.fields),
        clerk: JSON.stringify(record.clerk),
        structure: JSON.stringify(record.structure),
        status: record.status,
        instrument: record.instrument ? 1 : 0,
        now,
      });
    },
    remove(documentId: number): void {
      remove.run(documentId);
    },
    /** Records of documents in the library: confirmed ones, or every one when pending ones are asked for. */
    forExport(includePending: boolean): DecreeExportRow[] {
      return (
        forExport.all({ includePending: includePending ? 1 : 0 }) as Array<RawRecord & Omit<DecreeExportRow, keyof DecreeRecord>>
      ).map((r) => ({ ...fromRaw(r), documentName: r.documentName, pageCount: r.pageCount, documentStatus: r.documentStatus }));
    },
    /** Every decree entity not rejected, for "cited by". */
    decreeMentions(): DecreeMentionRow[] {
      return (mentions.all() as Array<Omit<DecreeMentionRow, 'own'> & { own: number }>).map((m) => ({ ...m, own: m.own === 1 }));
    },
  };
}

export type DecreesRepository = ReturnType<typeof createDecreesRepository>;
