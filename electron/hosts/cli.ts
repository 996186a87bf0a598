// Entry point of the `lontar` command (bin/lontar.mjs loads it under Node >= 22 with type stripping).
import { resolveDataDir } from '../backend/data-dir.ts';
import { APP_VERSION, loadDocumentParts, openBackend } from '../backend/open-backend.ts';
import { runCli } from './cli/main.ts';
import { processIo } from './cli/io.ts';

const io = processIo();
const code = await runCli(process.argv.slice(2), {
  io,
  version: APP_VERSION,
  openBackend: () => openBackend({ dataDir: resolveDataDir(io.env) }),
  loadParts: () => loadDocumentParts(),
});
// Exit explicitly: a library's stray handle must not keep a finished command alive.
process.exitCode = code;
process.stdout.write('', () => process.exit(code));
