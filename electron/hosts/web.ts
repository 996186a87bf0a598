// `npm run web`: the backend behind a loopback HTTP server, serving the built UI to a browser.
// stdout gets exactly one line, the URL with its token; everything else goes to stderr.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { resolveDataDir } from '../backend/data-dir.ts';
import { openBackend } from '../backend/open-backend.ts';
import { startHttpHost } from './http-server.ts';

const usage = 'usage: npm run web -- [--port N] (0 picks a free port)';
let port: number;
try {
  const { values } = parseArgs({ options: { port: { type: 'string' } }, strict: true, allowPositionals: false });
  port = values.port === undefined ? 5178 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--port must be a number from 0 to 65535 (got "${values.port}")`);
} catch (error) {
  process.stderr.write(`lontar web: ${error instanceof Error ? error.message : String(error)}\n${usage}\n`);
  process.exit(2);
}

const staticDir = fileURLToPath(new URL('../../out/web', import.meta.url));
if (!existsSync(`${staticDir}/index.html`)) {
  process.stderr.write('lontar web: the UI is not built; run `npm run web` (it builds first).\n');
  process.exit(1);
}

try {
  const dataDir = resolveDataDir();
  const backend = await openBackend({ dataDir });
  const host = await startHttpHost({ backend, staticDir, port });
  process.stdout.write(`${host.url}\n`);
  process.stderr.write(`Lontar is serving the library in ${dataDir}. Open the URL above; press Ctrl+C to stop.\n`);
  const stop = async () => {
    await host.close();
    await backend.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
} catch (error) {
  process.stderr.write(`lontar web: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
