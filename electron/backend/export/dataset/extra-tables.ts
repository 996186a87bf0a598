import { decreeDefaults } from '../../decrees/decree-service.ts';
import { DECREES_CSV_COLUMNS, decreesCsv } from '../decree-exports.ts';
import { csvDocument } from '../csv.ts';
import { SCORES_COLUMNS, scoreRows } from '../scores-export.ts';
import type { DecreeRecord } from '../../../../shared/types/decree-record.ts';
import type { DatasetFilter } from '../../storage/repositories/dataset-repository.ts';
import type { Store } from '../../storage/store.ts';
import type { DatasetExtraTable } from './dataset-writer.ts';
import { DOCUMENT_FOREIGN_KEY, RECORD_KEY_DESCRIPTION, csvResource, field } from './package-types.ts';
import type { FieldDescriptor } from './package-types.ts';

/**
 * Tables other features add to every dataset, after documents and entities: scores.csv (score
 * rows) and decrees.csv (decree records), each restricted to the dataset's documents and typed
 * so that codes, keys and numbers as written stay text.
 */
const INTEGER_COLUMNS = new Set(['document_id', 'year', 'rank', 'start', 'end', 'page']);
const DECIMAL_COLUMNS = new Set(['value']);
/** ISO dates (YYYY-MM-DD): real dates in the workbook. */
const DATE_COLUMNS = new Set(['date_established', 'date_promulgated']);

function columnsSchema(columns: readonly string[], describe: (name: string) => string): { fields: FieldDescriptor[] } {
  return {
    fields: columns.map((name) =>
      field(
        name,
        INTEGER_COLUMNS.has(name) ? 'integer' : DECIMAL_COLUMNS.has(name) ? 'number' : DATE_COLUMNS.has(name) ? 'date' : 'string',
        // One description of record_key wherever it is: what it holds after the clerk's merges.
        name === 'record_key' ? RECORD_KEY_DESCRIPTION : describe(name),
      ),
    ),
  };
}

const SCORE_PAGE = 200;

const scoresTable: DatasetExtraTable = {
  resource: csvResource(
    'scores',
    'scores.csv',
    'Scores',
    'One row per evaluation score: subject, its key, index, year, value, grade, predicate, rank and where it was read.',
    {
      ...columnsSchema(SCORES_COLUMNS, (name) => `scores.csv column ${name} (README, "Export formats").`),
      foreignKeys: [DOCUMENT_FOREIGN_KEY],
    },
  ),
  write(sink, { store, documentIds, documentNames, filter, resolveKey }) {
    sink.write(csvDocument(SCORES_COLUMNS, []));
    // `--type` without score leaves the table empty (its header only), as it does score.csv.
    if (filter.types && !filter.types.includes('score')) return 0;
    const context = { regionNames: store.records.regionNames(), pageRanges: store.records.pageRanges(), resolveKey };
    const ids = [...documentIds].sort((a, b) => a - b);
    let count = 0;
    // A page of documents at a time, as the main pass: never every score of the library at once.
    for (let i = 0; i < ids.length; i += SCORE_PAGE) {
      const scores = store.dataset.entitiesOf(ids.slice(i, i + SCORE_PAGE), { ...filter, types: ['score'] });
      for (const row of scoreRows(scores, (id) => documentNames.get(id), context)) sink.write(`${row.join(',')}\r\n`);
      count += scores.length;
    }
    return count;
  },
};

const decreesTable: DatasetExtraTable = {
  resource: csvResource(
    'decrees',
    'decrees.csv',
    'Decrees',
    "One row per instrument: every particular (DECREES.md), its review state and the clerk's fields.",
    {
      ...columnsSchema(DECREES_CSV_COLUMNS, (name) => `decrees.csv column ${name} (DECREES.md).`),
      foreignKeys: [DOCUMENT_FOREIGN_KEY],
    },
  ),
  write(sink, { store, documentIds, filter, resolveKey }) {
    const rows = carriesDecrees(filter) ? store.decrees.forExport(filter.includePending).filter((r) => documentIds.has(r.documentId)) : [];
    sink.write(decreesCsv(rows, decreeDefaults(store), resolveKey).content);
    return rows.length;
  },
};

/** Decree records are in the dataset unless `--type` leaves decrees out. */
const carriesDecrees = (filter: DatasetFilter) => !filter.types || filter.types.includes('decree');

/**
 * The decree record documents.jsonl carries for a document: the one decrees.csv lists (confirmed,
 * or any with `--include-pending`), so that an import brings back what decrees.csv shows.
 */
export function datasetDecreeRecords(store: Store, filter: DatasetFilter): (documentId: number) => DecreeRecord | null {
  if (!carriesDecrees(filter)) return () => null;
  return (documentId) => {
    const record = store.decrees.get(documentId);
    return record && (record.status === 'confirmed' || filter.includePending) ? record : null;
  };
}

export const DATASET_EXTRA_TABLES: DatasetExtraTable[] = [scoresTable, decreesTable];
