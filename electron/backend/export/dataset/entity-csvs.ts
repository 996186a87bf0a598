import type { EntityType } from '../../../../shared/types/entity.ts';
import type { EntityRow } from '../../storage/repositories/entities-repository.ts';
import { mergedRecordKey } from '../../../../shared/records/record-key.ts';
import { attributeNames } from '../../../../shared/types/entity-attributes.ts';
import { csvCell, csvDocument } from '../csv.ts';
import type { DatasetWriter, ExportedDocument, WriterContext } from './dataset-writer.ts';
import { DOCUMENT_FOREIGN_KEY, RECORD_KEY_DESCRIPTION, csvResource, field } from './package-types.ts';
import type { FieldDescriptor, ResourceDescriptor } from './package-types.ts';
import type { TextSink } from './text-sink.ts';

/** Columns every `<type>.csv` starts with (documented in the README). */
export const CSV_COMMON_COLUMNS = [
  'document_id',
  'document_name',
  'record_key',
  'normalized',
  'text',
  'start',
  'end',
  'status',
  'origin',
  'confidence',
  'rule',
  'mentions',
] as const;

const COMMON_FIELDS: Record<(typeof CSV_COMMON_COLUMNS)[number], FieldDescriptor> = {
  document_id: field('document_id', 'integer', 'The document (documents.csv).', { constraints: { required: true } }),
  document_name: field('document_name', 'string', 'File name of the document.'),
  record_key: field('record_key', 'string', RECORD_KEY_DESCRIPTION),
  normalized: field('normalized', 'string', 'The normalised value as read (region codes, decree keys and scores are text).'),
  text: field('text', 'string', 'The first mention as written.'),
  start: field('start', 'integer', 'UTF-16 offset of the first mention in the document text (documents.jsonl `text`).'),
  end: field('end', 'integer', 'UTF-16 end offset (exclusive).'),
  status: field('status', 'string', 'Review status of the entity.', { constraints: { enum: ['pending', 'confirmed', 'edited'] } }),
  origin: field('origin', 'string', 'extractor or clerk.', { constraints: { enum: ['extractor', 'clerk'] } }),
  confidence: field('confidence', 'number', "Extractor confidence, 0 to 1 (1 for the clerk's own)."),
  rule: field('rule', 'string', 'Rule or gazetteer entry that found it.'),
  mentions: field('mentions', 'integer', 'How many times the document mentions it.'),
};

const attributeText = (value: unknown): string =>
  Array.isArray(value) ? value.join('; ') : value === undefined || value === null ? '' : String(value);

/** The six `<type>.csv` tables: today's columns plus document_status and entity_id. */
export function entityCsvs(context: WriterContext): DatasetWriter {
  const tables = new Map<EntityType, { resource: ResourceDescriptor; sink: TextSink }>();
  for (const type of context.types) {
    const details = attributeNames(type);
    const fields = [
      ...CSV_COMMON_COLUMNS.map((c) => COMMON_FIELDS[c]),
      ...details.map((d) => field(d, 'string', `Attribute "${d}" (ENTITIES.md); lists joined with "; ".`)),
      field('attributes_json', 'string', 'Every attribute as JSON.'),
      field('document_status', 'string', 'Review status of the document.', { constraints: { enum: ['new', 'in_review', 'confirmed'] } }),
      field('entity_id', 'integer', 'Lontar entity id.', { constraints: { required: true, unique: true } }),
    ];
    const resource = csvResource(type, `${type}.csv`, `${type} entities`, `One row per ${type} entity of an exported document.`, {
      fields,
      primaryKey: ['entity_id'],
      foreignKeys: [DOCUMENT_FOREIGN_KEY],
    });
    const sink = context.open(resource.path);
    sink.write(
      csvDocument(
        fields.map((f) => f.name),
        [],
      ),
    );
    tables.set(type, { resource, sink });
  }

  const line = (e: EntityRow, doc: ExportedDocument): string =>
    [
      csvCell(e.documentId, { numeric: true }),
      csvCell(doc.row.name),
      csvCell(mergedRecordKey(context.resolveKey, e)),
      csvCell(e.normalized, { numeric: e.type === 'score' }),
      csvCell(e.text),
      csvCell(e.start, { numeric: true }),
      csvCell(e.end, { numeric: true }),
      csvCell(e.status),
      csvCell(e.origin),
      csvCell(e.confidence.toFixed(3), { numeric: true }),
      csvCell(e.rule),
      csvCell(e.mentions.length, { numeric: true }),
      ...attributeNames(e.type).map((a) => csvCell(attributeText(e.attributes[a]))),
      csvCell(JSON.stringify(e.attributes)),
      csvCell(doc.row.status),
      csvCell(e.id, { numeric: true }),
    ].join(',');

  return {
    resources: [...tables.values()].map((t) => t.resource),
    document(doc) {
      for (const e of doc.entities) {
        const table = tables.get(e.type);
        if (!table) continue;
        table.sink.write(`${line(e, doc)}\r\n`);
        table.resource.count++;
      }
    },
    close: () => {
      for (const t of tables.values()) t.sink.close();
    },
  };
}
