import type { DatasetFilter } from '../../storage/repositories/dataset-repository.ts';
import type { ResourceDescriptor } from './package-types.ts';

/** Bumped when a file's shape changes incompatibly; an import refuses a newer one. */
export const DATASET_FORMAT_VERSION = 1;

export interface DatasetCounts {
  documents: number;
  entities: number;
  entitiesByType: Record<string, number>;
  /** Mentions as spans in spans.jsonl, doccano.jsonl and label-studio.json. */
  spans: number;
  /** Spans CoNLL could not hold (they overlap a longer one). */
  conllDroppedOverlaps: number;
  /** Mentions whose offsets fall outside the text (left out of the annotation files). */
  mentionsOutOfText: number;
}

/** datapackage.json: the Frictionless descriptor, with Lontar's version, the filters, the time and the counts. */
export function dataPackage(
  resources: readonly ResourceDescriptor[],
  meta: { version: string; schemaVersion: number; created: string; filter: DatasetFilter; counts: DatasetCounts; format: string | null },
): string {
  const descriptor = {
    profile: 'data-package',
    name: 'lontar-dataset',
    title: 'Lontar dataset',
    created: meta.created,
    lontar: {
      version: meta.version,
      databaseSchemaVersion: meta.schemaVersion,
      datasetFormatVersion: DATASET_FORMAT_VERSION,
      /** `--format`: only that format's files are here; null for the whole dataset. */
      format: meta.format,
      filters: {
        includePending: meta.filter.includePending,
        types: meta.filter.types ?? null,
        from: meta.filter.from ?? null,
        to: meta.filter.to ?? null,
        query: meta.filter.query ?? null,
      },
      counts: meta.counts,
    },
    resources,
  };
  return `${JSON.stringify(descriptor, null, 2)}\n`;
}
