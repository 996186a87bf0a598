import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createThreadedReader } from '../../../electron/backend/import/threaded-reader.ts';
import type { ThreadedReader } from '../../../electron/backend/import/threaded-reader.ts';
import { FileAccessError } from '../../../electron/backend/pipeline/read-file-once.ts';
import type { FileJob } from '../../../electron/backend/pipeline/read-file-once.ts';
import { originalPath } from '../../../electron/backend/storage/file-store.ts';
import { computeFingerprint, fingerprintToHex } from '../../../shared/text/fingerprint.ts';
import { buildTextPdf } from '../../helpers/fixtures/pdf.ts';
import { useTempDirs } from '../../helpers/temp-dir.ts';

// The reader thread's one pass over a file named by path: what the importer stores comes back
// from one call, and the backend's thread never holds the file's bytes.
const tempDir = useTempDirs();
const readers: ThreadedReader[] = [];
afterEach(async () => {
  for (const r of readers.splice(0)) await r.close();
});
const open = () => {
  const reader = createThreadedReader({ size: 1 });
  readers.push(reader);
  return reader;
};
const job = (path: string, originalsDir: string | null): FileJob => ({
  path,
  name: 'surat.pdf',
  maxBytes: 1 << 20,
  ocr: 'off',
  lang: 'ind+eng',
  originalsDir,
});

describe('one pass per file on a reader thread', () => {
  it('returns text, pages, entities, fingerprint and hash in one call, and keeps the original by its hash', async () => {
    const dir = tempDir();
    const pdf = await buildTextPdf(['Kabupaten Musi Banyuasin meraih nilai 4,57 pada 14 Maret 2025.', 'Halaman kedua.']);
    const file = join(dir, 'surat.pdf');
    writeFileSync(file, pdf.bytes);
    const phases: string[] = [];
    const asked: string[] = [];
    const outcome = await open().importFile(job(file, join(dir, 'originals')), {
      isKnown: (hash) => {
        asked.push(hash);
        return false;
      },
      onProgress: (p) => phases.push(`${p.phase} ${p.page}/${p.pageCount}`),
    });
    const hash = createHash('sha256').update(pdf.bytes).digest('hex');
    expect(asked).toEqual([hash]);
    expect(outcome.kind).toBe('read');
    if (outcome.kind !== 'read') return;
    expect(outcome.hash).toBe(hash);
    expect(outcome.size).toBe(pdf.bytes.byteLength);
    expect(outcome.document.pages.map((p) => p.pageNo)).toEqual([1, 2]);
    expect(outcome.document.text).toContain('Musi Banyuasin');
    expect(outcome.extraction.entities.map((e) => `${e.type}:${e.normalized}`)).toEqual(
      expect.arrayContaining(['region:16.06', 'date:2025-03-14']),
    );
    expect(outcome.fingerprint).toBe(fingerprintToHex(computeFingerprint(outcome.document.text)));
    expect(phases).toEqual(['text 1/2', 'text 2/2', 'extract 0/2']);
    expect(readFileSync(originalPath(join(dir, 'originals'), hash))).toEqual(Buffer.from(pdf.bytes));
  });

  it('stops after hashing a file the library already holds, keeping nothing', async () => {
    const dir = tempDir();
    const file = join(dir, 'lagi.txt');
    writeFileSync(file, 'Dinas Sosial Kabupaten Musi Banyuasin.');
    const phases: string[] = [];
    const outcome = await open().importFile(job(file, join(dir, 'originals')), {
      isKnown: () => true,
      onProgress: (p) => phases.push(p.phase),
    });
    expect(outcome).toEqual({ kind: 'known', hash: createHash('sha256').update(readFileSync(file)).digest('hex'), size: 38 });
    expect(phases).toEqual([]);
    expect(existsSync(join(dir, 'originals'))).toBe(false);
  });

  it('tells a file it cannot open from a file it cannot read, and a damaged one by its reader code', async () => {
    const dir = tempDir();
    const reader = open();
    const missing = await reader.importFile(job(join(dir, 'hilang.pdf'), null)).catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(FileAccessError);
    expect((missing as Error).message).toMatch(/hilang\.pdf/);
    const empty = join(dir, 'kosong.txt');
    writeFileSync(empty, '');
    expect(await reader.importFile(job(empty, null)).catch((e: unknown) => e)).toMatchObject({ code: 'empty' });
  });
});
