import type { DatasetExtraTable } from './dataset-writer.ts';

/**
 * Tables other features add to every dataset, after documents and entities: scores.csv (score
 * rows) and decrees.csv (decree records) plug in here, each with its resource schema.
 */
export const DATASET_EXTRA_TABLES: DatasetExtraTable[] = [];
