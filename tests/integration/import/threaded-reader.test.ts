import { afterEach, describe, expect, it } from 'vitest';
import { ImportError } from '../../../electron/backend/import/import-error.ts';
import { readDocument } from '../../../electron/backend/import/read-document.ts';
import { createThreadedReader } from '../../../electron/backend/import/threaded-reader.ts';
import type { ThreadedReader } from '../../../electron/backend/import/threaded-reader.ts';
import { buildTextPdf } from '../../helpers/fixtures/pdf.ts';

const readers: ThreadedReader[] = [];
afterEach(async () => {
  for (const r of readers.splice(0)) await r.close();
});
const open = () => {
  const reader = createThreadedReader();
  readers.push(reader);
  return reader;
};

describe('reader thread', () => {
  it('reads, extracts and renders as the in-process readers do, leaving the caller its bytes', async () => {
    const reader = open();
    const pdf = await buildTextPdf(['Kabupaten Musi Banyuasin meraih nilai 4,57 pada 14 Maret 2025.', 'Halaman kedua.']);
    const bytes = new Uint8Array(pdf.bytes);
    const threaded = await reader.readDocument({ bytes, name: 'a.pdf' }, { ocr: 'off' });
    const direct = await readDocument({ bytes, name: 'a.pdf' }, { ocr: 'off' });
    expect(threaded).toEqual(direct);
    expect(bytes.byteLength).toBe(pdf.bytes.byteLength); // not detached by the transfer
    const extraction = await reader.extract(threaded.text);
    expect(extraction.entities.map((e) => `${e.type}:${e.normalized}`)).toEqual(
      expect.arrayContaining(['region:16.06', 'date:2025-03-14']),
    );
    const page = await reader.renderPage(bytes, 'pdf', 2);
    expect([...page.png.subarray(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
    expect(page.width).toBe(direct.pages[1]!.width);
  });

  it('keeps the reader errors: their code and message reach the pipeline', async () => {
    const reader = open();
    const error = await reader.readDocument({ bytes: new Uint8Array(0), name: 'kosong.txt' }, { ocr: 'auto' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect(error).toMatchObject({ code: 'empty', message: expect.stringMatching(/empty/) });
  });

  it('reports progress per page and stops when cancelled', async () => {
    const reader = open();
    const pdf = await buildTextPdf(Array.from({ length: 40 }, (_, i) => `Halaman ${i + 1}: Dinas Sosial Kabupaten Musi Banyuasin.`));
    const pages: number[] = [];
    await reader.readDocument({ bytes: pdf.bytes, name: 'p.pdf' }, { ocr: 'off', onProgress: (p) => pages.push(p.page) });
    expect(pages.at(-1)).toBe(40);
    const controller = new AbortController();
    const cancelled = reader.readDocument({ bytes: pdf.bytes, name: 'p.pdf' }, { ocr: 'off', signal: controller.signal });
    controller.abort(); // reaches the thread while it reads, before the first page is done
    await expect(cancelled).rejects.toMatchObject({ code: 'cancelled' });
    await expect(reader.readDocument({ bytes: pdf.bytes, name: 'p.pdf' }, { ocr: 'off', signal: controller.signal })).rejects.toMatchObject(
      { code: 'cancelled' },
    );
  });
});
