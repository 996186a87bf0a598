/**
 * Schema version 3: one decree record per instrument document (DECREES.md). The particulars are
 * kept as one JSON object per record, each field with its value, where it was read (span, page,
 * box, confidence, rule, weak) and its review state, so an undo snapshot is the whole record.
 * The columns the library sorts, filters and searches by are generated from that JSON.
 */
export const sql = /* sql */ `
CREATE TABLE decree_records (
  document_id  INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
  fields       TEXT NOT NULL,                          -- JSON {field: {value, source, state}}
  clerk        TEXT NOT NULL DEFAULT '{}',             -- JSON: the clerk-only fields of the exports
  structure    TEXT NOT NULL DEFAULT '[]',             -- JSON [{kind,label,start,end}]
  status       TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending','confirmed')),
  -- 0 when the latest reading no longer finds an instrument: kept for the clerk, flagged.
  instrument   INTEGER NOT NULL DEFAULT 1 CHECK (instrument IN (0,1)),
  created_at   TEXT NOT NULL,
  updated_at   TEXT NOT NULL,
  kind             TEXT GENERATED ALWAYS AS (json_extract(fields, '$.kind.value')) VIRTUAL,
  issuer           TEXT GENERATED ALWAYS AS (json_extract(fields, '$.issuer.value')) VIRTUAL,
  number           TEXT GENERATED ALWAYS AS (json_extract(fields, '$.number.value')) VIRTUAL,
  year             INTEGER GENERATED ALWAYS AS (json_extract(fields, '$.year.value')) VIRTUAL,
  title            TEXT GENERATED ALWAYS AS (json_extract(fields, '$.title.value')) VIRTUAL,
  date_established TEXT GENERATED ALWAYS AS (json_extract(fields, '$.date_established.value')) VIRTUAL
);
CREATE INDEX decree_records_kind ON decree_records(kind);
CREATE INDEX decree_records_year ON decree_records(year);
CREATE INDEX decree_records_date ON decree_records(date_established);

-- The number and title of each decree, searchable: unicode61 splits "188.45/0545" into 188, 45,
-- 0545, and the library searches them as a phrase, so the number as written finds its decree.
CREATE VIRTUAL TABLE decrees_fts USING fts5(number, title, tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER decree_records_fts_insert AFTER INSERT ON decree_records BEGIN
  INSERT INTO decrees_fts(rowid, number, title) VALUES (new.document_id, coalesce(new.number, ''), coalesce(new.title, ''));
END;
CREATE TRIGGER decree_records_fts_delete AFTER DELETE ON decree_records BEGIN
  DELETE FROM decrees_fts WHERE rowid = old.document_id;
END;
CREATE TRIGGER decree_records_fts_update AFTER UPDATE OF fields ON decree_records BEGIN
  DELETE FROM decrees_fts WHERE rowid = old.document_id;
  INSERT INTO decrees_fts(rowid, number, title) VALUES (new.document_id, coalesce(new.number, ''), coalesce(new.title, ''));
END;
`;
