import { resolve } from 'node:path';
import type { Backend } from '../../backend/backend.ts';
import { call } from './call.ts';
import { EXIT_OK } from './cli-error.ts';
import type { CliIo } from './io.ts';

/** `lontar import --dataset DIR`: a dataset Lontar exported, brought back into the library. */
export async function importDataset(dir: string, io: CliIo, json: boolean, openBackend: () => Promise<Backend>): Promise<number> {
  const backend = await openBackend();
  try {
    const r = await call(backend, 'import.dataset', { dir: resolve(io.cwd, dir) });
    if (json) io.out(`${JSON.stringify(r)}\n`);
    else
      io.out(
        `${r.documents} documents from ${r.dir}: ${r.added} new (${r.textOnly} of them text only, without their original), ${r.existing} already in the library; ${r.entities} entities and ${r.merges} record merges added.\n`,
      );
    return EXIT_OK;
  } finally {
    await backend.close();
  }
}
