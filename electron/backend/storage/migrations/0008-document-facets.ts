/**
 * The bit each entity type has in `document_facets.entity_types`, fixed here as the migration
 * wrote it (a type added later needs a migration that gives it a bit and backfills it).
 */
export const ENTITY_TYPE_BITS = { region: 1, official: 2, organization: 4, score: 8, date: 16, decree: 32 } as const;

const bitOf = (type: string) =>
  `(CASE ${type} ${Object.entries(ENTITY_TYPE_BITS)
    .map(([name, bit]) => `WHEN '${name}' THEN ${bit}`)
    .join(' ')} ELSE 0 END)`;

/**
 * Schema version 8: one short row per document with everything the counts on the library's
 * filters group by or narrow by: trash state, status, decree kind, and the entity types it holds
 * as bits. The counts walked documents (long rows: the text is in them) joined to decree records
 * and to the type summary, six rows a document: 160–350 ms for a broad search or a status filter
 * on 100,000 documents. Now they walk these rows (about 20 bytes each) and sum bits. Triggers on
 * documents, decree records and the type summary of migration 0007 keep it, so every path that
 * changes those keeps it without knowing it exists; a purged document's row goes by cascade.
 * The running totals per type of 0007 are dropped: the counts no longer read them.
 */
export const sql = /* sql */ `
CREATE TABLE document_facets (
  document_id  INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
  trashed      INTEGER NOT NULL CHECK (trashed IN (0, 1)),
  status       TEXT    NOT NULL,
  decree_kind  TEXT,
  entity_types INTEGER NOT NULL DEFAULT 0
);
-- Read from the (deleted_at, status) index, not from every document's long row.
INSERT INTO document_facets (document_id, trashed, status, decree_kind, entity_types)
  SELECT d.id, d.deleted_at IS NOT NULL, d.status,
         (SELECT r.kind FROM decree_records r WHERE r.document_id = d.id),
         coalesce((SELECT sum(${bitOf('t.type')}) FROM document_entity_types t WHERE t.document_id = d.id), 0)
  FROM documents d INDEXED BY documents_trash_status;
CREATE TRIGGER document_facets_insert AFTER INSERT ON documents BEGIN
  INSERT INTO document_facets (document_id, trashed, status) VALUES (new.id, new.deleted_at IS NOT NULL, new.status);
END;
CREATE TRIGGER document_facets_update AFTER UPDATE OF status, deleted_at ON documents BEGIN
  UPDATE document_facets SET trashed = new.deleted_at IS NOT NULL, status = new.status WHERE document_id = new.id;
END;
CREATE TRIGGER document_facets_decree_insert AFTER INSERT ON decree_records BEGIN
  UPDATE document_facets SET decree_kind = new.kind WHERE document_id = new.document_id;
END;
-- kind is generated from fields (0003), so it changes with them.
CREATE TRIGGER document_facets_decree_update AFTER UPDATE OF fields ON decree_records WHEN old.kind IS NOT new.kind BEGIN
  UPDATE document_facets SET decree_kind = new.kind WHERE document_id = new.document_id;
END;
CREATE TRIGGER document_facets_decree_delete AFTER DELETE ON decree_records BEGIN
  UPDATE document_facets SET decree_kind = NULL WHERE document_id = old.document_id;
END;
CREATE TRIGGER document_facets_type_added AFTER INSERT ON document_entity_types BEGIN
  UPDATE document_facets SET entity_types = entity_types | ${bitOf('new.type')} WHERE document_id = new.document_id;
END;
CREATE TRIGGER document_facets_type_removed AFTER DELETE ON document_entity_types BEGIN
  UPDATE document_facets SET entity_types = entity_types & ~${bitOf('old.type')} WHERE document_id = old.document_id;
END;
DROP TRIGGER entity_type_documents_added;
DROP TRIGGER entity_type_documents_removed;
DROP TABLE entity_type_documents;
`;
