import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openBackend } from '../../../electron/backend/open-backend.ts';
import { createBackend } from '../../../electron/backend/backend.ts';
import { call, refusal } from '../../helpers/backend-calls.ts';
import { plainTextParts } from '../../helpers/plain-text-parts.ts';
import { mulberry32 as seededRandom } from '../../helpers/seeded-random.ts';
import { useTempDirs } from '../../helpers/temp-dir.ts';

// Issue 11: what an import outcome tells the clerk to do next — a damaged file is named as such
// and not offered Retry, a duplicate names the document it duplicates, a job is retried once.
const tempDir = useTempDirs();
const ARTICLE = 'Kepala Dinas Sosial Kabupaten Musi Banyuasin menyerahkan bantuan kepada warga.';

function randomBytes(length: number): Uint8Array {
  const random = seededRandom(11);
  return Uint8Array.from({ length }, () => Math.floor(random() * 256));
}

describe('import outcomes', () => {
  it('names random bytes called .pdf a damaged PDF, with no Retry, beside an article that imports', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'rusak.pdf'), randomBytes(4096));
    writeFileSync(join(dir, 'rusak.docx'), randomBytes(2048));
    writeFileSync(join(dir, 'artikel.txt'), ARTICLE);
    const backend = await openBackend({ dataDir: join(dir, 'data') });
    try {
      const { jobId } = await call(backend, 'import.start', {
        sources: ['rusak.pdf', 'rusak.docx', 'artikel.txt'].map((f) => ({ path: join(dir, f) })),
      });
      const summary = await backend.importer.whenDone(jobId)!;
      expect(summary.imported.map((i) => i.file)).toEqual([join(dir, 'artikel.txt')]);
      expect(summary.failed).toEqual([
        { file: join(dir, 'rusak.pdf'), error: expect.stringMatching(/^Damaged PDF:/), retryable: false },
        { file: join(dir, 'rusak.docx'), error: expect.stringMatching(/^Damaged DOCX:/), retryable: false },
      ]);
      const job = await call(backend, 'import.job', { jobId });
      expect(job.items.map((i) => i.retryable)).toEqual([false, false, false]);
      // Nothing in it can be mended by reading again: the retry is refused, and no job is made.
      expect((await refusal(call(backend, 'import.retry', { jobId }))).code).toBe('conflict');
      expect((await call(backend, 'import.jobs', {})).jobs).toHaveLength(1);
    } finally {
      await backend.close();
    }
  });

  it('names and links the document a duplicate repeats', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'asli.txt'), ARTICLE);
    writeFileSync(join(dir, 'salinan.txt'), ARTICLE);
    const backend = createBackend({ dataDir: join(dir, 'data'), version: 'test', parts: plainTextParts(), systemUser: 'tester' });
    const said: string[] = [];
    backend.events.subscribe((e) => {
      if (e.name === 'import.progress' && e.payload.phase === 'duplicate') said.push(e.payload.message ?? '');
    });
    try {
      const { jobId } = await call(backend, 'import.start', {
        sources: [{ path: join(dir, 'asli.txt') }, { path: join(dir, 'salinan.txt') }],
      });
      const summary = await backend.importer.whenDone(jobId)!;
      const [original] = summary.imported;
      expect(summary.duplicates).toEqual([{ file: join(dir, 'salinan.txt'), of: original!.id, name: 'asli.txt' }]);
      // The file's own row says it while the batch runs.
      expect(said).toEqual([`Already in the library as “asli.txt” (document ${original!.id})`]);
    } finally {
      await backend.close();
    }
  });

  it('retries a cancelled job once: its retry is what is retried next', async () => {
    const dir = tempDir();
    const paths = ['a.txt', 'b.txt', 'c.txt'].map((name, i) => {
      writeFileSync(join(dir, name), `${ARTICLE} Nomor ${i}.`);
      return join(dir, name);
    });
    const backend = createBackend({
      dataDir: join(dir, 'data'),
      version: 'test',
      parts: plainTextParts({ delayMs: 200 }),
      systemUser: 'tester',
    });
    try {
      const { jobId } = await call(backend, 'import.start', { sources: paths.map((path) => ({ path })) });
      await call(backend, 'import.cancel', { jobId });
      const cancelled = await backend.importer.whenDone(jobId)!;
      expect(cancelled.cancelled).toBe(true);
      expect((await call(backend, 'import.job', { jobId })).retriedBy).toBeNull();

      const { jobId: retryId } = await call(backend, 'import.retry', { jobId });
      expect((await call(backend, 'import.job', { jobId })).retriedBy).toBe(retryId);
      const again = await refusal(call(backend, 'import.retry', { jobId }));
      expect(again).toMatchObject({ code: 'conflict', message: expect.stringMatching(/already retried/) });
      const retried = await backend.importer.whenDone(retryId)!;
      expect(retried.imported).toHaveLength(3);
      expect((await call(backend, 'import.jobs', {})).jobs.map((j) => j.id)).toEqual([retryId, jobId]);
    } finally {
      await backend.close();
    }
  });
});
