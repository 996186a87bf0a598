import { resolve } from 'node:path';
import type { Backend } from '../../backend/backend.ts';
import { call } from './call.ts';
import { EXIT_OK, usageError } from './cli-error.ts';
import { oneOf, parseCommandArgs } from './commands.ts';
import type { CliIo } from './io.ts';
import { DATASET_FORMATS } from '../../../shared/contract/dataset-schemas.ts';
import type { DatasetFormat } from '../../../shared/contract/dataset-schemas.ts';
import { DATASET_FLAGS, exportDataset, refuseDatasetFlags } from './export-dataset-command.ts';

/** Files outside the dataset: the scores dataset and the decree formats (DECREES.md). */
const SINGLE_FILE_FORMATS = ['scores', 'decrees', 'jdihn', 'archive-list'] as const;
const FORMATS = [...DATASET_FORMATS, ...SINGLE_FILE_FORMATS] as const;
const DECREE_FORMATS: readonly string[] = ['decrees', 'jdihn', 'archive-list'];

/**
 * `lontar export`: the dataset (without --format), or one of its formats (--format csv, jsonl,
 * xlsx, conll, spans, doccano, label-studio: that format's files, with the dataset's filters), or
 * a single file outside it: the scores dataset (scores.csv), the decree records as decrees.csv, the
 * JDIHN feed (jdihn.json) or the archive list (daftar-arsip.csv), into a folder.
 */
export async function exportCommand(argv: string[], io: CliIo, openBackend: () => Promise<Backend>): Promise<number> {
  const { values, positionals } = parseCommandArgs('export', argv, {
    format: { type: 'string' },
    out: { type: 'string' },
    'include-pending': { type: 'boolean' },
    ...DATASET_FLAGS,
  });
  // Without --format: the whole dataset (export-dataset-command.ts); its own flags need that.
  if (!values.format) return exportDataset(values, positionals, io, openBackend);
  const chosen = oneOf('export', 'format', values.format, FORMATS, 'csv');
  // A dataset format goes through the dataset writer, its filters and its folder rules.
  if ((DATASET_FORMATS as readonly string[]).includes(chosen))
    return exportDataset(values, positionals, io, openBackend, chosen as DatasetFormat);
  const format = chosen as (typeof SINGLE_FILE_FORMATS)[number];
  refuseDatasetFlags(values);
  if (positionals.length > 0) throw usageError(`export: unexpected argument "${positionals[0]}"`);
  if (!values.out) throw usageError('export: --out DIR is required');
  const backend = await openBackend();
  try {
    const result = await call(backend, 'export.run', {
      format,
      dir: resolve(io.cwd, values.out),
      includePending: values['include-pending'] ?? false,
    });
    for (const file of result.files) io.out(`${file}\n`);
    if (!DECREE_FORMATS.includes(format)) io.err(`Exported ${result.entities} entities from ${result.documents} documents.\n`);
    else if (result.decrees === 0)
      io.err(
        `No decree records to export${values['include-pending'] ? '' : ' (none confirmed yet; --include-pending adds the rest)'}: wrote an empty file.\n`,
      );
    else io.err(`Exported ${result.decrees} decree records.\n`);
    return EXIT_OK;
  } finally {
    await backend.close();
  }
}
