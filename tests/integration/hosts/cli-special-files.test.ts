import { spawnSync } from 'node:child_process';
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRegularFile } from '../../../electron/backend/pipeline/read-regular-file.ts';
import { useTempDirs } from '../../helpers/temp-dir.ts';

// Paths that are not ordinary files: a pipe would block a read forever, /dev/zero never ends.
const tempDir = useTempDirs();
const sharedDir = process.env.LONTAR_SHARED_DIR ?? join(process.cwd(), '..', 'shared');
const posix = process.platform !== 'win32';

function lontar(args: string[], dataDir: string) {
  const started = Date.now();
  const result = spawnSync(process.execPath, [join(process.cwd(), 'bin', 'lontar.mjs'), ...args], {
    env: { ...process.env, LONTAR_DATA_DIR: dataDir },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, ms: Date.now() - started };
}

function fifo(dir: string): string {
  const path = join(dir, 'pipa.txt');
  expect(spawnSync('mkfifo', [path]).status).toBe(0);
  return path;
}

describe.runIf(posix)('only ordinary files are read', () => {
  it('import --json lists a FIFO and /dev/zero under failed with a message, never opened, and imports the article beside them', () => {
    const dir = tempDir();
    const pipe = fifo(dir);
    const article = join(dir, 'artikel.txt');
    copyFileSync(join(sharedDir, 'corpus', 'dev', 'dev-001.txt'), article);
    const result = lontar(['import', '--json', pipe, '/dev/zero', article], join(dir, 'data'));
    expect(result.code, result.stderr).toBe(0);
    const summary = JSON.parse(result.stdout.trim().split('\n').at(-1)!) as {
      imported: Array<{ file: string }>;
      failed: Array<{ file: string; error: string }>;
    };
    expect(summary.imported.map((i) => i.file)).toEqual([article]);
    expect(summary.failed).toEqual([
      { file: pipe, error: `${pipe} is a pipe, not an ordinary file: Lontar imports only ordinary files`, retryable: true },
      { file: '/dev/zero', error: '/dev/zero is a device, not an ordinary file: Lontar imports only ordinary files', retryable: true },
    ]);
    // A blocked open or an endless read would hit the 60 s timeout.
    expect(result.ms).toBeLessThan(30_000);
  });

  it('extract names the FIFO as failed and goes on', () => {
    const dir = tempDir();
    const pipe = fifo(dir);
    const article = join(dir, 'artikel.txt');
    copyFileSync(join(sharedDir, 'corpus', 'dev', 'dev-001.txt'), article);
    const result = lontar(['extract', pipe, article], join(dir, 'data'));
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain(`failed ${pipe}: ${pipe} is a pipe`);
    expect(JSON.parse(result.stdout) as { documents: unknown[] }).toMatchObject({ documents: [{ file: article }] });
  });

  it('a path that became a pipe after the folder walk is refused on the open descriptor, without blocking', async () => {
    const dir = tempDir();
    await expect(readRegularFile(fifo(dir), 1024)).rejects.toThrow(/is a pipe, not an ordinary file/);
    await expect(readRegularFile('/dev/zero', 1024)).rejects.toThrow(/is a device/);
    const big = join(dir, 'besar.txt');
    writeFileSync(big, Buffer.alloc(4096, 65));
    await expect(readRegularFile(big, 1024)).rejects.toThrow(/too large to import/);
    expect(Buffer.from(await readRegularFile(big, 8192)).toString()).toBe('A'.repeat(4096));
  });
});
