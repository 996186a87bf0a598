import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openBackend } from '../../../electron/backend/open-backend.ts';
import type { Backend } from '../../../electron/backend/backend.ts';
import type { MethodArgs, MethodName, MethodResult } from '../../../shared/contract/api.ts';
import { dispatch } from '../../../shared/contract/dispatch.ts';
import { buildImagePdf } from '../../helpers/fixtures/pdf.ts';
import { pageToPng, renderScannedPage } from '../../helpers/fixtures/scan.ts';
import { useTempDirs } from '../../helpers/temp-dir.ts';

const tempDir = useTempDirs();

async function call<M extends MethodName>(backend: Backend, method: M, args: MethodArgs<M>): Promise<MethodResult<M>> {
  const result = await dispatch(backend.handlers, method, args);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as MethodResult<M>;
}

describe('scanned PDF through the real pipeline', () => {
  it('is imported without OCR, re-read with OCR on request, and keeps what the clerk confirmed', async () => {
    const dir = tempDir();
    const text =
      'Kepala Dinas Sosial Kabupaten Musi Banyuasin menerima piagam pada 14 Maret 2025.\nNilai indeks pelayanan publik 4,57 (A).';
    const file = join(dir, 'pindaian.pdf');
    writeFileSync(
      file,
      await buildImagePdf([{ bytes: await pageToPng(renderScannedPage(text, { dpi: 200, fontPt: 12 })), format: 'png' }]),
    );
    const backend = await openBackend({ dataDir: join(dir, 'data') });
    try {
      // OCR off first: a scan without a text layer has no text, and nothing to extract.
      const { jobId } = await call(backend, 'import.start', { sources: [{ path: file }], ocr: 'off' });
      const {
        imported: [doc],
      } = await backend.importer.whenDone(jobId)!;
      const before = await call(backend, 'documents.get', { id: doc!.id });
      expect(before.text.trim()).toBe('');
      expect(before.pages).toHaveLength(1);

      // A clerk adds nothing yet; re-OCR reads the page and extracts.
      const reocr = await call(backend, 'documents.reocr', { id: doc!.id });
      const summary = await backend.importer.whenDone(reocr.jobId)!;
      expect(summary.failed).toEqual([]);
      const after = await call(backend, 'documents.get', { id: doc!.id });
      expect(after.text).toContain('Musi Banyuasin');
      expect(after.pages[0]).toMatchObject({ source: 'ocr' });
      const region = after.entities.find((e) => e.type === 'region' && e.normalized === '16.06');
      expect(region).toBeDefined();

      // Confirm one, then re-OCR again: the decision survives, re-anchored on the new text.
      await call(backend, 'entities.review', { id: region!.id, action: 'accept' });
      await backend.importer.whenDone((await call(backend, 'documents.reocr', { id: doc!.id })).jobId);
      const again = await call(backend, 'documents.get', { id: doc!.id });
      const kept = again.entities.find((e) => e.id === region!.id)!;
      expect(kept.status).toBe('confirmed');
      expect(again.text.slice(kept.start, kept.end)).toBe(kept.text);
      expect(again.entities.filter((e) => e.type === 'region' && e.normalized === '16.06')).toHaveLength(1);

      // The page image is drawn from the kept original, with the OCR word boxes.
      const page = await call(backend, 'documents.page', { id: doc!.id, pageNo: 1 });
      expect(page.words.length).toBeGreaterThan(5);
      expect(page.width).toBe(again.pages[0]!.width);
    } finally {
      await backend.close();
    }
  });
});
