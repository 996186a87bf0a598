import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Canvas } from '@napi-rs/canvas';
import { ImportError } from './import-error.ts';
import { LIMITS } from './limits.ts';

/*
 * Opening and rendering PDFs with pdf.js in plain Node: all support files (fonts, CMaps, ICC
 * profiles, the JPEG 2000 / JBIG2 decoders) come from the installed pdfjs-dist, never from a
 * URL; every failure becomes an ImportError a clerk can read.
 */
// Not named `require`: the Electron bundle declares its own `require` at the top (a clash is a syntax error).
const resolvePackage = createRequire(import.meta.url);
const PDFJS_DIR = dirname(resolvePackage.resolve('pdfjs-dist/package.json'));
const dirUrl = (name: string): string => join(PDFJS_DIR, name) + sep;

/** Largest embedded image pdf.js will decode (pixels); bigger ones are skipped, not decoded. */
const MAX_EMBEDDED_IMAGE_PIXELS = LIMITS.maxDecodePixels;

export interface OpenPdf {
  doc: PDFDocumentProxy;
  close: () => Promise<void>;
}

function errorName(error: unknown): string {
  return typeof error === 'object' && error !== null && 'name' in error ? String((error as { name: unknown }).name) : '';
}

function openError(error: unknown): ImportError {
  if (errorName(error) === 'PasswordException') {
    return new ImportError(
      'encrypted',
      'This PDF is password-protected. Remove the password (or ask the sender for an unprotected copy) and import it again.',
      { cause: error },
    );
  }
  return new ImportError('corrupt', 'This PDF is damaged and cannot be opened. Try re-saving or re-downloading it.', { cause: error });
}

export async function openPdf(bytes: Uint8Array): Promise<OpenPdf> {
  let task: ReturnType<typeof getDocument>;
  try {
    task = getDocument({
      // A plain Uint8Array copy: pdf.js refuses Node Buffers and may transfer (detach) what it gets.
      data: new Uint8Array(bytes),
      wasmUrl: dirUrl('wasm'),
      standardFontDataUrl: dirUrl('standard_fonts'),
      cMapUrl: dirUrl('cmaps'),
      cMapPacked: true,
      iccUrl: dirUrl('iccs'),
      useSystemFonts: false,
      enableXfa: false,
      maxImageSize: MAX_EMBEDDED_IMAGE_PIXELS,
      verbosity: 0,
    });
  } catch (error) {
    throw openError(error);
  }
  try {
    const doc = await task.promise;
    return { doc, close: () => task.destroy() };
  } catch (error) {
    await task.destroy().catch(() => undefined);
    throw openError(error);
  }
}

/** Wraps page access so an unreadable page gives a clear error, not a pdf.js stack trace. */
export async function getPdfPage(doc: PDFDocumentProxy, pageNo: number): Promise<PDFPageProxy> {
  try {
    return await doc.getPage(pageNo);
  } catch (error) {
    throw new ImportError('corrupt', `Page ${pageNo} of this PDF is damaged and cannot be read.`, { cause: error });
  }
}

/** Scale (pixels per PDF point) for a resolution, lowered if the page would exceed a pixel budget. */
export function scaleFor(page: PDFPageProxy, dpi: number, maxPixels: number): number {
  const base = page.getViewport({ scale: 1 });
  const wanted = dpi / 72;
  const pixels = base.width * wanted * base.height * wanted;
  return pixels <= maxPixels ? wanted : Math.sqrt(maxPixels / (base.width * base.height));
}

/** Renders a page onto a white canvas at a scale. */
export async function renderPdfPage(doc: PDFDocumentProxy, page: PDFPageProxy, scale: number): Promise<Canvas> {
  const viewport = page.getViewport({ scale });
  const width = Math.max(1, Math.round(viewport.width));
  const height = Math.max(1, Math.round(viewport.height));
  // pdf.js in Node creates @napi-rs/canvas canvases through its own factory.
  const factory = (doc as unknown as { canvasFactory: { create(w: number, h: number): { canvas: Canvas } } }).canvasFactory;
  const { canvas } = factory.create(width, height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  try {
    await page.render({ canvas: canvas as never, viewport, background: '#ffffff' }).promise;
  } catch (error) {
    throw new ImportError('corrupt', `Page ${page.pageNumber} of this PDF cannot be drawn: the file is damaged.`, { cause: error });
  }
  return canvas;
}
