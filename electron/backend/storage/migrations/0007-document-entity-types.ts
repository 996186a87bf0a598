/**
 * What fills the summary from the entities a library already holds: by the migration on an
 * existing library, and by whatever loads entities in bulk with the triggers set aside.
 */
export const backfillDocumentEntityTypes = /* sql */ `
INSERT INTO document_entity_types (document_id, type, n)
  SELECT document_id, type, count(*) FROM entities WHERE status <> 'rejected' GROUP BY document_id, type;
`;

/**
 * Schema version 7: which entity types each document holds. The library's filter by entity type
 * and the counts on it asked the entities table (36 rows a document in a generated archive, 3.6 M
 * in a 100,000-document library); this summary has at most one row per document and type, so
 * they grow with documents, not entities. `n` is how many of the document's entities of that
 * type are not rejected; the row goes when none is left. Triggers on entities keep it, so every
 * path that changes entities (import, re-read, review and its undo, deleting a document, whose
 * entities go by cascade) keeps it without knowing it exists. On top of it, how many documents
 * hold each type: the counts of the whole library (what a clerk sees first) without reading
 * each document.
 */
export const sql = /* sql */ `
CREATE TABLE document_entity_types (
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  type        TEXT    NOT NULL,
  n           INTEGER NOT NULL CHECK (n > 0),
  PRIMARY KEY (document_id, type)
) WITHOUT ROWID;
${backfillDocumentEntityTypes}
-- How many documents hold each type, trashed ones included (kept by the triggers on the summary
-- below). The entity-type counts of the whole library are these less the trash's, read without
-- a walk through every document.
CREATE TABLE entity_type_documents (
  type      TEXT    PRIMARY KEY,
  documents INTEGER NOT NULL CHECK (documents >= 0)
) WITHOUT ROWID;
INSERT INTO entity_type_documents (type, documents) SELECT type, count(*) FROM document_entity_types GROUP BY type;
CREATE TRIGGER entity_type_documents_added AFTER INSERT ON document_entity_types BEGIN
  INSERT INTO entity_type_documents (type, documents) VALUES (new.type, 1)
    ON CONFLICT (type) DO UPDATE SET documents = documents + 1;
END;
CREATE TRIGGER entity_type_documents_removed AFTER DELETE ON document_entity_types BEGIN
  UPDATE entity_type_documents SET documents = documents - 1 WHERE type = old.type;
END;
-- The status counts of the library's filters read this index, not every document's row. It
-- replaces the index on status alone: every query by status is also by trash state.
CREATE INDEX documents_trash_status ON documents(deleted_at, status);
DROP INDEX documents_status;
CREATE TRIGGER document_entity_types_insert AFTER INSERT ON entities WHEN new.status <> 'rejected' BEGIN
  INSERT INTO document_entity_types (document_id, type, n) VALUES (new.document_id, new.type, 1)
    ON CONFLICT (document_id, type) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER document_entity_types_delete AFTER DELETE ON entities WHEN old.status <> 'rejected' BEGIN
  DELETE FROM document_entity_types WHERE document_id = old.document_id AND type = old.type AND n = 1;
  UPDATE document_entity_types SET n = n - 1 WHERE document_id = old.document_id AND type = old.type;
END;
-- Only when what is counted changes (accepting or editing a pending entity changes nothing here).
CREATE TRIGGER document_entity_types_update AFTER UPDATE OF document_id, type, status ON entities
  WHEN old.document_id IS NOT new.document_id OR old.type IS NOT new.type
    OR (old.status = 'rejected') IS NOT (new.status = 'rejected') BEGIN
  DELETE FROM document_entity_types
    WHERE old.status <> 'rejected' AND document_id = old.document_id AND type = old.type AND n = 1;
  UPDATE document_entity_types SET n = n - 1
    WHERE old.status <> 'rejected' AND document_id = old.document_id AND type = old.type;
  INSERT INTO document_entity_types (document_id, type, n) SELECT new.document_id, new.type, 1 WHERE new.status <> 'rejected'
    ON CONFLICT (document_id, type) DO UPDATE SET n = n + 1;
END;
`;
