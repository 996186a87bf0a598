import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openBackend } from '../../../electron/backend/open-backend.ts';
import { useTempDirs } from '../../helpers/temp-dir.ts';

// A host asked to stop (SIGTERM, the window closing) while a file stalls its reader thread: the
// thread is terminated after the grace, the job records the file as cancelled, the library closes.
const tempDir = useTempDirs();

describe('shutdown during a stalled read', () => {
  it('closes within seconds and records the file as cancelled', async () => {
    const dir = tempDir();
    const file = join(dir, 'stall.txt');
    writeFileSync(file, 'isi');
    const backend = await openBackend({
      dataDir: join(dir, 'data'),
      readerWorker: new URL('../../helpers/stalling-reader-worker.ts', import.meta.url),
    });
    const { jobId } = await backend.importer.start({ sources: [{ path: file }], ocr: 'off', lang: 'ind+eng' });
    await new Promise((r) => setTimeout(r, 300));
    const started = performance.now();
    const done = backend.importer.whenDone(jobId)!;
    await backend.close();
    expect(performance.now() - started).toBeLessThan(10_000);
    const summary = await done;
    expect(summary.cancelled).toBe(true);
    expect(summary.imported).toEqual([]);
  });
});
