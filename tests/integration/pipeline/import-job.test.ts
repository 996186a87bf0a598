import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackend } from '../../../electron/backend/backend.ts';
import type { Backend } from '../../../electron/backend/backend.ts';
import { dispatch } from '../../../shared/contract/dispatch.ts';
import type { AnyEvent } from '../../../shared/contract/events.ts';
import { plainTextParts } from '../../helpers/plain-text-parts.ts';
import { sharedDir } from '../../helpers/fixtures/paths.ts';
import { createNearDuplicateDetector } from '../../../electron/backend/pipeline/near-duplicates.ts';
import { useTempDirs } from '../../helpers/temp-dir.ts';

const tempDir = useTempDirs();
const ARTICLE = 'Dinas Sosial Kabupaten Musi Banyuasin meraih nilai 4,52.\r\nBaris kedua.';

function open(dataDir: string, parts = plainTextParts()): Backend {
  return createBackend({ dataDir, version: 'test', parts, systemUser: 'tester' });
}

async function call(backend: Backend, method: string, args: unknown) {
  const result = await dispatch(backend.handlers, method, args);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as never;
}

async function importPaths(backend: Backend, paths: string[]) {
  const { jobId } = (await call(backend, 'import.start', { sources: paths.map((path) => ({ path })) })) as { jobId: number };
  return backend.importer.whenDone(jobId)!;
}

describe('import job', () => {
  it('stores a text document with its clean text and pending entities, keeps the original, reports a re-import as a duplicate', async () => {
    const dir = tempDir();
    const file = join(dir, 'artikel.txt');
    writeFileSync(file, `\uFEFF${ARTICLE}`);
    const backend = open(join(dir, 'data'));
    const first = await importPaths(backend, [file]);
    expect(first.imported).toEqual([{ file, id: 1 }]);
    const second = await importPaths(backend, [file]);
    expect(second.imported).toEqual([]);
    expect(second.duplicates).toEqual([{ file, of: 1, name: 'artikel.txt' }]);

    const list = (await call(backend, 'documents.list', {})) as { total: number; items: Array<{ name: string; status: string }> };
    expect(list.total).toBe(1);
    expect(list.items[0]).toMatchObject({ name: 'artikel.txt', status: 'new' });
    const doc = (await call(backend, 'documents.get', { id: 1 })) as {
      text: string;
      entities: Array<{ normalized: string; status: string; start: number }>;
    };
    expect(doc.text).toBe(ARTICLE.replace('\r\n', '\n'));
    expect(doc.entities).toEqual([expect.objectContaining({ normalized: 'Dinas Sosial', status: 'pending', start: 0 })]);
    const hash = backend.store.documents.get(1)!.contentHash;
    expect(existsSync(join(dir, 'data', 'originals', hash.slice(0, 2), hash))).toBe(true);
    await backend.close();
  });

  it('records an unreadable file as a failure of its job and stores nothing for it; the batch goes on', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0xff, 0xfe, 0x00]));
    writeFileSync(join(dir, 'good.txt'), ARTICLE);
    const backend = open(join(dir, 'data'));
    const summary = await importPaths(backend, [join(dir, 'binary.txt'), join(dir, 'missing.txt'), join(dir, 'good.txt')]);
    expect(summary.imported.map((i) => i.file)).toEqual([join(dir, 'good.txt')]);
    expect(summary.failed).toEqual([
      { file: join(dir, 'binary.txt'), error: 'This is not a text file', retryable: true },
      { file: join(dir, 'missing.txt'), error: `File not found: ${join(dir, 'missing.txt')}`, retryable: true },
    ]);
    const job = (await call(backend, 'import.job', { jobId: summary.jobId })) as {
      status: string;
      items: Array<{ status: string; error: string | null }>;
    };
    expect(job.status).toBe('done');
    expect(job.items.map((i) => i.status)).toEqual(['failed', 'failed', 'imported']);
    expect(((await call(backend, 'documents.list', {})) as { total: number }).total).toBe(1);
    await backend.close();
  });

  it('reports a file that disappears mid-import, and a broken link in a folder, and goes on', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'in'));
    const files = ['a.txt', 'b.txt', 'c.txt'].map((name) => {
      writeFileSync(join(dir, 'in', name), `Dokumen ${name} Dinas Sosial`);
      return join(dir, 'in', name);
    });
    symlinkSync(join(dir, 'nowhere.txt'), join(dir, 'in', 'd-link.txt'));
    const backend = open(join(dir, 'data'), plainTextParts({ delayMs: 30 }));
    const { jobId } = (await call(backend, 'import.start', { sources: [{ path: join(dir, 'in') }] })) as { jobId: number };
    rmSync(files[2]!); // gone after the folder was walked, before it was read
    const summary = await backend.importer.whenDone(jobId)!;
    expect(summary.imported.map((i) => i.file)).toEqual(files.slice(0, 2));
    expect(summary.failed).toEqual([
      { file: files[2], error: `File not found: ${files[2]}`, retryable: true },
      { file: join(dir, 'in', 'd-link.txt'), error: `File not found: ${join(dir, 'in', 'd-link.txt')}`, retryable: true },
    ]);
    await backend.close();
  });

  it('stores near-duplicates (the same release from another outlet) flagged, but never against a trashed document', async () => {
    const dir = tempDir();
    const release = readFileSync(join(sharedDir(), 'corpus', 'dev', 'seed-000.txt'), 'utf8');
    const other = readFileSync(join(sharedDir(), 'corpus', 'dev', 'dev-001.txt'), 'utf8');
    const copies = {
      'asli.txt': release,
      'outlet-lain.txt': `PALEMBANG, KORANKITA.ID – ${release.replace('Prestasi gemilang', 'Capaian gemilang')}\nBaca Juga: Berita lain hari ini`,
      'berbeda.txt': other,
      'salinan-ketiga.txt': `Editor: Redaksi\n${release}`,
    };
    for (const [name, text] of Object.entries(copies)) writeFileSync(join(dir, name), text);
    const parts = { ...plainTextParts(), nearDuplicates: createNearDuplicateDetector() };
    const backend = open(join(dir, 'data'), parts);
    const first = await importPaths(
      backend,
      ['asli.txt', 'outlet-lain.txt', 'berbeda.txt'].map((n) => join(dir, n)),
    );
    expect(first.imported).toHaveLength(3);
    expect(first.nearDuplicates).toEqual([{ file: join(dir, 'outlet-lain.txt'), id: 2, of: 1, similarity: expect.any(Number) }]);
    expect(first.nearDuplicates[0]!.similarity).toBeGreaterThanOrEqual(0.5);
    expect(((await call(backend, 'documents.get', { id: 2 })) as { nearDuplicateOf: number | null }).nearDuplicateOf).toBe(1);

    // With both copies in the trash, a third copy is not flagged against either.
    await call(backend, 'documents.delete', { id: 1 });
    await call(backend, 'documents.delete', { id: 2 });
    const third = await importPaths(backend, [join(dir, 'salinan-ketiga.txt')]);
    expect(third.imported).toHaveLength(1);
    expect(third.nearDuplicates).toEqual([]);
    await backend.close();
  });

  it('walks folders recursively, taking supported formats and naming the rest as skipped', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'in', 'sub'), { recursive: true });
    writeFileSync(join(dir, 'in', 'a.txt'), 'Satu Dinas Sosial');
    writeFileSync(join(dir, 'in', 'sub', 'b.TXT'), 'Dua');
    writeFileSync(join(dir, 'in', 'sub', 'notes.md'), '# skip me');
    writeFileSync(join(dir, 'in', '.hidden.txt'), 'hidden');
    const backend = open(join(dir, 'data'));
    const summary = await importPaths(backend, [join(dir, 'in')]);
    expect(summary.imported.map((i) => i.file)).toEqual([join(dir, 'in', 'a.txt'), join(dir, 'in', 'sub', 'b.TXT')]);
    expect(summary.skipped).toEqual([{ file: join(dir, 'in', 'sub', 'notes.md'), reason: 'not a supported format' }]);
    await backend.close();
  });

  it('imports staged uploads and emits progress events ending in import.finished', async () => {
    const dir = tempDir();
    const backend = open(join(dir, 'data'));
    const seen: AnyEvent[] = [];
    backend.events.subscribe((e) => seen.push(e));
    const { stagedId } = (await call(backend, 'import.stage', { name: 'unggahan.txt', bytes: new TextEncoder().encode(ARTICLE) })) as {
      stagedId: string;
    };
    const { jobId } = (await call(backend, 'import.start', { sources: [{ stagedId, name: 'unggahan.txt' }] })) as { jobId: number };
    const summary = await backend.importer.whenDone(jobId)!;
    expect(summary.imported).toEqual([{ file: 'unggahan.txt', id: 1 }]);
    const phases = seen.filter((e) => e.name === 'import.progress').map((e) => (e.payload as { phase: string }).phase);
    expect(phases[0]).toBe('reading');
    expect(phases.at(-1)).toBe('imported');
    expect(seen.at(-1)?.name).toBe('import.finished');
    expect(existsSync(join(dir, 'data', 'staging', stagedId))).toBe(false);
    await backend.close();
  });

  it('cancels a running job: stored documents stay whole, the rest is marked cancelled', async () => {
    const dir = tempDir();
    const files = Array.from({ length: 6 }, (_, i) => {
      const file = join(dir, `doc-${i}.txt`);
      writeFileSync(file, `Dokumen nomor ${i}`);
      return file;
    });
    // A gate instead of a clock: every file after the first waits in its reader until the job is
    // cancelled, and the cancel is sent when the first file's import is reported.
    const base = plainTextParts();
    let openGate = () => {};
    const gate = new Promise<void>((resolve) => {
      openGate = resolve;
    });
    const backend = open(join(dir, 'data'), {
      ...base,
      readDocument: async (input, options) => {
        if (!input.name.endsWith('doc-0.txt')) await gate;
        return base.readDocument(input, options);
      },
    });
    let cancelled: Promise<unknown> | undefined;
    backend.events.subscribe((e) => {
      if (e.name === 'import.progress' && e.payload.phase === 'imported' && !cancelled) {
        cancelled = call(backend, 'import.cancel', { jobId: e.payload.jobId }).finally(openGate);
      }
    });
    const { jobId } = (await call(backend, 'import.start', { sources: files.map((path) => ({ path })) })) as { jobId: number };
    const summary = await backend.importer.whenDone(jobId)!;
    expect(await cancelled).toEqual({ cancelled: true });
    expect(summary.cancelled).toBe(true);
    expect(summary.imported.map((i) => i.file)).toEqual([files[0]]);
    const job = (await call(backend, 'import.job', { jobId })) as { status: string; items: Array<{ status: string }> };
    expect(job.status).toBe('cancelled');
    expect(job.items.filter((i) => i.status === 'cancelled').length).toBe(6 - summary.imported.length);
    // Re-running the same files imports each remaining one exactly once.
    const rerun = await importPaths(backend, files);
    expect(rerun.imported.length + rerun.duplicates.length).toBe(6);
    expect(((await call(backend, 'documents.list', {})) as { total: number }).total).toBe(6);
    await backend.close();
  });

  it('marks jobs cut off by a crash as interrupted when the library is opened again', async () => {
    const dir = tempDir();
    const data = join(dir, 'data');
    const first = open(data);
    const jobId = first.store.importJobs.create(
      'auto',
      'ind+eng',
      [{ file: 'x.txt', sourcePath: '/x.txt', stagedId: null }],
      new Date().toISOString(),
    );
    first.store.close(); // the process "dies" without finishing the job
    const second = open(data);
    const job = (await call(second, 'import.job', { jobId })) as { status: string };
    expect(job.status).toBe('interrupted');
    await second.close();
  });
});
