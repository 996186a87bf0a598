import { describe, expect, it } from 'vitest';
import { rgbaToGray } from '../../../electron/backend/import/raster.ts';

describe('grey pixels for OCR', () => {
  const pixels = (...rgba: number[][]) => rgbaToGray(new Uint8Array(rgba.flat()), rgba.length, 1);

  it('keeps black print and grey paper as their luma', () => {
    expect([...pixels([0, 0, 0, 255], [250, 248, 240, 255], [120, 120, 120, 255])]).toEqual([0, 247, 120]);
  });

  it('reads blue and violet stamp or pen ink as paper, but not black print under a stamp', () => {
    const [blueStamp, violetStamp, navyOverPrint, redHeading] = pixels(
      [40, 70, 200, 255],
      [150, 60, 170, 255],
      [20, 20, 45, 255],
      [200, 30, 30, 255],
    );
    expect(blueStamp).toBe(255);
    expect(violetStamp).toBe(255);
    expect(navyOverPrint).toBeLessThan(40);
    expect(redHeading).toBeLessThan(100);
  });

  it('composites transparency over white', () => {
    expect([...pixels([0, 0, 0, 0], [0, 0, 0, 128])]).toEqual([255, 127]);
  });
});
