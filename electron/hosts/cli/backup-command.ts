import { resolve } from 'node:path';
import type { Backend } from '../../backend/backend.ts';
import { EXIT_OK, usageError } from './cli-error.ts';
import { parseCommandArgs } from './commands.ts';
import type { CliIo } from './io.ts';

export async function backupCommand(argv: string[], io: CliIo, openBackend: () => Promise<Backend>): Promise<number> {
  const { positionals } = parseCommandArgs('backup', argv, {});
  if (positionals.length !== 1) throw usageError('backup: name exactly one target FILE');
  const target = resolve(io.cwd, positionals[0]!);
  const backend = await openBackend();
  try {
    backend.store.backup(target);
    io.out(`${target}\n`);
    return EXIT_OK;
  } finally {
    await backend.close();
  }
}
