import { resolve } from 'node:path';
import type { Backend } from '../../backend/backend.ts';
import { call } from './call.ts';
import { EXIT_OK, usageError } from './cli-error.ts';
import { oneOf, parseCommandArgs } from './commands.ts';
import type { CliIo } from './io.ts';
import { DATASET_FLAGS, exportDataset } from './export-dataset-command.ts';

/** `lontar export`: the dataset (no --format), or only the clerk's records as CSV (one file per type) or JSONL, into a folder. */
export async function exportCommand(argv: string[], io: CliIo, openBackend: () => Promise<Backend>): Promise<number> {
  const { values, positionals } = parseCommandArgs('export', argv, {
    format: { type: 'string' }, out: { type: 'string' }, 'include-pending': { type: 'boolean' }, ...DATASET_FLAGS,
  });
  if (positionals.length > 0) throw usageError(`export: unexpected argument "${positionals[0]}"`);
  if (!values.format) {
    if (!values.out) throw usageError('export: --out DIR is required');
    return exportDataset({ ...values, out: values.out }, io, openBackend);
  }
  const datasetOnly = Object.keys(DATASET_FLAGS).find((flag) => values[flag as keyof typeof DATASET_FLAGS] !== undefined);
  if (datasetOnly) throw usageError(`export: --${datasetOnly} applies to the dataset export (without --format)`);
  if (!values.format) throw usageError('export: --format csv|jsonl is required');
  const format = oneOf('export', 'format', values.format, ['csv', 'jsonl'] as const, 'csv');
  if (!values.out) throw usageError('export: --out DIR is required');
  const backend = await openBackend();
  try {
    const result = await call(backend, 'export.run', { format, dir: resolve(io.cwd, values.out), includePending: values['include-pending'] ?? false });
    for (const file of result.files) io.out(`${file}\n`);
    io.err(`Exported ${result.entities} entities from ${result.documents} documents.\n`);
    return EXIT_OK;
  } finally {
    await backend.close();
  }
}
