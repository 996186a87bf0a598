import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../helpers/temp-dir.ts';

const tempDir = useTempDirs();
const bin = join(process.cwd(), 'bin', 'lontar.mjs');

describe('an import killed half-way', () => {
  it('re-run, ends with every document exactly once and an intact database', async () => {
    const data = tempDir();
    const folder = join(tempDir(), 'batch');
    mkdirSync(folder);
    const count = 300;
    for (let i = 0; i < count; i++) {
      writeFileSync(
        join(folder, `berita-${String(i).padStart(3, '0')}.txt`),
        `Berita nomor ${i}. Dinas Sosial Kabupaten Musi Banyuasin meraih nilai ${i},5 pada 14 Maret 2025.\n`.repeat(20),
      );
    }
    // Kill the process (no chance to clean up) once some documents are in.
    await new Promise<void>((resolve, reject) => {
      const child = spawn(process.execPath, [bin, 'import', folder], {
        env: { ...process.env, LONTAR_DATA_DIR: data },
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      let imported = 0;
      child.stderr.on('data', (chunk: Buffer) => {
        imported += (chunk.toString().match(/ imported /g) ?? []).length;
        if (imported >= 20 && child.exitCode === null) child.kill('SIGKILL');
      });
      child.on('exit', (code, signal) =>
        signal === 'SIGKILL' ? resolve() : reject(new Error(`import finished before it could be killed (exit ${code})`)),
      );
    });
    const half = new BetterSqlite3(join(data, 'lontar.sqlite'), { readonly: true });
    const stored = half.prepare('SELECT count(*) FROM documents').pluck().get() as number;
    half.close();
    expect(stored).toBeGreaterThanOrEqual(20);
    expect(stored).toBeLessThan(count);

    const rerun = spawnSync(process.execPath, [bin, 'import', folder, '--json'], {
      env: { ...process.env, LONTAR_DATA_DIR: data },
      encoding: 'utf8',
      timeout: 300_000,
    });
    expect(rerun.status, rerun.stderr).toBe(0);
    const summary = JSON.parse(rerun.stdout) as { imported: unknown[]; duplicates: unknown[]; failed: unknown[] };
    expect(summary.failed).toEqual([]);
    expect(summary.duplicates.length).toBe(stored);
    expect(summary.imported.length).toBe(count - stored);

    const db = new BetterSqlite3(join(data, 'lontar.sqlite'), { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.prepare('SELECT count(*) FROM documents').pluck().get()).toBe(count);
    expect(db.prepare('SELECT count(DISTINCT original_name) FROM documents').pluck().get()).toBe(count);
    // Every stored document is whole: text and its extracted entities landed together.
    expect(
      db.prepare('SELECT count(*) FROM documents d WHERE NOT EXISTS (SELECT 1 FROM entities e WHERE e.document_id = d.id)').pluck().get(),
    ).toBe(0);
    // The killed job is marked interrupted, so the UI can offer to retry it.
    expect(db.prepare('SELECT status FROM import_jobs ORDER BY id').pluck().all()).toEqual(['interrupted', 'done']);
    db.close();
  });
});
