import type { Backend, DocumentParts } from '../../backend/backend.ts';
import { backupCommand } from './backup-command.ts';
import { CliError, EXIT_OK, EXIT_USAGE, usageError } from './cli-error.ts';
import { exportCommand } from './export-command.ts';
import { extractCommand } from './extract-command.ts';
import { HELP } from './help.ts';
import { importCommand } from './import-command.ts';
import type { CliIo } from './io.ts';
import { listCommand } from './list-command.ts';

export interface CliDeps {
  io: CliIo;
  version: string;
  openBackend: () => Promise<Backend>;
  loadParts: () => Promise<DocumentParts>;
}

/** Runs one CLI invocation and returns its exit status; errors become one line on stderr. */
export async function runCli(argv: string[], deps: CliDeps): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'import':
        return await importCommand(rest, deps.io, deps.openBackend);
      case 'list':
        return await listCommand(rest, deps.io, deps.openBackend);
      case 'extract':
        return await extractCommand(rest, deps.io, deps.loadParts);
      case 'backup':
        return await backupCommand(rest, deps.io, deps.openBackend);
      case 'export':
        return await exportCommand(rest, deps.io, deps.openBackend);
      case '--version':
      case '-v':
        deps.io.out(`${deps.version}\n`);
        return EXIT_OK;
      case '--help':
      case '-h':
      case 'help':
        deps.io.out(HELP);
        return EXIT_OK;
      case undefined:
        deps.io.err(HELP);
        return EXIT_USAGE;
      default:
        throw usageError(`unknown command "${command}"`);
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    deps.io.err(`lontar: ${message.split('\n')[0]}\n`);
    return error instanceof CliError ? error.exitCode : 1;
  }
}
