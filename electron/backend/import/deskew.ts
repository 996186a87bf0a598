import type { GrayImage } from './raster.ts';

/*
 * Skew correction for scans fed slightly askew. Measured on generated A4 pages (noise, blur,
 * JPEG): tesseract reads text tilted by 1° fine, loses some words at 2° and fails outright at
 * 3.5° (CER 65–98 %). tesseract.js's own rotateAuto fixes that but costs an extra layout pass
 * (+20 % time) on every page and made 1° pages slightly worse. So: estimate the angle here on
 * a downscaled copy (projection profiles, ~25 ms), and rotate (~100–150 ms for a 300-dpi A4
 * page) only from DESKEW_MIN_DEGREES on.
 */

export const DESKEW_MAX_DEGREES = 6;
/**
 * Measured (3 articles × 0.5–2°, noisy JPEG scans): below ~1.2° deskewing changes CER by noise
 * only (±0.5 points either way); from 1.5° raw OCR starts failing whole blocks (CER 9–23 %)
 * while deskewed pages stay at 0.5–3 %.
 */
export const DESKEW_MIN_DEGREES = 1.2;

/** Downscaled binary points (dark pixels) of the image, in the downscaled grid. */
function darkPoints(image: GrayImage, step: number): { xs: Int32Array; ys: Int32Array; count: number; width: number; height: number } {
  const width = Math.floor(image.width / step);
  const height = Math.floor(image.height / step);
  const xs: number[] = [];
  const ys: number[] = [];
  // Mean of each step×step cell; a cell is dark when its mean is well below paper white.
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      let sum = 0;
      for (let dy = 0; dy < step; dy += 1) {
        const row = (y * step + dy) * image.width + x * step;
        for (let dx = 0; dx < step; dx += 1) sum += image.data[row + dx] ?? 255;
      }
      if (sum / (step * step) < 160) {
        xs.push(x);
        ys.push(y);
      }
    }
  }
  return { xs: Int32Array.from(xs), ys: Int32Array.from(ys), count: xs.length, width, height };
}

function profileScore(points: ReturnType<typeof darkPoints>, radians: number): number {
  const sin = Math.sin(radians);
  const cos = Math.cos(radians);
  const offset = points.width + points.height;
  const bins = new Int32Array(2 * offset + 2);
  for (let i = 0; i < points.count; i += 1) {
    const x = points.xs[i] ?? 0;
    const y = points.ys[i] ?? 0;
    const bin = Math.round(y * cos - x * sin) + offset;
    bins[bin] = (bins[bin] ?? 0) + 1;
  }
  let score = 0;
  for (let i = 1; i < bins.length; i += 1) {
    const d = (bins[i] ?? 0) - (bins[i - 1] ?? 0);
    score += d * d;
  }
  return score;
}

/**
 * Angle (degrees, clockwise positive in image coordinates) the text lines are tilted by; 0 when
 * the page has too little text to tell. Rotating the image by the negative angle levels them.
 */
export function estimateSkew(image: GrayImage): number {
  const step = Math.max(1, Math.round(Math.max(image.width, image.height) / 1000));
  const points = darkPoints(image, step);
  if (points.count < 500) return 0;
  let best = 0;
  let bestScore = -1;
  const search = (from: number, to: number, increment: number): void => {
    for (let deg = from; deg <= to + 1e-9; deg += increment) {
      const score = profileScore(points, (deg * Math.PI) / 180);
      if (score > bestScore) {
        bestScore = score;
        best = deg;
      }
    }
  };
  search(-DESKEW_MAX_DEGREES, DESKEW_MAX_DEGREES, 0.5);
  const coarse = best;
  search(coarse - 0.5, coarse + 0.5, 0.1);
  return Math.round(best * 100) / 100;
}

/** The image rotated by -degrees about its centre (bilinear, white outside), same size. */
export function rotateGray(image: GrayImage, degrees: number): GrayImage {
  const { width, height, data } = image;
  const out = new Uint8Array(width * height);
  const radians = (degrees * Math.PI) / 180;
  const sin = Math.sin(radians);
  const cos = Math.cos(radians);
  const cx = width / 2;
  const cy = height / 2;
  for (let y = 0; y < height; y += 1) {
    const dy = y - cy;
    // Source of output pixel (x, y): rotate it back by +angle.
    let sx = cx + -cx * cos - dy * sin;
    let sy = cy + -cx * sin + dy * cos;
    for (let x = 0; x < width; x += 1, sx += cos, sy += sin) {
      const x0 = Math.floor(sx);
      const y0 = Math.floor(sy);
      if (x0 < 0 || y0 < 0 || x0 >= width - 1 || y0 >= height - 1) {
        out[y * width + x] = 255;
        continue;
      }
      const fx = sx - x0;
      const fy = sy - y0;
      const i = y0 * width + x0;
      const top = (data[i] ?? 255) * (1 - fx) + (data[i + 1] ?? 255) * fx;
      const bottom = (data[i + width] ?? 255) * (1 - fx) + (data[i + width + 1] ?? 255) * fx;
      out[y * width + x] = top * (1 - fy) + bottom * fy;
    }
  }
  const rotated: GrayImage = { width, height, data: out };
  if (image.dpi) rotated.dpi = image.dpi;
  return rotated;
}

/** Maps a point of the deskewed image back to the original image (inverse of rotateGray). */
export function unrotatePoint(x: number, y: number, width: number, height: number, degrees: number): { x: number; y: number } {
  const radians = (degrees * Math.PI) / 180;
  const dx = x - width / 2;
  const dy = y - height / 2;
  return {
    x: width / 2 + dx * Math.cos(radians) - dy * Math.sin(radians),
    y: height / 2 + dx * Math.sin(radians) + dy * Math.cos(radians),
  };
}
