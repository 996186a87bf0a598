import { describe, expect, it } from 'vitest';
import { createCanvas } from '@napi-rs/canvas';
import { orientedSize, probeImage } from '../../../electron/backend/import/image-header.ts';
import { imagePageGeometry, planImage } from '../../../electron/backend/import/image.ts';
import { ImportError } from '../../../electron/backend/import/import-error.ts';
import { LIMITS } from '../../../electron/backend/import/limits.ts';
import { grayTiff, uniformGrayPng, withExifOrientation } from '../../helpers/fixtures/images.ts';

async function jpeg(width: number, height: number): Promise<Uint8Array> {
  const canvas = createCanvas(width, height);
  canvas.getContext('2d').fillRect(0, 0, width / 2, height / 2);
  return new Uint8Array(await canvas.encode('jpeg', 80));
}

describe('image headers', () => {
  it('reads PNG, JPEG and TIFF sizes without decoding', async () => {
    expect(probeImage(await uniformGrayPng(300, 200)).frames).toEqual([{ width: 300, height: 200, dpi: null }]);
    expect(probeImage(await jpeg(320, 240))).toMatchObject({ format: 'jpeg', frames: [{ width: 320, height: 240 }], orientation: 1 });
    const page = { width: 40, height: 60, data: new Uint8Array(40 * 60).fill(255) };
    expect(probeImage(grayTiff([page, page, page], 200))).toMatchObject({
      format: 'tiff',
      frames: [{ width: 40, height: 60, dpi: 200 }, {}, {}],
    });
  });

  it('reads the EXIF orientation and swaps sides for quarter turns', async () => {
    const info = probeImage(withExifOrientation(await jpeg(320, 240), 6));
    expect(info.orientation).toBe(6);
    expect(orientedSize(info.frames[0]!, info.orientation)).toEqual({ width: 240, height: 320 });
  });

  it('refuses a PNG cut off mid-file, and unknown bytes', async () => {
    const png = await uniformGrayPng(300, 200);
    expect(() => probeImage(png.slice(0, png.length - 20))).toThrow(/incomplete/);
    expect(() => probeImage(new TextEncoder().encode('GIF89a'))).toThrow(ImportError);
  });

  it('plans OCR input: low-resolution scans upscaled, giant ones refused, big ones capped', async () => {
    const fax = { width: 827, height: 1169, data: new Uint8Array(827 * 1169).fill(255) };
    const geometry = imagePageGeometry(planImage(grayTiff([fax], 100)), 0);
    expect(geometry.page).toEqual({ width: 827, height: 1169 });
    expect(geometry.ocr).toEqual({ width: 1654, height: 2338, dpi: 200 });
    // 150 dpi and more: OCR reads the pixels as they are.
    expect(imagePageGeometry(planImage(grayTiff([fax], 150)), 0).ocr).toEqual({ width: 827, height: 1169, dpi: 150 });
    // No resolution written: a 1000-px-wide page is taken for ~121 dpi and upscaled.
    expect(imagePageGeometry(planImage(await uniformGrayPng(1000, 1414)), 0).ocr.width).toBe(1654);
    // 15,000 × 6,000 px (90 MP) may be decoded, but OCR and the page image get capped copies.
    const big = imagePageGeometry(planImage(await uniformGrayPng(15_000, 6_000)), 0);
    expect(big.ocr.width * big.ocr.height).toBeLessThanOrEqual(LIMITS.maxOcrPixels);
    expect(big.page.width * big.page.height).toBeLessThanOrEqual(LIMITS.maxPagePixels);
    expect(big.page.width / big.page.height).toBeCloseTo(2.5, 2);
    expect(() => planImage(Uint8Array.from(withHeaderOnly(20_000, 20_000)))).toThrow(/too large/);
  });
});

/** A PNG signature, IHDR and IEND only: enough for the header checks, nothing to decode. */
function withHeaderOnly(width: number, height: number): number[] {
  const chunk = (type: string, data: number[]): number[] => [
    ...[24, 16, 8, 0].map((s) => (data.length >>> s) & 255),
    ...Array.from(type, (c) => c.charCodeAt(0)),
    ...data,
    0,
    0,
    0,
    0,
  ];
  const be = (n: number): number[] => [24, 16, 8, 0].map((s) => (n >>> s) & 255);
  return [
    0x89,
    0x50,
    0x4e,
    0x47,
    0x0d,
    0x0a,
    0x1a,
    0x0a,
    ...chunk('IHDR', [...be(width), ...be(height), 8, 0, 0, 0, 0]),
    ...chunk('IEND', []),
  ];
}
