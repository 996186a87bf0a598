import { afterAll, describe, expect, it } from 'vitest';
import { readDocument } from '../../../electron/backend/import/read-document.ts';
import { createOcrPool } from '../../../electron/backend/import/ocr-pool.ts';
import { renderPageImage } from '../../../electron/backend/import/page-image.ts';
import { canvasToGray } from '../../../electron/backend/import/image.ts';
import { buildImagePdf } from '../../helpers/fixtures/pdf.ts';
import { pageToJpeg, pageToPng, renderScannedPage } from '../../helpers/fixtures/scan.ts';
import type { ScannedPage } from '../../helpers/fixtures/scan.ts';
import { canvasGray, grayTiff, rotateCounterClockwise, uniformGrayPng, withExifOrientation } from '../../helpers/fixtures/images.ts';
import { characterErrorRate } from '../../helpers/fixtures/cer.ts';
import { devText } from '../../helpers/fixtures/paths.ts';
import { Image, createCanvas } from '@napi-rs/canvas';
import { expectConsistentOffsets, importError } from '../../helpers/import-assertions.ts';

const pool = createOcrPool();
afterAll(() => pool.terminate());

const reference = (page: ScannedPage): string => page.lines.join('\n');

/** Share of ink (pixels darker than 160) in a box of a page image. */
function inkShare(png: Uint8Array): (box: { x: number; y: number; width: number; height: number }) => number {
  const image = new Image();
  image.src = png;
  const canvas = createCanvas(image.width, image.height);
  canvas.getContext('2d').drawImage(image, 0, 0);
  const gray = canvasToGray(canvas);
  return (box) => {
    let dark = 0;
    let count = 0;
    for (let y = Math.max(0, Math.floor(box.y)); y < Math.min(gray.height, box.y + box.height); y += 1) {
      for (let x = Math.max(0, Math.floor(box.x)); x < Math.min(gray.width, box.x + box.width); x += 1) {
        if ((gray.data[y * gray.width + x] ?? 255) < 160) dark += 1;
        count += 1;
      }
    }
    return count ? dark / count : 0;
  };
}

describe('scanned PDFs (image-only pages)', async () => {
  const clean = renderScannedPage(devText('dev-005'));
  const noisy = renderScannedPage(devText('dev-001'), { rotateDeg: 1.5, noise: 25, speckles: 60, blurPx: 1, seed: 11 });
  const cleanPdf = await buildImagePdf([{ bytes: await pageToPng(clean), format: 'png' }]);
  const noisyPdf = await buildImagePdf([{ bytes: await pageToJpeg(noisy, 70), format: 'jpeg' }]);
  const [cleanDoc, noisyDoc] = await Promise.all([
    readDocument({ bytes: cleanPdf, name: 'bersih.pdf' }, { ocr: 'auto', ocrPool: pool }),
    readDocument({ bytes: noisyPdf, name: 'miring.pdf' }, { ocr: 'auto', ocrPool: pool }),
  ]);

  it('OCRs a clean 300-dpi scan with a character error rate of at most 3 %', () => {
    expect(cleanDoc.pages[0]?.source).toBe('ocr');
    const cer = characterErrorRate(cleanDoc.text, reference(clean));
    console.info(`CER clean 300-dpi scan: ${(cer * 100).toFixed(2)} %`);
    expect(cer).toBeLessThanOrEqual(0.03);
    expect(cleanDoc.pages[0]?.ocrConfidence).toBeGreaterThan(0.85);
    expectConsistentOffsets(cleanDoc);
  });

  it('OCRs a rotated, blurred, noisy JPEG scan with a character error rate of at most 8 %', () => {
    const cer = characterErrorRate(noisyDoc.text, reference(noisy));
    console.info(`CER rotated (1.5°) noisy JPEG scan: ${(cer * 100).toFixed(2)} %`);
    expect(cer).toBeLessThanOrEqual(0.08);
    expectConsistentOffsets(noisyDoc);
  });

  it('puts OCR word boxes on the words of the page image', async () => {
    for (const [doc, bytes] of [
      [cleanDoc, cleanPdf],
      [noisyDoc, noisyPdf],
    ] as const) {
      const page = doc.pages[0]!;
      const image = await renderPageImage(bytes, 'pdf', 1);
      expect({ width: image.width, height: image.height }).toEqual({ width: page.width, height: page.height });
      const ink = inkShare(image.png);
      const long = page.words.filter((w) => w.text.length >= 6).slice(0, 30);
      expect(long.length).toBe(30);
      // Letters fill a fifth to a third of a tight word box; a misplaced box lands on paper.
      const inked = long.filter((word) => ink(word) >= 0.15);
      expect(inked.length).toBeGreaterThanOrEqual(28);
      const misplaced = long.filter((word) => ink({ ...word, x: word.x + page.width / 3, y: word.y + page.height / 2 }) >= 0.15);
      expect(misplaced.length).toBeLessThan(20);
    }
    // The straight clean page: its first word starts at the 1-inch margin (150 px at 150 dpi).
    expect(Math.abs(cleanDoc.pages[0]!.words[0]!.x - 150)).toBeLessThan(6);
    // The noisy page is turned 1.5° about its centre, which moves its top-left corner right.
    const turned = -(1240 / 2 - 150) * Math.cos((1.5 * Math.PI) / 180) + (1754 / 2 - 157) * Math.sin((1.5 * Math.PI) / 180) + 1240 / 2;
    expect(Math.abs(noisyDoc.pages[0]!.words[0]!.x - turned)).toBeLessThan(12);
    // On the straight clean page the first line (baseline 1 inch + 11 pt down) owns exactly the
    // boxes that overlap the band one font size above its baseline.
    const baseline = (300 + (11 * 300) / 72) / 2;
    const fontPx = (11 * 150) / 72;
    const firstLine = cleanDoc.pages[0]!.words.filter((w) => w.y < baseline && w.y + w.height > baseline - fontPx);
    expect(firstLine).toHaveLength(clean.lines[0]!.split(' ').length);
    expect(characterErrorRate(firstLine.map((w) => w.text).join(' '), clean.lines[0]!)).toBeLessThan(0.03);
  });
});

describe('image files', () => {
  it('reads PNG and JPEG pages, with the page space equal to the image pixels', async () => {
    const page = renderScannedPage(devText('dev-012'), { dpi: 200 });
    for (const [bytes, mime] of [
      [await pageToPng(page), 'image/png'],
      [await pageToJpeg(page, 85), 'image/jpeg'],
    ] as const) {
      const doc = await readDocument({ bytes, name: 'scan' }, { ocr: 'auto', ocrPool: pool });
      expect(doc).toMatchObject({ mime, sourceType: 'image' });
      expect(doc.pages).toHaveLength(1);
      expect(doc.pages[0]).toMatchObject({ width: page.width, height: page.height, source: 'ocr' });
      expect(characterErrorRate(doc.text, reference(page))).toBeLessThan(0.03);
      expectConsistentOffsets(doc);
    }
  });

  it('reads every page of a multi-page TIFF, upscaling a 100-dpi fax for OCR', async () => {
    const first = renderScannedPage(devText('dev-006'), { dpi: 100 });
    const second = renderScannedPage(devText('dev-007'), { dpi: 100 });
    const tiff = grayTiff([canvasGray(first.canvas), canvasGray(second.canvas)], 100);
    const progress: string[] = [];
    const doc = await readDocument(
      { bytes: tiff, name: 'faks.tif' },
      { ocr: 'auto', ocrPool: pool, onProgress: (p) => progress.push(`${p.phase} ${p.page}/${p.pageCount}`) },
    );
    expect(doc.mime).toBe('image/tiff');
    expect(doc.pages.map((p) => [p.pageNo, p.width, p.height])).toEqual([
      [1, first.width, first.height],
      [2, second.width, second.height],
    ]);
    expect(characterErrorRate(doc.pages[0]!.text, reference(first))).toBeLessThan(0.03);
    expect(characterErrorRate(doc.pages[1]!.text, reference(second))).toBeLessThan(0.03);
    // 'ocr 0/2' as the first page goes to OCR: the clerk sees OCR has begun before a page is done.
    expect(progress).toEqual(['ocr 0/2', 'ocr 1/2', 'ocr 2/2']);
    const image = await renderPageImage(tiff, 'image', 2);
    expect([image.width, image.height]).toEqual([second.width, second.height]);
  });

  it('applies the EXIF orientation of a phone photo', async () => {
    const page = renderScannedPage(devText('dev-002'), { dpi: 200 });
    const sideways = rotateCounterClockwise(page.canvas);
    const jpeg = await sideways.encode('jpeg', 90);
    const bytes = withExifOrientation(new Uint8Array(jpeg), 6);
    const doc = await readDocument({ bytes, name: 'foto.jpg' }, { ocr: 'auto', ocrPool: pool });
    expect(doc.pages[0]).toMatchObject({ width: page.width, height: page.height });
    expect(characterErrorRate(doc.text, reference(page))).toBeLessThan(0.03);
    const image = await renderPageImage(bytes, 'image', 1, { maxWidth: 400 });
    expect(image.width).toBe(400);
    expect(image.height).toBeGreaterThan(image.width);
  });

  it('refuses a 20,000 × 20,000 image quickly and clearly, without decoding it', async () => {
    const png = await uniformGrayPng(20_000, 20_000);
    expect(png.length).toBeLessThan(2_000_000);
    const rss = process.memoryUsage().rss;
    const started = performance.now();
    const error = await importError(readDocument({ bytes: png, name: 'peta.png' }, { ocr: 'auto', ocrPool: pool }));
    expect(error.code).toBe('too-large');
    expect(error.message).toMatch(/20000 × 20000 pixels/);
    expect(performance.now() - started).toBeLessThan(1000);
    expect((process.memoryUsage().rss - rss) / 1e6).toBeLessThan(100);
    await expect(renderPageImage(png, 'image', 1)).rejects.toThrow(/too large/);
  });

  it('gives pages without text when OCR is off', async () => {
    const page = renderScannedPage('Surat Keputusan', { dpi: 100 });
    const doc = await readDocument({ bytes: await pageToPng(page), name: 'a.png' }, { ocr: 'off' });
    expect(doc.text).toBe('');
    expect(doc.pages).toMatchObject([{ pageNo: 1, text: '', words: [], width: page.width, height: page.height }]);
  });

  it('refuses a damaged image', async () => {
    const page = renderScannedPage('Surat Keputusan', { dpi: 100 });
    const png = await pageToPng(page);
    const damaged = png.slice(0, 200);
    const error = await importError(readDocument({ bytes: damaged, name: 'rusak.png' }, { ocr: 'auto', ocrPool: pool }));
    expect(['corrupt', 'ocr-failed']).toContain(error.code);
  });
});

describe('progress and cancellation', () => {
  it('reports text then OCR progress per page, and stops promptly when cancelled', async () => {
    const pages = await Promise.all(
      ['dev-003', 'dev-004', 'dev-009'].map(async (name) => ({
        bytes: await pageToJpeg(renderScannedPage(devText(name), { seed: 3, noise: 10 }), 80),
        format: 'jpeg' as const,
      })),
    );
    const pdf = await buildImagePdf(pages);
    const controller = new AbortController();
    const events: string[] = [];
    const started = performance.now();
    let cancelledAt = 0;
    const error = await importError(
      readDocument(
        { bytes: pdf, name: 'tiga.pdf' },
        {
          ocr: 'auto',
          ocrPool: pool,
          signal: controller.signal,
          onProgress: (p) => {
            events.push(`${p.phase} ${p.page}/${p.pageCount}`);
            if (p.phase === 'ocr' && p.page === 1) {
              cancelledAt = performance.now();
              controller.abort();
            }
          },
        },
      ),
    );
    expect(error.code).toBe('cancelled');
    // OCR starts on page 1 as soon as it is read and drawn, before the later pages are read (a
    // 3-page scan no longer waits at "reading 3/3" before OCR begins).
    expect(events.slice(0, 2)).toEqual(['text 1/3', 'ocr 0/3']);
    expect(events.indexOf('ocr 0/3')).toBeLessThan(events.indexOf('text 3/3'));
    expect(events).toContain('ocr 1/3');
    expect(events).not.toContain('ocr 3/3');
    expect(cancelledAt).toBeGreaterThan(started);
    expect(performance.now() - cancelledAt).toBeLessThan(1500);
    // The pool replaces the workers it stopped and carries on.
    const after = await pool.recognize(canvasToGray(renderScannedPage('Kabupaten Donggala', { dpi: 150 }).canvas));
    expect(after.text).toContain('Donggala');
  });

  it('stops a page that runs past the time limit, then carries on with a fresh worker', async () => {
    const impatient = createOcrPool({ size: 1, pageTimeoutMs: 1000 });
    try {
      const page = canvasToGray(renderScannedPage(devText('dev-010')).canvas);
      const started = performance.now();
      const error = await importError(impatient.recognize(page));
      expect(error.code).toBe('ocr-failed');
      expect(error.message).toMatch(/longer than 1 seconds/);
      // One second of OCR plus the worker's start-up, with room for a loaded CI machine.
      expect(performance.now() - started).toBeLessThan(10_000);
      const small = await impatient.recognize(canvasToGray(renderScannedPage('Kabupaten Donggala', { dpi: 100 }).canvas));
      expect(small.text).toContain('Donggala');
    } finally {
      await impatient.terminate();
    }
  });

  it('keeps reading across recycled workers', async () => {
    const recycling = createOcrPool({ size: 1, recycleAfterPages: 1 });
    try {
      for (const word of ['Donggala', 'Jombang', 'Banjarnegara']) {
        const result = await recycling.recognize(canvasToGray(renderScannedPage(`Kabupaten ${word}`, { dpi: 150 }).canvas));
        expect(result.text).toContain(word);
      }
    } finally {
      await recycling.terminate();
    }
  });

  it('rejects work after terminate, and queued pages when it terminates', async () => {
    const short = createOcrPool({ size: 1 });
    const page = canvasToGray(renderScannedPage(devText('dev-010'), { dpi: 150 }).canvas);
    // One page reaches the (still starting) worker, one waits in the queue.
    const first = importError(short.recognize(page));
    const second = importError(short.recognize(page));
    await new Promise((resolve) => setTimeout(resolve, 300));
    await short.terminate();
    expect((await first).code).toBe('cancelled');
    expect((await second).code).toBe('cancelled');
    expect((await importError(short.recognize(page))).code).toBe('ocr-failed');
  });
});
