import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { Image } from '@napi-rs/canvas';
import { readDocument } from '../../../electron/backend/import/read-document.ts';
import { ImportError } from '../../../electron/backend/import/import-error.ts';
import { createOcrPool } from '../../../electron/backend/import/ocr-pool.ts';
import { renderPageImage } from '../../../electron/backend/import/page-image.ts';
import { buildBrokenToUnicodePdf, buildTextPdf } from '../../helpers/fixtures/pdf.ts';
import { characterErrorRate, normalizeWhitespace } from '../../helpers/fixtures/cer.ts';
import { devText, fixturePath } from '../../helpers/fixtures/paths.ts';
import { expectConsistentOffsets, importError } from '../../helpers/import-assertions.ts';

function decodePng(png: Uint8Array): { width: number; height: number } {
  const image = new Image();
  image.src = png;
  return { width: image.width, height: image.height };
}

const pool = createOcrPool();
afterAll(() => pool.terminate());

describe('born-digital PDF', async () => {
  const articles = ['dev-005', 'dev-010'];
  const built = await buildTextPdf(
    articles.map((name) => devText(name)),
    { title: 'Siaran pers Ombudsman' },
  );
  const doc = await readDocument({ bytes: built.bytes, name: 'siaran.pdf' }, { ocr: 'auto', ocrPool: pool });

  it('gives the text drawn on each page, line by line, from the text layer', () => {
    expect(doc).toMatchObject({ mime: 'application/pdf', sourceType: 'pdf', title: 'Siaran pers Ombudsman', language: 'id' });
    expect(doc.pages).toHaveLength(built.pages.length);
    doc.pages.forEach((page, i) => {
      expect(page.source).toBe('text-layer');
      expect(page.ocrConfidence).toBeNull();
      const drawn = (built.pages[i] ?? []).filter(Boolean).join('\n');
      expect(page.text.replace(/\n\n/g, '\n')).toBe(drawn);
    });
    const source = normalizeWhitespace(articles.map((name) => devText(name)).join(' '));
    expect(normalizeWhitespace(doc.text)).toBe(source);
    expectConsistentOffsets(doc);
  });

  it('places word boxes where the words are drawn, in 150-dpi page pixels', () => {
    const page = doc.pages[0]!;
    // A4 at 150 dpi; pdf-lib drew the first line at x = 72 pt, baseline 841.89 - 72 - 11 pt.
    expect(page.width).toBe(1240);
    expect(page.height).toBe(1754);
    const first = page.words[0]!;
    const scale = 150 / 72;
    expect(first.x).toBeCloseTo(72 * scale, 0);
    const baseline = (72 + 11) * scale;
    expect(first.y).toBeLessThan(baseline);
    expect(first.y + first.height).toBeGreaterThan(baseline);
    expect(first.height).toBeGreaterThan(11 * scale * 0.8);
  });

  it('renders the page image in the same pixel space as the boxes, or scaled down on request', async () => {
    const page = doc.pages[0]!;
    const image = await renderPageImage(built.bytes, 'pdf', 1);
    expect({ width: image.width, height: image.height }).toEqual({ width: page.width, height: page.height });
    expect(decodePng(image.png)).toEqual({ width: page.width, height: page.height });
    const small = await renderPageImage(built.bytes, 'pdf', 2, { maxWidth: 620 });
    expect(small.width).toBe(620);
    expect(small.height).toBe(Math.round((620 / page.width) * page.height));
    await expect(renderPageImage(built.bytes, 'pdf', 99)).rejects.toThrow(/no page 99/);
    await expect(renderPageImage(built.bytes, 'text', 1)).rejects.toThrow(ImportError);
  });
});

describe('PDF whose text layer is garbage (broken ToUnicode)', () => {
  it("is OCR'd in auto mode, kept as is with OCR off", async () => {
    const built = await buildBrokenToUnicodePdf(devText('dev-008'));
    const drawn = (built.pages[0] ?? []).join('\n');
    const off = await readDocument({ bytes: built.bytes, name: 'rusak.pdf' }, { ocr: 'off' });
    expect(off.pages[0]?.source).toBe('text-layer');
    expect(characterErrorRate(off.text, drawn)).toBeGreaterThan(0.5);

    const auto = await readDocument({ bytes: built.bytes, name: 'rusak.pdf' }, { ocr: 'auto', ocrPool: pool });
    expect(auto.pages[0]?.source).toBe('ocr');
    expect(auto.pages[0]?.ocrConfidence).toBeGreaterThan(0.8);
    expect(characterErrorRate(auto.text, drawn)).toBeLessThan(0.03);
    expectConsistentOffsets(auto);
  });
});

describe('OCR mode force', () => {
  it('OCRs even a page with a good text layer, with boxes in the same page space', async () => {
    const built = await buildTextPdf([devText('dev-012')]);
    const layer = await readDocument({ bytes: built.bytes, name: 'a.pdf' }, { ocr: 'auto', ocrPool: pool });
    const forced = await readDocument({ bytes: built.bytes, name: 'a.pdf' }, { ocr: 'force', ocrPool: pool });
    expect(layer.pages[0]?.source).toBe('text-layer');
    expect(forced.pages[0]?.source).toBe('ocr');
    expect(characterErrorRate(forced.text, layer.text)).toBeLessThan(0.03);
    expect([forced.pages[0]?.width, forced.pages[0]?.height]).toEqual([layer.pages[0]?.width, layer.pages[0]?.height]);
    // The same word, located by the text layer and by OCR, lands in the same place (±4 px at 150 dpi).
    const fromLayer = layer.pages[0]!.words.find((w) => w.text.length > 8)!;
    const fromOcr = forced.pages[0]!.words.find((w) => w.text === fromLayer.text)!;
    expect(Math.abs(fromOcr.x - fromLayer.x)).toBeLessThan(4);
    expect(Math.abs(fromOcr.y + fromOcr.height / 2 - (fromLayer.y + fromLayer.height / 2))).toBeLessThan(6);
    expectConsistentOffsets(forced);
  });
});

describe('PDF bad input', () => {
  it('refuses a password-protected PDF clearly, and opens an owner-password-only one', async () => {
    const locked = await importError(
      readDocument({ bytes: readFileSync(fixturePath('encrypted-user-password.pdf')), name: 'sk.pdf' }, { ocr: 'off' }),
    );
    expect(locked.code).toBe('encrypted');
    expect(locked.message).toMatch(/password-protected/);
    const restricted = await readDocument({ bytes: readFileSync(fixturePath('encrypted-owner-only.pdf')), name: 'sk.pdf' }, { ocr: 'off' });
    expect(restricted.text).toContain('Nomor 188.45/0545/DISPUS/2025');
  });

  it('refuses corrupt PDFs clearly', async () => {
    const built = await buildTextPdf([devText('dev-002')]);
    const cases: Array<[string, Uint8Array]> = [
      ['header only', new TextEncoder().encode('%PDF-1.7\n')],
      ['truncated to its first kilobyte', built.bytes.slice(0, 1024)],
      [
        'header then noise',
        new Uint8Array([...new TextEncoder().encode('%PDF-1.4\n'), ...Array.from({ length: 5000 }, (_, i) => (i * 71) % 256)]),
      ],
    ];
    for (const [label, bytes] of cases) {
      const error = await importError(readDocument({ bytes, name: 'rusak.pdf' }, { ocr: 'off' }));
      expect(error.code, label).toBe('corrupt');
      expect(error.message).toMatch(/damaged/);
    }
  });

  it('reads a 500-page PDF page by page, reporting progress, without holding much memory', async () => {
    const texts = Array.from({ length: 500 }, (_, i) => `Halaman ${i + 1}. ${devText(i % 2 ? 'dev-006' : 'dev-007').slice(0, 600)}`);
    const built = await buildTextPdf(texts);
    expect(built.pages).toHaveLength(500);
    const progress: number[] = [];
    const rssBefore = process.memoryUsage().rss;
    let peak = rssBefore;
    const started = performance.now();
    const doc = await readDocument(
      { bytes: built.bytes, name: 'tebal.pdf' },
      {
        ocr: 'auto',
        ocrPool: pool,
        onProgress: (p) => {
          expect(p.phase).toBe('text');
          expect(p.pageCount).toBe(500);
          progress.push(p.page);
          if (p.page % 50 === 0) peak = Math.max(peak, process.memoryUsage().rss);
        },
      },
    );
    const seconds = (performance.now() - started) / 1000;
    expect(progress).toEqual(Array.from({ length: 500 }, (_, i) => i + 1));
    expect(doc.pages).toHaveLength(500);
    expect(doc.pages.every((p) => p.source === 'text-layer')).toBe(true);
    expect(doc.pages[499]?.text).toMatch(/^Halaman 500\./);
    expect((peak - rssBefore) / 1e6).toBeLessThan(300);
    expect(seconds).toBeLessThan(30);
    expectConsistentOffsets(doc);
  });
});
