import type { EntityType } from '../../../shared/types/entity.ts';
import type { Store } from '../storage/store.ts';
import type { DecreeDefaults } from '../../../shared/types/decree-record.ts';
import { archiveListCsv, decreesCsv, jdihnJson } from './decree-exports.ts';
import { buildScoresCsv } from './scores-export.ts';

export type ExportFormat = 'scores' | 'decrees' | 'jdihn' | 'archive-list';

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

/**
 * The single-file exports outside the dataset: scores.csv (every score of the library, confirmed
 * or pending on request) and the decree formats. The entity tables, JSONL, the workbook and the
 * annotation formats are the dataset's (dataset/write-dataset.ts, `export.dataset` with `format`).
 */
export function buildExport(
  store: Store,
  resolveKey: (type: EntityType, key: string) => string,
  defaults: DecreeDefaults,
  format: ExportFormat,
  includePending: boolean,
): BuiltExport {
  if (format === 'decrees' || format === 'jdihn' || format === 'archive-list') {
    // Each decree format writes only its own file; confirmed records, or every record on request.
    const rows = store.decrees.forExport(includePending);
    return { files: [DECREE_FORMATS[format](rows, defaults, resolveKey)], documents: rows.length, entities: 0, decrees: rows.length };
  }
  // scores: every score of a document not in the trash (the dataset's scores.csv follows its filters instead).
  const entities = store.entities.forExport(includePending);
  const documents = store.documents.forExport();
  const live = new Set(documents.map((d) => d.id));
  const exported = entities.filter((e) => live.has(e.documentId));
  const scores = exported.filter((e) => e.type === 'score');
  const file = buildScoresCsv(scores, documents, {
    regionNames: store.records.regionNames(),
    pageRanges: store.records.pageRanges(),
    resolveKey,
  });
  return { files: [file], documents: new Set(scores.map((e) => e.documentId)).size, entities: scores.length, decrees: 0 };
}
