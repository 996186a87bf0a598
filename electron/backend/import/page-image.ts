import type { SourceType } from '../../../shared/types/document.ts';
import { imagePageGeometry, planImage, releaseCanvas, renderImagePage } from './image.ts';
import { ImportError } from './import-error.ts';
import { LIMITS } from './limits.ts';
import { getPdfPage, openPdf, renderPdfPage, scaleFor } from './pdf-document.ts';

/*
 * The page image the review view shows. Without `maxWidth` it is drawn exactly in the pixel
 * space of PageText.width/height and WordBox coordinates: PDF pages at 150 dpi, image files at
 * their own (oriented) pixel size, both capped at LIMITS.maxPagePixels. With `maxWidth` smaller
 * than that, the image is scaled down uniformly: multiply box coordinates by
 * `width / page.width` to draw them on it.
 */
export interface PageImage {
  png: Uint8Array;
  width: number;
  height: number;
}

export async function renderPageImage(
  bytes: Uint8Array,
  sourceType: SourceType,
  pageNo: number,
  options: { maxWidth?: number } = {},
): Promise<PageImage> {
  if (!Number.isInteger(pageNo) || pageNo < 1) throw new ImportError('unsupported', `There is no page ${pageNo}.`);
  const shrink = (width: number): number =>
    options.maxWidth && options.maxWidth > 0 && width > options.maxWidth ? options.maxWidth / width : 1;

  if (sourceType === 'pdf') {
    const { doc, close } = await openPdf(bytes);
    try {
      if (pageNo > doc.numPages) throw new ImportError('unsupported', `This PDF has no page ${pageNo}; it has ${doc.numPages}.`);
      const page = await getPdfPage(doc, pageNo);
      try {
        const pageScale = scaleFor(page, LIMITS.pageImageDpi, LIMITS.maxPagePixels);
        const fullWidth = Math.round(page.getViewport({ scale: pageScale }).width);
        const canvas = await renderPdfPage(doc, page, pageScale * shrink(fullWidth));
        const png = await canvas.encode('png');
        const { width, height } = canvas;
        releaseCanvas(canvas);
        return { png: new Uint8Array(png.buffer, png.byteOffset, png.byteLength), width, height };
      } finally {
        page.cleanup();
      }
    } finally {
      await close();
    }
  }

  if (sourceType === 'image') {
    const plan = planImage(bytes);
    if (pageNo > plan.pageCount) throw new ImportError('unsupported', `This image has no page ${pageNo}; it has ${plan.pageCount}.`);
    const geometry = imagePageGeometry(plan, pageNo - 1);
    const factor = shrink(geometry.page.width);
    const size = {
      width: Math.max(1, Math.round(geometry.page.width * factor)),
      height: Math.max(1, Math.round(geometry.page.height * factor)),
    };
    const canvas = renderImagePage(bytes, plan, pageNo - 1, size);
    const png = await canvas.encode('png');
    releaseCanvas(canvas);
    return { png: new Uint8Array(png.buffer, png.byteOffset, png.byteLength), width: size.width, height: size.height };
  }

  throw new ImportError('unsupported', 'Only PDF and image documents have page images.');
}
