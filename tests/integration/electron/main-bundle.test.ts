import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '../../../electron/backend/storage/migrations/index.ts';
import { useTempDirs } from '../../helpers/temp-dir.ts';

// The built Electron main process (out/main/index.js), started in plain Node with `electron`
// replaced by a recording stand-in: proves the bundle loads, finds its resources, opens the
// library, answers IPC only from the app, and serves the UI through app:// with the CSP.
const tempDir = useTempDirs();
const article = join(process.env.LONTAR_SHARED_DIR ?? join(process.cwd(), '..', 'shared'), 'corpus', 'dev', 'seed-000.txt');

describe('Electron main bundle', () => {
  it('builds, starts, answers IPC and serves the UI, then quits cleanly', () => {
    const build = spawnSync(process.execPath, [join('node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'], {
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(build.status, build.stderr).toBe(0);
    const syntax = spawnSync(process.execPath, ['--check', join('out', 'main', 'index.js')], { encoding: 'utf8' });
    expect(syntax.status, syntax.stderr).toBe(0);

    const dataDir = tempDir();
    const dropped = join(tempDir(), 'surat-edaran.txt');
    writeFileSync(dropped, 'Surat edaran Kepala Dinas Sosial tentang jam kerja selama bulan puasa.');
    const run = spawnSync(process.execPath, ['--import', './tests/helpers/electron-stub/register.mjs', join('out', 'main', 'index.js')], {
      encoding: 'utf8',
      timeout: 120_000,
      env: { ...process.env, LONTAR_DATA_DIR: dataDir, LONTAR_STUB_IMPORT: article, LONTAR_STUB_DROP: dropped },
    });
    const events = run.stdout
      .trim()
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { kind: string; value: unknown });
    const of = (kind: string) => events.find((e) => e.kind === kind)?.value;
    expect(of('error'), run.stderr).toBeUndefined();
    expect(of('errorBox'), run.stderr).toBeUndefined();
    expect(of('setPath')).toEqual({ name: 'userData', value: dataDir });
    expect(of('window')).toMatchObject({ webPreferences: { contextIsolation: true, sandbox: true, nodeIntegration: false } });
    expect(of('loadURL')).toBe('app://lontar/index.html');
    expect(of('menu')).toEqual(['Berkas', 'Sunting', 'Tampilan', 'Bantuan']);
    expect(of('invoke')).toMatchObject({ ok: true, value: { dataDir, schemaVersion: LATEST_SCHEMA_VERSION } });
    expect(of('foreign')).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    // The import ran on the bundled reader thread and the extractor found entities.
    expect(of('import')).toMatchObject({ ok: true, value: { status: 'done', items: [{ status: 'imported', documentId: 1 }] } });
    // A dropped file: the preload gave its path, main let the absolute path through, it was read from disk.
    expect(of('dropPath')).toBe(dropped);
    expect(of('drop')).toMatchObject({
      ok: true,
      value: { status: 'done', items: [{ status: 'imported', sourcePath: dropped, documentId: 2 }] },
    });
    expect(of('relativeDrop')).toMatchObject({ ok: false, error: { code: 'invalid_request', message: expect.stringMatching(/absolute/) } });
    expect(of('protocol')).toMatchObject({
      status: 200,
      csp: expect.stringContaining("script-src 'self'"),
      html: expect.stringContaining('<title>Lontar</title>'),
    });
    expect(of('quit')).toBe(true);
    expect(run.status).toBe(0);
    expect(existsSync(join(dataDir, 'lontar.sqlite'))).toBe(true);
  });
});
