/**
 * Schema version 2: trash, undo/redo state of the audit trail, and record merges.
 * Merges are keyed by normalised values, not entity ids, so they survive re-extraction.
 */
export const sql = /* sql */ `
ALTER TABLE documents ADD COLUMN deleted_at TEXT;
-- The library's order (newest first) within the library or the trash, without a sort step:
-- any page of 100,000 rows is read straight from this index.
CREATE INDEX documents_library_order ON documents(deleted_at, imported_at DESC, id DESC);

-- Events of one clerk action share a batch (accept-all writes many); undo and redo work on batches.
-- undo_state: 'done' (can be undone), 'undone' (can be redone), 'dropped' (redo no longer possible
-- after a new action), 'audit' (a record only: undo/redo themselves, deletions, settings).
ALTER TABLE review_events ADD COLUMN batch TEXT;
ALTER TABLE review_events ADD COLUMN undo_state TEXT NOT NULL DEFAULT 'audit'
  CHECK (undo_state IN ('done','undone','dropped','audit'));
ALTER TABLE review_events ADD COLUMN undone_seq INTEGER;
CREATE INDEX review_events_undo ON review_events(document_id, undo_state, id);

CREATE TABLE record_merges (
  type       TEXT NOT NULL CHECK (type IN ('region','official','organization','score','date','decree')),
  from_key   TEXT NOT NULL,
  into_key   TEXT NOT NULL,
  actor      TEXT NOT NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (type, from_key),
  CHECK (from_key <> into_key)
);
CREATE INDEX record_merges_into ON record_merges(type, into_key);
`;
