import { resolve } from 'node:path';
import { ENTITY_TYPES } from '../../../shared/types/entity.ts';
import type { EntityType } from '../../../shared/types/entity.ts';
import type { DatasetFormat } from '../../../shared/contract/dataset-schemas.ts';
import type { Backend } from '../../backend/backend.ts';
import { call } from './call.ts';
import { EXIT_OK, usageError } from './cli-error.ts';
import type { CliIo } from './io.ts';

/** The flags of `lontar export` that only the dataset takes (no --format). */
export const DATASET_FLAGS = {
  overwrite: { type: 'boolean' },
  'with-originals': { type: 'boolean' },
  type: { type: 'string', multiple: true },
  from: { type: 'string' },
  to: { type: 'string' },
  query: { type: 'string' },
} as const;

export interface DatasetFlagValues {
  out?: string | undefined;
  'include-pending'?: boolean | undefined;
  overwrite?: boolean | undefined;
  'with-originals'?: boolean | undefined;
  type?: string[] | undefined;
  from?: string | undefined;
  to?: string | undefined;
  query?: string | undefined;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The single-file formats (scores, decree formats) have no dataset filters: those flags are wrong usage there. */
export function refuseDatasetFlags(values: Partial<Record<keyof typeof DATASET_FLAGS, unknown>>): void {
  const given = (Object.keys(DATASET_FLAGS) as Array<keyof typeof DATASET_FLAGS>).find((flag) => values[flag] !== undefined);
  if (given)
    throw usageError(`export: --${given} applies to the dataset and its formats (csv, jsonl, xlsx, conll, spans, doccano, label-studio)`);
}

/**
 * `lontar export --out DIR` without --format: the whole dataset (datapackage.json and every file);
 * with a dataset format, only that format's files (and datapackage.json and README.md).
 */
export async function exportDataset(
  values: DatasetFlagValues,
  positionals: readonly string[],
  io: CliIo,
  openBackend: () => Promise<Backend>,
  format?: DatasetFormat,
): Promise<number> {
  if (positionals.length > 0) throw usageError(`export: unexpected argument "${positionals[0]}"`);
  if (!values.out) throw usageError('export: --out DIR is required');
  const types = values.type
    ?.flatMap((t) => t.split(','))
    .map((t) => t.trim())
    .filter(Boolean);
  for (const t of types ?? []) {
    if (!(ENTITY_TYPES as readonly string[]).includes(t))
      throw usageError(`export: --type must be one of ${ENTITY_TYPES.join(', ')} (got "${t}")`);
  }
  for (const flag of ['from', 'to'] as const) {
    const value = values[flag];
    if (value !== undefined && !(DATE.test(value) && !Number.isNaN(Date.parse(value))))
      throw usageError(`export: --${flag} must be a date as YYYY-MM-DD (got "${value}")`);
  }
  if (values.from && values.to && values.from > values.to) throw usageError(`export: --from ${values.from} is after --to ${values.to}`);
  const backend = await openBackend();
  try {
    const result = await call(backend, 'export.dataset', {
      dir: resolve(io.cwd, values.out),
      overwrite: values.overwrite ?? false,
      withOriginals: values['with-originals'] ?? false,
      includePending: values['include-pending'] ?? false,
      ...(types && types.length > 0 ? { types: types as EntityType[] } : {}),
      ...(values.from ? { from: values.from } : {}),
      ...(values.to ? { to: values.to } : {}),
      ...(values.query ? { query: values.query } : {}),
      ...(format ? { format } : {}),
    });
    for (const file of result.files) io.out(`${file}\n`);
    io.err(
      `Exported ${format ? `the ${format} files of a dataset` : 'a dataset'} of ${result.documents} documents and ${result.entities} entities${format && !['conll', 'spans', 'doccano', 'label-studio'].includes(format) ? '' : ` (${result.spans} spans)`} to ${result.dir}.\n`,
    );
    if (result.documents === 0)
      io.err(
        `No document matched${values['include-pending'] ? '' : ' (only confirmed documents are exported; --include-pending adds the rest)'}: the tables hold only their headers.\n`,
      );
    return EXIT_OK;
  } finally {
    await backend.close();
  }
}
