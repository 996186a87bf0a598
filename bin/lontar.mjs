#!/usr/bin/env node
// The `lontar` command. The CLI is TypeScript run by Node's built-in type stripping, which needs
// Node >= 22.18 (24 LTS recommended; `npm run lontar` uses the Node pinned in devDependencies).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 13)) {
  process.stderr.write(
    `lontar: Node ${process.versions.node} is too old; Lontar needs Node 22.13 or newer (24 LTS recommended). ` +
      'Run it through npm (npm run lontar -- …), which uses the Node pinned by the project.\n',
  );
  process.exit(1);
}
const cli = fileURLToPath(new URL('../electron/hosts/cli.ts', import.meta.url));
if (process.features.typescript) {
  await import(cli);
} else {
  // Node 22.13–22.17 can strip types only behind a flag: run the CLI in a child with it.
  const child = spawnSync(
    process.execPath,
    ['--experimental-strip-types', '--disable-warning=ExperimentalWarning', cli, ...process.argv.slice(2)],
    { stdio: 'inherit' },
  );
  process.exit(child.status ?? 1);
}
