import { describe, expect, it } from 'vitest';
import { estimateSkew, rotateGray, unrotatePoint } from '../../../electron/backend/import/deskew.ts';
import { canvasToGray } from '../../../electron/backend/import/image.ts';
import { renderScannedPage } from '../../helpers/fixtures/scan.ts';
import { devText } from '../../helpers/fixtures/paths.ts';

describe('deskew', () => {
  it('measures the tilt of a noisy scanned page to a tenth of a degree, both ways', () => {
    for (const degrees of [0, 1.5, -2.5, 4]) {
      const page = renderScannedPage(devText('dev-009'), { dpi: 150, rotateDeg: degrees, noise: 20, speckles: 40, blurPx: 0.6, seed: 5 });
      expect(Math.abs(estimateSkew(canvasToGray(page.canvas)) - degrees), `${degrees}°`).toBeLessThanOrEqual(0.15);
    }
  });

  it('levels a tilted page, and maps points back to the original', () => {
    const page = renderScannedPage(devText('dev-009'), { dpi: 150, rotateDeg: 3 });
    const gray = canvasToGray(page.canvas);
    const level = rotateGray(gray, estimateSkew(gray));
    expect(Math.abs(estimateSkew(level))).toBeLessThanOrEqual(0.15);
    const back = unrotatePoint(gray.width / 2 + 100, gray.height / 2, gray.width, gray.height, 90);
    expect(back.x).toBeCloseTo(gray.width / 2, 6);
    expect(back.y).toBeCloseTo(gray.height / 2 + 100, 6);
  });

  it('says 0 for a blank page', () => {
    expect(estimateSkew({ width: 400, height: 600, data: new Uint8Array(400 * 600).fill(255) })).toBe(0);
  });
});
