/**
 * Schema version 1. Migrations are numbered and forward-only: never edit a released one,
 * add the next number. They are TypeScript modules holding SQL text so that the same files
 * load in plain Node (CLI, HTTP host, tests) and inside the bundled Electron main process.
 */
export const sql = /* sql */ `
CREATE TABLE documents (
  id                INTEGER PRIMARY KEY,
  content_hash      TEXT    NOT NULL UNIQUE,          -- SHA-256 of the original bytes
  source_path       TEXT,                             -- where it was imported from (may be gone now)
  original_name     TEXT    NOT NULL,
  mime              TEXT    NOT NULL,
  source_type       TEXT    NOT NULL CHECK (source_type IN ('text','html','pdf','image','docx')),
  size              INTEGER NOT NULL CHECK (size >= 0),
  imported_at       TEXT    NOT NULL,
  status            TEXT    NOT NULL DEFAULT 'new' CHECK (status IN ('new','in_review','confirmed')),
  title             TEXT,
  clean_text        TEXT    NOT NULL,
  language          TEXT,
  skipped_ranges    TEXT    NOT NULL DEFAULT '[]',     -- JSON [{start,end,reason}]: boilerplate
  fingerprint       TEXT,                             -- near-duplicate fingerprint (JSON)
  near_duplicate_of INTEGER REFERENCES documents(id) ON DELETE SET NULL,
  near_duplicate_similarity REAL
);
CREATE INDEX documents_status ON documents(status);
CREATE INDEX documents_imported_at ON documents(imported_at);

CREATE TABLE pages (
  id             INTEGER PRIMARY KEY,
  document_id    INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  page_no        INTEGER NOT NULL CHECK (page_no >= 1),
  text           TEXT    NOT NULL,
  text_start     INTEGER NOT NULL,                    -- offsets of this page in documents.clean_text
  text_end       INTEGER NOT NULL,
  width          REAL    NOT NULL,
  height         REAL    NOT NULL,
  is_ocr         INTEGER NOT NULL CHECK (is_ocr IN (0,1)),
  ocr_confidence REAL,
  words          TEXT    NOT NULL DEFAULT '[]',       -- JSON word boxes with text offsets
  UNIQUE (document_id, page_no)
);

CREATE TABLE entities (
  id           INTEGER PRIMARY KEY,
  document_id  INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  type         TEXT    NOT NULL CHECK (type IN ('region','official','organization','score','date','decree')),
  span_start   INTEGER NOT NULL CHECK (span_start >= 0),
  span_end     INTEGER NOT NULL CHECK (span_end >= span_start),
  surface      TEXT    NOT NULL,
  normalized   TEXT    NOT NULL,
  attributes   TEXT    NOT NULL DEFAULT '{}',         -- JSON
  mentions     TEXT    NOT NULL DEFAULT '[]',         -- JSON: every span of this record in the document
  confidence   REAL    NOT NULL CHECK (confidence BETWEEN 0 AND 1),
  rule_id      TEXT    NOT NULL,
  status       TEXT    NOT NULL DEFAULT 'pending' CHECK (status IN ('pending','confirmed','rejected','edited')),
  origin       TEXT    NOT NULL DEFAULT 'extractor' CHECK (origin IN ('extractor','clerk')),
  created_at   TEXT    NOT NULL,
  updated_at   TEXT    NOT NULL
);
CREATE INDEX entities_document ON entities(document_id, type);
CREATE INDEX entities_type_normalized ON entities(type, normalized);

-- The audit trail outlives what it describes: no foreign keys, so deleting an entity or a
-- document never deletes the record of who decided what.
CREATE TABLE review_events (
  id          INTEGER PRIMARY KEY,
  entity_id   INTEGER,
  document_id INTEGER,
  action      TEXT NOT NULL,
  before      TEXT,                                   -- JSON snapshot
  after       TEXT,                                   -- JSON snapshot
  actor       TEXT NOT NULL,
  at          TEXT NOT NULL
);
CREATE INDEX review_events_document ON review_events(document_id, id);
CREATE INDEX review_events_entity ON review_events(entity_id, id);

CREATE TABLE import_jobs (
  id          INTEGER PRIMARY KEY,
  status      TEXT NOT NULL CHECK (status IN ('running','done','cancelled','interrupted')),
  ocr_mode    TEXT NOT NULL,
  lang        TEXT NOT NULL,
  created_at  TEXT NOT NULL,
  finished_at TEXT
);

CREATE TABLE import_job_items (
  id            INTEGER PRIMARY KEY,
  job_id        INTEGER NOT NULL REFERENCES import_jobs(id) ON DELETE CASCADE,
  position      INTEGER NOT NULL,
  file          TEXT    NOT NULL,                     -- the name shown to the clerk
  source_path   TEXT,                                 -- absent for uploads
  staged_id     TEXT,
  status        TEXT    NOT NULL DEFAULT 'pending'
                CHECK (status IN ('pending','imported','duplicate','failed','skipped','cancelled')),
  document_id   INTEGER REFERENCES documents(id) ON DELETE SET NULL,
  content_hash  TEXT,
  error         TEXT,
  near_duplicate_of INTEGER,
  near_duplicate_similarity REAL,
  finished_at   TEXT,
  UNIQUE (job_id, position)
);

CREATE TABLE settings (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

-- Full-text search over titles and text; kept in step with documents by triggers.
CREATE VIRTUAL TABLE documents_fts USING fts5(
  title, clean_text, content='documents', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
  INSERT INTO documents_fts(rowid, title, clean_text) VALUES (new.id, coalesce(new.title, ''), new.clean_text);
END;
CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
  INSERT INTO documents_fts(documents_fts, rowid, title, clean_text) VALUES ('delete', old.id, coalesce(old.title, ''), old.clean_text);
END;
CREATE TRIGGER documents_fts_update AFTER UPDATE OF title, clean_text ON documents BEGIN
  INSERT INTO documents_fts(documents_fts, rowid, title, clean_text) VALUES ('delete', old.id, coalesce(old.title, ''), old.clean_text);
  INSERT INTO documents_fts(rowid, title, clean_text) VALUES (new.id, coalesce(new.title, ''), new.clean_text);
END;
`;
