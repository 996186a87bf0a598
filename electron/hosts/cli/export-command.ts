import { resolve } from 'node:path';
import type { Backend } from '../../backend/backend.ts';
import { call } from './call.ts';
import { EXIT_OK, usageError } from './cli-error.ts';
import { oneOf, parseCommandArgs } from './commands.ts';
import type { CliIo } from './io.ts';
import { DATASET_FLAGS, exportDataset, refuseDatasetFlags } from './export-dataset-command.ts';

const FORMATS = ['csv', 'jsonl', 'scores', 'decrees', 'jdihn', 'archive-list'] as const;
const DECREE_FORMATS: readonly string[] = ['decrees', 'jdihn', 'archive-list'];

/**
 * `lontar export`: the clerk's records as CSV (one file per type) or JSONL, the scores dataset
 * (scores.csv), or her decree records as decrees.csv, the JDIHN feed (jdihn.json) or the archive
 * list (daftar-arsip.csv), into a folder.
 */
export async function exportCommand(argv: string[], io: CliIo, openBackend: () => Promise<Backend>): Promise<number> {
  const { values, positionals } = parseCommandArgs('export', argv, {
    format: { type: 'string' }, out: { type: 'string' }, 'include-pending': { type: 'boolean' }, ...DATASET_FLAGS,
  });
  // Without --format: the whole dataset (export-dataset-command.ts); its own flags need that.
  if (!values.format) return exportDataset(values, positionals, io, openBackend);
  refuseDatasetFlags(values);
  if (positionals.length > 0) throw usageError(`export: unexpected argument "${positionals[0]}"`);
  if (!values.format) throw usageError(`export: --format ${FORMATS.join('|')} is required`);
  const format = oneOf('export', 'format', values.format, FORMATS, 'csv');
  if (!values.out) throw usageError('export: --out DIR is required');
  const backend = await openBackend();
  try {
    const result = await call(backend, 'export.run', { format, dir: resolve(io.cwd, values.out), includePending: values['include-pending'] ?? false });
    for (const file of result.files) io.out(`${file}\n`);
    if (!DECREE_FORMATS.includes(format)) io.err(`Exported ${result.entities} entities from ${result.documents} documents.\n`);
    else if (result.decrees === 0) io.err(`No decree records to export${values['include-pending'] ? '' : ' (none confirmed yet; --include-pending adds the rest)'}: wrote an empty file.\n`);
    else io.err(`Exported ${result.decrees} decree records.\n`);
    return EXIT_OK;
  } finally {
    await backend.close();
  }
}
