/**
 * Schema version 6: the documents of a record are read from one index. Filtering the library by
 * a record (an official, a decree) asks which documents hold a non-rejected entity with that
 * record key; with the document and the status in the index, the answer needs no table rows,
 * so the filter stays quick on a 100,000-document library whatever the record's size. It
 * replaces the (type, record_key) index, which it covers.
 */
export const sql = /* sql */ `
CREATE INDEX entities_record_documents ON entities(type, record_key, document_id, status);
DROP INDEX entities_type_record_key;
`;
