import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanText } from '../../../shared/extract/text/clean-text.ts';
import { readDocument } from '../../../electron/backend/import/read-document.ts';
import { createOcrPool } from '../../../electron/backend/import/ocr-pool.ts';
import { decreeMetas, decreesDir } from '../../helpers/fixtures/paths.ts';
import type { DecreeMeta } from '../../helpers/fixtures/paths.ts';

/*
 * The real decree PDFs of the shared corpus (nineteen files; fifteen are image-only scans with stamps,
 * signatures and handwritten numbers). The corpus must be present: these tests fail, never skip,
 * without it. Scans are OCR'd on their first page only, to keep CI time reasonable.
 */

const folded = (text: string): string => text.toLowerCase().replace(/\s+/g, ' ').trim();
const squeezed = (text: string): string => text.toLowerCase().replace(/\s+/g, '');

/** Share of the title's words (4+ letters) found in the text, each as a whole word. */
function titleRecall(title: string, text: string): number {
  const words = title.toLowerCase().match(/\p{L}{4,}/gu) ?? [];
  const present = new Set(text.toLowerCase().match(/\p{L}+/gu) ?? []);
  return words.filter((w) => present.has(w)).length / words.length;
}

async function firstPageOnly(bytes: Uint8Array): Promise<Uint8Array> {
  const source = await PDFDocument.load(bytes);
  const single = await PDFDocument.create();
  const [page] = await single.copyPages(source, [0]);
  single.addPage(page!);
  return single.save();
}

const metas = decreeMetas();
const pool = createOcrPool();
afterAll(() => pool.terminate());

describe('the decree corpus', () => {
  it('is present, with its nineteen documents', () => {
    expect(metas).toHaveLength(19);
    expect(metas.filter((m) => m.scanned)).toHaveLength(15);
  });
});

describe('decree PDFs with a text layer', () => {
  for (const meta of metas.filter((m) => !m.scanned)) {
    it(`${meta.file}: every page from the text layer, with its number, title and signatory`, async () => {
      const bytes = readFileSync(join(decreesDir(), meta.file));
      const doc = await readDocument({ bytes, name: meta.file }, { ocr: 'auto', ocrPool: pool, lang: pool.lang });
      expect(doc.pages).toHaveLength(meta.pages);
      expect(doc.pages.every((p) => p.source === 'text-layer')).toBe(true);
      expect(doc.language).toBe('id');
      expect(cleanText(doc.text)).toBe(doc.text);
      const text = folded(doc.text);
      expect(text).toContain(folded(meta.title));
      expect(squeezed(doc.text)).toContain(squeezed(meta.number.includes('/') ? meta.number : `nomor ${meta.number} tahun ${meta.year}`));
      expect(text).toContain(folded(meta.signatory));
      for (const page of doc.pages) {
        expect(page.width).toBeGreaterThan(1000);
        for (const word of page.words.slice(0, 50)) expect(doc.text.slice(word.start, word.end)).toBe(word.text);
      }
    });
  }
});

describe('scanned decree PDFs, first page, OCR in auto mode', async () => {
  const scanned = metas.filter((m) => m.scanned);
  // All first pages go to the pool at once: it OCRs as many in parallel as it has workers.
  const results = await Promise.all(
    scanned.map(async (meta: DecreeMeta) => {
      const bytes = await firstPageOnly(readFileSync(join(decreesDir(), meta.file)));
      const doc = await readDocument({ bytes, name: meta.file }, { ocr: 'auto', ocrPool: pool });
      return { meta, doc };
    }),
  );

  for (const { meta, doc } of results) {
    it(`${meta.file}: OCR finds the title words and the issuer`, () => {
      const page = doc.pages[0]!;
      expect(page.source).toBe('ocr');
      expect(page.ocrConfidence).toBeGreaterThan(0.7);
      expect(page.words.length).toBeGreaterThan(100);
      const recall = titleRecall(meta.title, doc.text);
      console.info(
        `${meta.file}: title-word recall ${(recall * 100).toFixed(0)} %, confidence ${((page.ocrConfidence ?? 0) * 100).toFixed(0)} %`,
      );
      expect(recall).toBeGreaterThanOrEqual(0.8);
      // The issuer as the page prints it: the office ("Bupati Donggala") or the ministry's name. A
      // surat edaran names its issuer only under the signature, on its last page.
      if (meta.kind === 'se') return;
      const issuer = meta.issuer.replace(/^Menteri /, '');
      expect(folded(doc.text)).toContain(folded(issuer.split(' Republik Indonesia')[0]!));
    });
  }

  it('reads the title in full on at least two of the scans', () => {
    const full = results.filter(({ meta, doc }) => folded(doc.text).includes(folded(meta.title)));
    expect(full.length).toBeGreaterThanOrEqual(2);
  });
});
