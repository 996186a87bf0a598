import { existsSync, mkdirSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackend } from '../../../electron/backend/backend.ts';
import type { Backend } from '../../../electron/backend/backend.ts';
import { dispatch } from '../../../shared/contract/dispatch.ts';
import { plainTextParts } from '../../helpers/plain-text-parts.ts';
import { useTempDirs } from '../../helpers/temp-dir.ts';

// Nothing left behind: staged uploads go whatever their outcome, page images and originals go with
// the last document that used them.
const tempDir = useTempDirs();

function open(dataDir: string, parts = plainTextParts()): Backend {
  return createBackend({ dataDir, version: 'test', parts, systemUser: 'tester' });
}

async function call(backend: Backend, method: string, args: unknown) {
  const result = await dispatch(backend.handlers, method, args);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as never;
}

const stage = async (backend: Backend, name: string, text: string) => ({
  stagedId: ((await call(backend, 'import.stage', { name, bytes: new TextEncoder().encode(text) })) as { stagedId: string }).stagedId,
  name,
});

const staged = (dataDir: string) => (existsSync(join(dataDir, 'staging')) ? readdirSync(join(dataDir, 'staging')) : []);

describe('nothing left behind', () => {
  it('removes staged uploads that were imported, duplicates or unreadable', async () => {
    const dataDir = join(tempDir(), 'data');
    const backend = open(dataDir);
    const sources = [
      await stage(backend, 'a.txt', 'Dinas Sosial'),
      await stage(backend, 'b.txt', 'Dinas Sosial'),
      await stage(backend, 'c.txt', ''),
    ];
    expect(staged(dataDir)).toHaveLength(3);
    const { jobId } = (await call(backend, 'import.start', { sources })) as { jobId: number };
    const summary = await backend.importer.whenDone(jobId)!;
    expect(summary.imported).toHaveLength(1);
    expect(summary.duplicates).toHaveLength(1);
    expect(summary.failed).toEqual([{ file: 'c.txt', error: 'The file is empty', retryable: true }]);
    expect(staged(dataDir)).toEqual([]);
    await backend.close();
  });

  it('removes the staged uploads of a cancelled job, started or not', async () => {
    const dataDir = join(tempDir(), 'data');
    // Files after the first wait in their reader until the cancel, sent when the first is imported.
    const base = plainTextParts();
    let openGate = () => {};
    const gate = new Promise<void>((resolve) => {
      openGate = resolve;
    });
    const backend = open(dataDir, {
      ...base,
      readDocument: async (input, options) => {
        if (input.name !== 'd0.txt') await gate;
        return base.readDocument(input, options);
      },
    });
    const sources = [];
    for (let i = 0; i < 6; i++) sources.push(await stage(backend, `d${i}.txt`, `Dokumen ${i}`));
    let cancelled: Promise<unknown> | undefined;
    backend.events.subscribe((e) => {
      if (e.name === 'import.progress' && e.payload.phase === 'imported' && !cancelled) {
        cancelled = call(backend, 'import.cancel', { jobId: e.payload.jobId }).finally(openGate);
      }
    });
    const { jobId } = (await call(backend, 'import.start', { sources })) as { jobId: number };
    const summary = await backend.importer.whenDone(jobId)!;
    expect(await cancelled).toEqual({ cancelled: true });
    expect(summary.cancelled).toBe(true);
    expect(summary.imported).toHaveLength(1);
    expect(staged(dataDir)).toEqual([]);
    await backend.close();
  });

  it('sweeps staged files a crash left behind when the library opens, sparing fresh ones', async () => {
    const dataDir = join(tempDir(), 'data');
    mkdirSync(join(dataDir, 'staging'), { recursive: true });
    const old = join(dataDir, 'staging', 'a'.repeat(32));
    const partial = join(dataDir, 'staging', `${'b'.repeat(32)}.1234abcd.partial`);
    const fresh = join(dataDir, 'staging', 'c'.repeat(32));
    for (const file of [old, partial, fresh]) writeFileSync(file, 'x');
    const dayAgo = new Date(Date.now() - 24 * 3600 * 1000);
    utimesSync(old, dayAgo, dayAgo);
    utimesSync(partial, dayAgo, dayAgo);
    const backend = open(dataDir);
    expect(staged(dataDir)).toEqual(['c'.repeat(32)]);
    await backend.close();
  });

  it('removes originals and cached page images with the last document using them, and only then', async () => {
    const dir = tempDir();
    const dataDir = join(dir, 'data');
    const backend = open(dataDir);
    const paths = ['satu.txt', 'dua.txt'].map((name, i) => {
      const path = join(dir, name);
      writeFileSync(path, `Dinas Sosial dokumen ${i}`);
      return path;
    });
    const { jobId } = (await call(backend, 'import.start', { sources: paths.map((path) => ({ path })) })) as { jobId: number };
    const [first, second] = (await backend.importer.whenDone(jobId)!).imported.map((i) => backend.store.documents.get(i.id)!);
    const cache = join(dataDir, 'cache', 'pages');
    mkdirSync(cache, { recursive: true });
    for (const doc of [first!, second!]) for (const page of [1, 2]) writeFileSync(join(cache, `${doc.contentHash}-${page}.png`), 'png');
    const original = (hash: string) => join(dataDir, 'originals', hash.slice(0, 2), hash);

    await call(backend, 'documents.delete', { id: first!.id });
    // In the trash it can still be restored: nothing is removed yet.
    expect(existsSync(original(first!.contentHash))).toBe(true);
    expect(await call(backend, 'trash.empty', {})).toEqual({ purged: 1 });
    expect(existsSync(original(first!.contentHash))).toBe(false);
    expect(readdirSync(cache).sort()).toEqual([`${second!.contentHash}-1.png`, `${second!.contentHash}-2.png`]);
    expect(existsSync(original(second!.contentHash))).toBe(true);
    await backend.close();
  });
});
