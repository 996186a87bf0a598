import { resolve } from 'node:path';
import type { Backend } from '../../backend/backend.ts';
import { call } from './call.ts';
import { EXIT_OK, usageError } from './cli-error.ts';
import { oneOf, parseCommandArgs } from './commands.ts';
import type { CliIo } from './io.ts';

/** `lontar export`: the clerk's records as CSV (one file per type), JSONL, or the scores dataset (scores.csv), into a folder. */
export async function exportCommand(argv: string[], io: CliIo, openBackend: () => Promise<Backend>): Promise<number> {
  const { values, positionals } = parseCommandArgs('export', argv, {
    format: { type: 'string' }, out: { type: 'string' }, 'include-pending': { type: 'boolean' },
  });
  if (positionals.length > 0) throw usageError(`export: unexpected argument "${positionals[0]}"`);
  if (!values.format) throw usageError('export: --format csv|jsonl|scores is required');
  const format = oneOf('export', 'format', values.format, ['csv', 'jsonl', 'scores'] as const, 'csv');
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
