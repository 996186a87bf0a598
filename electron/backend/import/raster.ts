/** 8-bit grey pixels, row-major, top-left origin: what OCR is fed. */
export interface GrayImage {
  width: number;
  height: number;
  data: Uint8Array;
  /** Resolution the pixels represent, when known (OCR uses it for its size heuristics). */
  dpi?: number;
}

/** How much bluer than green a pixel must be to be stamp or pen ink rather than printed text. */
const INK_BLUE_OVER_GREEN = 60;

/**
 * Luma (Rec. 601) of RGBA pixels composited over white, so transparent areas read as paper.
 * Blue and violet ink (office stamps, signatures, the pen that fills a number's frame) is read
 * as paper: decrees are printed in black, and a stamp over the signatory's name otherwise hides
 * the name from OCR. Where the stamp overlaps black print the pixel stays dark (it is not blue).
 */
export function rgbaToGray(rgba: Uint8Array | Uint8ClampedArray, width: number, height: number): Uint8Array {
  const gray = new Uint8Array(width * height);
  for (let i = 0, p = 0; i < gray.length; i += 1, p += 4) {
    const alpha = rgba[p + 3] ?? 255;
    const r = rgba[p] ?? 0;
    const g = rgba[p + 1] ?? 0;
    const b = rgba[p + 2] ?? 0;
    const luma = b - g > INK_BLUE_OVER_GREEN && b + 30 >= r ? 255 : (r * 299 + g * 587 + b * 114) / 1000;
    gray[i] = alpha === 255 ? luma : Math.round((luma * alpha + 255 * (255 - alpha)) / 255);
  }
  return gray;
}

/**
 * Binary PGM ("P5"): the cheapest format tesseract's image reader accepts. Measured against PNG
 * for a 300-dpi A4 page: no encode step here and ~0.5 s less decoding in the OCR worker.
 */
export function encodePgm(image: GrayImage): Uint8Array {
  const header = new TextEncoder().encode(`P5\n${image.width} ${image.height}\n255\n`);
  const out = new Uint8Array(header.length + image.data.length);
  out.set(header, 0);
  out.set(image.data, header.length);
  return out;
}

/** Largest size with the same aspect ratio that fits a pixel budget (never scales up). */
export function fitToPixels(width: number, height: number, maxPixels: number): { width: number; height: number; scale: number } {
  const pixels = width * height;
  if (pixels <= maxPixels) return { width, height, scale: 1 };
  const scale = Math.sqrt(maxPixels / pixels);
  return { width: Math.max(1, Math.floor(width * scale)), height: Math.max(1, Math.floor(height * scale)), scale };
}

/** How a zone re-read after the page turns colour into grey (see ocr-zones.ts). */
export type InkMode = 'keep-ink' | 'print-only';

/** A colour with this spread between its strongest and weakest channel is ink or a stamp, not black print. */
const COLOURED_SPREAD = 50;

function inkGray(r: number, g: number, b: number, mode: InkMode): number {
  if (mode === 'print-only' && Math.max(r, g, b) - Math.min(r, g, b) > COLOURED_SPREAD) return 255;
  return (r * 299 + g * 587 + b * 114) / 1000;
}

/**
 * A rectangle of an RGBA image as grey pixels, scaled up by a whole factor (each pixel repeated).
 * 'keep-ink' keeps stamped and handwritten ink (a date stamped into "pada tanggal"); 'print-only'
 * turns every coloured pixel into paper, signature strokes of any colour and stamps included, so
 * the black name under them is all that is left.
 */
export function cropToGray(
  rgba: Uint8Array | Uint8ClampedArray,
  width: number,
  rect: { x: number; y: number; width: number; height: number },
  mode: InkMode,
  factor = 1,
): GrayImage {
  const w = rect.width * factor;
  const h = rect.height * factor;
  const data = new Uint8Array(w * h);
  for (let y = 0; y < rect.height; y++) {
    for (let x = 0; x < rect.width; x++) {
      const p = ((rect.y + y) * width + rect.x + x) * 4;
      const value = inkGray(rgba[p] ?? 255, rgba[p + 1] ?? 255, rgba[p + 2] ?? 255, mode);
      for (let dy = 0; dy < factor; dy++) data.fill(value, (y * factor + dy) * w + x * factor, (y * factor + dy) * w + (x + 1) * factor);
    }
  }
  return { width: w, height: h, data };
}
