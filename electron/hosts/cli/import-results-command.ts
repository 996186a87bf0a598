import { resolve } from 'node:path';
import type { Backend } from '../../backend/backend.ts';
import { call } from './call.ts';
import { EXIT_FAILED, EXIT_OK } from './cli-error.ts';
import type { CliIo } from './io.ts';

/**
 * `lontar import --results FILE.jsonl…`: results of `lontar extract --jsonl` (run elsewhere, e.g.
 * one file per cluster shard) merged into the library by SHA-256 without reading anything again.
 * Error lines and refused lines go to stderr; exit 0 when any document merged.
 */
export async function importResults(
  files: readonly string[],
  io: CliIo,
  json: boolean,
  openBackend: () => Promise<Backend>,
): Promise<number> {
  const backend = await openBackend();
  try {
    const r = await call(backend, 'import.results', { files: files.map((f) => resolve(io.cwd, f)) });
    for (const e of r.errors) io.err(`failed ${e.file}: ${e.error}\n`);
    for (const refused of r.refused) io.err(`refused ${refused.where}: ${refused.message}\n`);
    if (json) io.out(`${JSON.stringify(r)}\n`);
    else {
      io.out(
        `${r.documents} documents merged: ${r.added} new (text only, no originals), ${r.existing} already in the library; ${r.entities} entities added; ` +
          `${r.errors.length} error line${r.errors.length === 1 ? '' : 's'}, ${r.refused.length} refused.\n`,
      );
    }
    return r.documents > 0 ? EXIT_OK : EXIT_FAILED;
  } finally {
    await backend.close();
  }
}
