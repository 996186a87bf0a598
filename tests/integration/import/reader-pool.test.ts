import { afterEach, describe, expect, it } from 'vitest';
import { createThreadedReader } from '../../../electron/backend/import/threaded-reader.ts';
import type { ThreadedReader, ThreadedReaderOptions } from '../../../electron/backend/import/threaded-reader.ts';

// Supervision of the reader threads, with a reader that stalls, hoards memory or reads slowly on
// command (tests/helpers/stalling-reader-worker.ts): what a file no cap foresaw would make it do.
const readers: ThreadedReader[] = [];
afterEach(async () => {
  for (const r of readers.splice(0)) await r.close();
});

const FAST = { baseMs: 600, perMegabyteMs: 0, perPageMs: 100, perOcrPageMs: 0 };
function open(options: ThreadedReaderOptions = {}): ThreadedReader {
  const reader = createThreadedReader({
    workerPath: new URL('../../helpers/stalling-reader-worker.ts', import.meta.url),
    size: 2,
    deadlines: FAST,
    graceMs: 300,
    ...options,
  });
  readers.push(reader);
  return reader;
}
const read = (reader: ThreadedReader, name: string, signal?: AbortSignal) =>
  reader.readDocument({ bytes: new TextEncoder().encode(`isi ${name}`), name }, { ocr: 'off', ...(signal ? { signal } : {}) });

describe('reader pool', () => {
  it('refuses a file over its deadline with a clear message, replaces its thread, and never holds up the others', async () => {
    const reader = open();
    const started = performance.now();
    const stalled = read(reader, 'stall.html').catch((e: unknown) => e);
    // While one thread is stuck, the other reads everything else.
    const ordinary = await Promise.all([read(reader, 'a.txt'), read(reader, 'b.txt'), read(reader, 'c.txt')]);
    expect(ordinary.map((d) => d.text)).toEqual(['isi a.txt', 'isi b.txt', 'isi c.txt']);
    expect(performance.now() - started).toBeLessThan(500);
    const error = await stalled;
    expect(error).toMatchObject({
      code: 'too-large',
      message: expect.stringMatching(
        /^This file is built in a way Lontar cannot read safely: reading it took longer than 1 s, so it was stopped/,
      ),
    });
    expect((error as Error).message).not.toMatch(/try again/i);
    // Both slots work again: the stuck thread was replaced.
    expect((await Promise.all([read(reader, 'd.txt'), read(reader, 'e.txt')])).map((d) => d.text)).toEqual(['isi d.txt', 'isi e.txt']);
  });

  it('gives pages their time: the deadline grows with the pages a file reports', async () => {
    const reader = open();
    expect((await read(reader, 'pages.pdf')).text).toBe('sepuluh halaman');
  });

  it('cancels a busy read by terminating its thread after the grace, queued ones at once', async () => {
    const reader = open({ size: 1, deadlines: { ...FAST, baseMs: 60_000 } });
    const busy = new AbortController();
    const queued = new AbortController();
    const stalled = read(reader, 'stall.pdf', busy.signal).catch((e: unknown) => e);
    const waiting = read(reader, 'later.txt', queued.signal).catch((e: unknown) => e);
    queued.abort();
    expect(await waiting).toMatchObject({ code: 'cancelled' });
    const started = performance.now();
    busy.abort();
    expect(await stalled).toMatchObject({ code: 'cancelled' });
    expect(performance.now() - started).toBeLessThan(2_000);
    expect((await read(reader, 'after.txt')).text).toBe('isi after.txt');
  });

  it('closes within the grace even while a thread is stuck', async () => {
    const reader = open({ deadlines: { ...FAST, baseMs: 60_000 } });
    const stalled = read(reader, 'stall.pdf').catch((e: unknown) => e);
    await new Promise((r) => setTimeout(r, 50));
    const started = performance.now();
    await reader.close();
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(await stalled).toMatchObject({ code: 'cancelled' });
  });

  it('a thread past its memory limit fails that file only, with a message, and is replaced', async () => {
    const reader = open({
      resourceLimits: { maxOldGenerationSizeMb: 48, maxYoungGenerationSizeMb: 8 },
      deadlines: { ...FAST, baseMs: 60_000 },
    });
    const error = await read(reader, 'oom.tif').catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'too-large', message: expect.stringMatching(/needed more memory than Lontar allows/) });
    expect((await read(reader, 'next.txt')).text).toBe('isi next.txt');
  });
});
