import { decreeDefaults } from '../../decrees/decree-service.ts';
import { DECREES_CSV_COLUMNS, decreesCsv } from '../decree-exports.ts';
import { SCORES_COLUMNS, buildScoresCsv } from '../scores-export.ts';
import type { DatasetExtraTable } from './dataset-writer.ts';
import { DOCUMENT_FOREIGN_KEY, csvResource, field } from './package-types.ts';
import type { FieldDescriptor } from './package-types.ts';

/**
 * Tables other features add to every dataset, after documents and entities: scores.csv (score
 * rows) and decrees.csv (decree records), each restricted to the dataset's documents and typed
 * so that codes, keys and numbers as written stay text.
 */
const INTEGER_COLUMNS = new Set(['document_id', 'year', 'rank', 'start', 'end', 'page']);
const DECIMAL_COLUMNS = new Set(['value']);

function columnsSchema(columns: readonly string[], describe: (name: string) => string): { fields: FieldDescriptor[] } {
  return {
    fields: columns.map((name) => field(name, INTEGER_COLUMNS.has(name) ? 'integer' : DECIMAL_COLUMNS.has(name) ? 'number' : 'string', describe(name))),
  };
}

const scoresTable: DatasetExtraTable = {
  resource: csvResource('scores', 'scores.csv', 'Scores', 'One row per evaluation score: subject, its key, index, year, value, grade, predicate, rank and where it was read.', {
    ...columnsSchema(SCORES_COLUMNS, (name) => `scores.csv column ${name} (README, "Export formats").`),
    foreignKeys: [DOCUMENT_FOREIGN_KEY],
  }),
  write(sink, { store, documentIds, filter }) {
    // `--type` without score leaves the table empty (its header only), as it does score.csv.
    const wanted = !filter.types || filter.types.includes('score');
    const scores = wanted ? store.entities.forExport(filter.includePending).filter((e) => e.type === 'score' && documentIds.has(e.documentId)) : [];
    const documents = store.documents.forExport().filter((d) => documentIds.has(d.id));
    const file = buildScoresCsv(scores, documents, { regionNames: store.records.regionNames(), pageRanges: store.records.pageRanges() });
    sink.write(file.content);
    return scores.length;
  },
};

const decreesTable: DatasetExtraTable = {
  resource: csvResource('decrees', 'decrees.csv', 'Decrees', 'One row per instrument: every particular (DECREES.md), its review state and the clerk\'s fields.', {
    ...columnsSchema(DECREES_CSV_COLUMNS, (name) => `decrees.csv column ${name} (DECREES.md).`),
    foreignKeys: [DOCUMENT_FOREIGN_KEY],
  }),
  write(sink, { store, documentIds, filter }) {
    const wanted = !filter.types || filter.types.includes('decree');
    const rows = wanted ? store.decrees.forExport(filter.includePending).filter((r) => documentIds.has(r.documentId)) : [];
    sink.write(decreesCsv(rows, decreeDefaults(store)).content);
    return rows.length;
  },
};

export const DATASET_EXTRA_TABLES: DatasetExtraTable[] = [scoresTable, decreesTable];
