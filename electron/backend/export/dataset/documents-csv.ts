import { csvCell, csvDocument } from '../csv.ts';
import type { DatasetWriter, ExportedDocument, WriterContext } from './dataset-writer.ts';
import { csvResource, field } from './package-types.ts';

const SCHEMA = {
  fields: [
    field('document_id', 'integer', 'Lontar document id; entities and annotation files refer to it.', {
      constraints: { required: true, unique: true },
    }),
    field('name', 'string', 'File name as imported.'),
    field('title', 'string', 'Title read from the document, if any.'),
    field(
      'kind',
      'string',
      'Kind of instrument (uu, pp, perda, sk, …) where the document is a decree with a stored decree record; empty otherwise.',
    ),
    field('status', 'string', 'Review status of the document.', { constraints: { enum: ['new', 'in_review', 'confirmed'] } }),
    field('source_type', 'string', 'How it came in.', { constraints: { enum: ['text', 'html', 'pdf', 'image', 'docx'] } }),
    field('mime', 'string', 'Media type of the original.'),
    field('language', 'string', 'Detected language code.'),
    field('pages', 'integer', 'Pages (0 for sources without pages).'),
    field('imported_at', 'datetime', 'When it was imported (ISO 8601, UTC).', { format: 'any' }),
    field('confirmed_at', 'datetime', 'When the clerk confirmed it (ISO 8601, UTC); empty when not confirmed.', { format: 'any' }),
    field('decree_number', 'string', 'Decree number exactly as written after NOMOR; text, never a date or a number.'),
    field('decree_year', 'integer', 'Decree year.'),
    field('sha256', 'string', "SHA-256 of the original file: the document's identity across libraries."),
    field('entities', 'integer', 'Exported entities of this document (rows across the per-type CSVs).'),
  ],
  primaryKey: ['document_id'],
};

/** documents.csv: one row per exported document, the table every other file joins to. */
export function documentsCsv(context: WriterContext): DatasetWriter {
  const resource = csvResource('documents', 'documents.csv', 'Documents', 'One row per exported document.', SCHEMA);
  const sink = context.open(resource.path);
  sink.write(
    csvDocument(
      SCHEMA.fields.map((f) => f.name),
      [],
    ),
  );
  return {
    resources: [resource],
    document({ row, entities, particulars }: ExportedDocument) {
      sink.write(
        `${[
          csvCell(row.id, { numeric: true }),
          csvCell(row.name),
          csvCell(row.title),
          csvCell(particulars?.kind),
          csvCell(row.status),
          csvCell(row.sourceType),
          csvCell(row.mime),
          csvCell(row.language),
          csvCell(row.pageCount, { numeric: true }),
          csvCell(row.importedAt),
          csvCell(row.confirmedAt),
          csvCell(particulars?.number),
          csvCell(particulars?.year, { numeric: true }),
          csvCell(row.contentHash),
          csvCell(entities.length, { numeric: true }),
        ].join(',')}\r\n`,
      );
      resource.count++;
    },
    close: () => sink.close(),
  };
}
