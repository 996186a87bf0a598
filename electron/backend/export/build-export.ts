import { recordKey } from '../../../shared/records/record-key.ts';
import { ENTITY_TYPES } from '../../../shared/types/entity.ts';
import type { EntityType } from '../../../shared/types/entity.ts';
import type { Store } from '../storage/store.ts';
import type { EntityRow } from '../storage/repositories/entities-repository.ts';
import { attributeNames } from '../../../shared/types/entity-attributes.ts';
import { codePointOffsets } from './code-points.ts';
import { csvCell, csvDocument } from './csv.ts';
import type { DecreeDefaults } from '../../../shared/types/decree-record.ts';
import { archiveListCsv, decreesCsv, jdihnJson } from './decree-exports.ts';
import { buildScoresCsv } from './scores-export.ts';

export type ExportFormat = 'csv' | 'jsonl' | 'scores' | 'decrees' | 'jdihn' | 'archive-list';

export interface ExportFile {
  name: string;
  content: string;
}

export interface BuiltExport {
  files: ExportFile[];
  documents: number;
  entities: number;
  /** Decree records written (0 for the entity formats). */
  decrees: number;
}

const DECREE_FORMATS = { decrees: decreesCsv, jdihn: jdihnJson, 'archive-list': archiveListCsv } as const;

/** Columns every `<type>.csv` starts with (documented in the README). */
export const CSV_COMMON_COLUMNS = [
  'document_id', 'document_name', 'record_key', 'normalized', 'text', 'start', 'end', 'status', 'origin', 'confidence', 'rule', 'mentions',
] as const;

const attributeText = (value: unknown): string =>
  Array.isArray(value) ? value.join('; ') : value === undefined || value === null ? '' : String(value);

/**
 * The clerk's records as files: confirmed, edited and added entities (pending ones only when
 * asked), never rejected ones, from documents not in the trash. Record keys honour merges.
 */
export function buildExport(store: Store, resolveKey: (type: EntityType, key: string) => string, defaults: DecreeDefaults, format: ExportFormat, includePending: boolean): BuiltExport {
  if (format === 'decrees' || format === 'jdihn' || format === 'archive-list') {
    // Each decree format writes only its own file; confirmed records, or every record on request.
    const rows = store.decrees.forExport(includePending);
    return { files: [DECREE_FORMATS[format](rows, defaults)], documents: rows.length, entities: 0, decrees: rows.length };
  }
  const entities = store.entities.forExport(includePending);
  const documents = store.documents.forExport();
  const live = new Set(documents.map((d) => d.id));
  const exported = entities.filter((e) => live.has(e.documentId));
  if (format === 'scores') {
    const scores = exported.filter((e) => e.type === 'score');
    const file = buildScoresCsv(scores, documents, { regionNames: store.records.regionNames(), pageRanges: store.records.pageRanges() });
    return { files: [file], documents: new Set(scores.map((e) => e.documentId)).size, entities: scores.length, decrees: 0 };
  }
  return format === 'csv' ? toCsv(exported, documents, resolveKey) : toJsonl(exported, documents, resolveKey);
}

function toCsv(entities: EntityRow[], documents: ReturnType<Store['documents']['forExport']>, resolveKey: (type: EntityType, key: string) => string): BuiltExport {
  const names = new Map(documents.map((d) => [d.id, d.name]));
  const files = ENTITY_TYPES.map((type) => {
    const details = attributeNames(type);
    const rows = entities.filter((e) => e.type === type).map((e) => [
      csvCell(e.documentId, { numeric: true }), csvCell(names.get(e.documentId)), csvCell(resolveKey(e.type, recordKey(e.type, e.normalized, e.attributes))), csvCell(e.normalized, { numeric: type === 'score' }),
      csvCell(e.text), csvCell(e.start, { numeric: true }), csvCell(e.end, { numeric: true }), csvCell(e.status), csvCell(e.origin),
      csvCell(e.confidence.toFixed(3), { numeric: true }), csvCell(e.rule), csvCell(e.mentions.length, { numeric: true }),
      ...details.map((a) => csvCell(attributeText(e.attributes[a]))), csvCell(JSON.stringify(e.attributes)),
    ]);
    return { name: `${type}.csv`, content: csvDocument([...CSV_COMMON_COLUMNS, ...details, 'attributes_json'], rows) };
  });
  return { files, documents: new Set(entities.map((e) => e.documentId)).size, entities: entities.length, decrees: 0 };
}

function toJsonl(entities: EntityRow[], documents: ReturnType<Store['documents']['forExport']>, resolveKey: (type: EntityType, key: string) => string): BuiltExport {
  const byDocument = new Map<number, EntityRow[]>();
  for (const e of entities) {
    const list = byDocument.get(e.documentId) ?? [];
    list.push(e);
    byDocument.set(e.documentId, list);
  }
  const lines = documents.map((d) => {
    const own = byDocument.get(d.id) ?? [];
    const cp = codePointOffsets(d.text, own.flatMap((e) => [e.start, e.end, ...e.mentions.flatMap((m) => [m.start, m.end])]));
    return JSON.stringify({
      id: d.id, name: d.name, sourcePath: d.sourcePath, sourceType: d.sourceType, mime: d.mime, sha256: d.contentHash,
      importedAt: d.importedAt, status: d.status, title: d.title, language: d.language, text: d.text,
      entities: own.map((e) => ({
        id: e.id, type: e.type, key: resolveKey(e.type, recordKey(e.type, e.normalized, e.attributes)), normalized: e.normalized, text: e.text, status: e.status,
        origin: e.origin, confidence: e.confidence, rule: e.rule, attributes: e.attributes,
        start: e.start, end: e.end, startCodePoint: cp.get(e.start), endCodePoint: cp.get(e.end),
        mentions: e.mentions.map((m) => ({ text: m.text, start: m.start, end: m.end, startCodePoint: cp.get(m.start), endCodePoint: cp.get(m.end) })),
      })),
    });
  });
  return { files: [{ name: 'documents.jsonl', content: lines.length ? `${lines.join('\n')}\n` : '' }], documents: documents.length, entities: entities.length, decrees: 0 };
}
