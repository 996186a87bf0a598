import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import { canvasToGray, releaseCanvas } from './image.ts';
import type { GrayImage } from './raster.ts';

/*
 * A sample page for warming OCR workers up: two lines of Indonesian drawn with the Liberation
 * Sans that pdfjs-dist ships (no system font needed). Reading it once lets the WASM engine
 * compile its hot paths before the first real page.
 */

/** The sample page, or null if it cannot be drawn (warming up is then skipped). */
export function warmUpImage(): GrayImage | null {
  try {
    const font = join(
      dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')),
      'standard_fonts',
      'LiberationSans-Regular.ttf',
    );
    if (!GlobalFonts.has('LontarWarmUp')) GlobalFonts.registerFromPath(font, 'LontarWarmUp');
    const canvas = createCanvas(1200, 160);
    const ctx = canvas.getContext('2d');
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, 1200, 160);
    ctx.fillStyle = '#000000';
    ctx.font = '46px LontarWarmUp';
    ctx.fillText('Keputusan Bupati Donggala Nomor 11 Tahun 2025', 20, 60);
    ctx.fillText('tentang Penetapan Bunda Literasi Kabupaten', 20, 130);
    const gray = canvasToGray(canvas, 300);
    releaseCanvas(canvas);
    return gray;
  } catch {
    return null;
  }
}
