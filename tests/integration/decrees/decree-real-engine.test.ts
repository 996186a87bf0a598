import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openBackend } from '../../../electron/backend/open-backend.ts';
import { composedDecreeText, composedParticulars } from '../../helpers/decree-parts.ts';
import { call } from '../../helpers/backend-calls.ts';
import { buildTextPdf } from '../../helpers/fixtures/pdf.ts';
import { useTempDirs } from '../../helpers/temp-dir.ts';

const tempDir = useTempDirs();

describe('decree records with the real readers and engine', () => {
  it('store what the engine reads from a born-digital decree, with page boxes, and link a news item citing it', async () => {
    const dir = tempDir();
    const pdf = join(dir, 'Dokumen-20260122074351.pdf');
    writeFileSync(pdf, (await buildTextPdf([composedDecreeText()])).bytes);
    const news = join(dir, 'berita.txt');
    writeFileSync(news, 'Dinas Perpustakaan menindaklanjuti Keputusan Bupati Sukamaju Nomor 188.45/0545/DISPUS/2025 tentang taman bacaan.');
    const backend = await openBackend({ dataDir: join(dir, 'data') });
    try {
      const { jobId } = await call(backend, 'import.start', { sources: [{ path: pdf }, { path: news }] });
      const summary = await backend.importer.whenDone(jobId)!;
      expect(summary.failed).toEqual([]);
      const id = (file: string) => summary.imported.find((i) => i.file === file)!.id;
      const { record } = await call(backend, 'decrees.get', { documentId: id(pdf) });
      const values = Object.fromEntries(Object.entries(record!.fields).map(([f, v]) => [f, v.value]));
      expect(values).toEqual(composedParticulars());
      expect(record!.fields.number.source).toMatchObject({ page: 1, box: { width: expect.any(Number) }, weak: false });
      expect((await call(backend, 'decrees.get', { documentId: id(news) })).record).toBeNull();

      const [decree] = (await call(backend, 'decrees.citations', {})).items;
      expect(decree).toMatchObject({ documentId: id(pdf), key: '188.45/0545/DISPUS/2025' });
      expect(decree!.citedBy.map((c) => c.documentId)).toEqual([id(news)]);
      // It cites its Mengingat, never its own number.
      expect(decree!.cites.map((c) => c.key)).toEqual(['23/2014', '12/2011']);
    } finally {
      await backend.close();
    }
  });
});
