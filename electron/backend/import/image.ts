import { createCanvas, Image, ImageData } from '@napi-rs/canvas';
import type { Canvas, SKRSContext2D } from '@napi-rs/canvas';
import UTIF from 'utif2';
import { ImportError } from './import-error.ts';
import { probeImage, orientedSize, tiffDirectories } from './image-header.ts';
import type { ImageInfo } from './image-header.ts';
import { LIMITS } from './limits.ts';
import { fitToPixels, rgbaToGray } from './raster.ts';
import type { GrayImage } from './raster.ts';

/*
 * Decoding of PNG, JPEG (via Skia in @napi-rs/canvas) and TIFF (utif2), with EXIF orientation
 * applied, sizes capped before any pixel is decoded, and two outputs: a colour canvas for the
 * page image and an 8-bit grey image for OCR.
 */

/**
 * Below this resolution OCR input is upscaled to UPSCALE_TO_DPI. Measured on generated noisy
 * pages (9–11 pt text): at 72–120 dpi upscaling cut the character error rate 2–5× (72 dpi:
 * 1.0–1.2 % → 0.2–0.3 %); at 150 dpi the effect was mixed and at 200 dpi nil. Upscaling to
 * 200 dpi read as well as to 300 dpi, for half the OCR time of 300.
 */
const LOW_DPI = 150;
const UPSCALE_TO_DPI = 200;
/** Short side of an A4 page in inches: an image without a resolution is assumed to be a page. */
const PAGE_SHORT_SIDE_INCHES = 8.27;

export interface ImagePlan {
  info: ImageInfo;
  pageCount: number;
}

function megapixels(pixels: number): string {
  return `${Math.round(pixels / 1e6)} megapixels`;
}

/** Header check shared by every entry point: refuses images too large to decode safely. */
export function planImage(bytes: Uint8Array): ImagePlan {
  const info = probeImage(bytes);
  if (info.frames.length > LIMITS.maxPages) {
    throw new ImportError('too-large', `This image has ${info.frames.length} pages; Lontar reads at most ${LIMITS.maxPages}.`);
  }
  for (const frame of info.frames) {
    const pixels = frame.width * frame.height;
    if (pixels > LIMITS.maxDecodePixels || frame.width > 65_000 || frame.height > 65_000) {
      throw new ImportError(
        'too-large',
        `This image is too large to import: ${frame.width} × ${frame.height} pixels (${megapixels(pixels)}). ` +
          `Lontar reads images up to ${megapixels(LIMITS.maxDecodePixels)}; scan at a lower resolution or split the image.`,
      );
    }
  }
  return { info, pageCount: info.frames.length };
}

/** Pixel sizes of one image page: its page-image space and its OCR space. */
export interface ImagePageGeometry {
  /** Oriented size at full resolution. */
  width: number;
  height: number;
  dpi: number | null;
  /** Page-image (box coordinate) space: full size, capped at LIMITS.maxPagePixels. */
  page: { width: number; height: number };
  /** OCR input size: upscaled when the scan is low-resolution, capped at LIMITS.maxOcrPixels. */
  ocr: { width: number; height: number; dpi: number };
}

export function imagePageGeometry(plan: ImagePlan, pageIndex: number): ImagePageGeometry {
  const frame = plan.info.frames[pageIndex];
  if (!frame) throw new ImportError('corrupt', `This image has no page ${pageIndex + 1}.`);
  const { width, height } = orientedSize(frame, plan.info.orientation);
  const page = fitToPixels(width, height, LIMITS.maxPagePixels);
  // Scanners write a resolution; screenshots and some phone apps don't: assume the image shows
  // a whole page, so its short side spans 8.27 inches.
  const dpi = frame.dpi ?? Math.min(width, height) / PAGE_SHORT_SIDE_INCHES;
  const upscale = dpi < LOW_DPI ? Math.min(UPSCALE_TO_DPI / dpi, 3) : 1;
  const ocr = fitToPixels(Math.round(width * upscale), Math.round(height * upscale), LIMITS.maxOcrPixels);
  return {
    width,
    height,
    dpi: frame.dpi,
    page: { width: page.width, height: page.height },
    ocr: { width: ocr.width, height: ocr.height, dpi: Math.round(dpi * upscale * ocr.scale) },
  };
}

/** Applies an EXIF orientation while drawing a source of stored size (w, h) onto a target of oriented size. */
function drawOriented(ctx: SKRSContext2D, source: Image | Canvas, orientation: number, target: { width: number; height: number }): void {
  const { width: tw, height: th } = target;
  ctx.save();
  // Transforms from the EXIF specification, scaled so the stored image fills the target.
  switch (orientation) {
    case 2:
      ctx.setTransform(-1, 0, 0, 1, tw, 0);
      break;
    case 3:
      ctx.setTransform(-1, 0, 0, -1, tw, th);
      break;
    case 4:
      ctx.setTransform(1, 0, 0, -1, 0, th);
      break;
    case 5:
      ctx.setTransform(0, 1, 1, 0, 0, 0);
      break;
    case 6:
      ctx.setTransform(0, 1, -1, 0, tw, 0);
      break;
    case 7:
      ctx.setTransform(0, -1, -1, 0, tw, th);
      break;
    case 8:
      ctx.setTransform(0, -1, 1, 0, 0, th);
      break;
    default:
      break;
  }
  const rotated = orientation >= 5;
  ctx.imageSmoothingEnabled = true;
  ctx.imageSmoothingQuality = 'high';
  ctx.drawImage(source, 0, 0, rotated ? th : tw, rotated ? tw : th);
  ctx.restore();
}

function decodeTiffPage(bytes: Uint8Array, pageIndex: number): Canvas {
  const ifd = tiffDirectories(bytes)[pageIndex];
  if (!ifd) throw new ImportError('corrupt', `This TIFF image has no page ${pageIndex + 1}.`);
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  let rgba: Uint8Array;
  try {
    UTIF.decodeImage(buffer, ifd);
    rgba = UTIF.toRGBA8(ifd);
  } catch (error) {
    throw new ImportError('corrupt', 'This TIFF image is damaged or uses a compression Lontar cannot read.', { cause: error });
  }
  const { width, height } = ifd;
  if (!width || !height || rgba.length < width * height * 4) {
    throw new ImportError('corrupt', 'This TIFF image is damaged or uses a compression Lontar cannot read.');
  }
  const canvas = createCanvas(width, height);
  const data = new ImageData(new Uint8ClampedArray(rgba.buffer, rgba.byteOffset, width * height * 4), width, height);
  canvas.getContext('2d').putImageData(data, 0, 0);
  return canvas;
}

function decodeSkiaImage(bytes: Uint8Array, kind: string): Image {
  const image = new Image();
  try {
    image.src = bytes;
  } catch (error) {
    throw new ImportError('corrupt', `This ${kind} image is damaged and cannot be decoded.`, { cause: error });
  }
  if (!image.width || !image.height) throw new ImportError('corrupt', `This ${kind} image is damaged and cannot be decoded.`);
  return image;
}

/** One page of an image file drawn, oriented, at the given size on a white background. */
export function renderImagePage(bytes: Uint8Array, plan: ImagePlan, pageIndex: number, size: { width: number; height: number }): Canvas {
  const canvas = createCanvas(size.width, size.height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, size.width, size.height);
  if (plan.info.format === 'tiff') {
    const decoded = decodeTiffPage(bytes, pageIndex);
    drawOriented(ctx, decoded, 1, size);
    releaseCanvas(decoded);
    return canvas;
  }
  const kind = plan.info.format.toUpperCase();
  const image = decodeSkiaImage(bytes, kind);
  try {
    drawOriented(ctx, image, plan.info.orientation, size);
  } catch (error) {
    // Skia marks undecodable data "broken" only when it is drawn.
    throw new ImportError('corrupt', `This ${kind} image is damaged and cannot be decoded.`, { cause: error });
  }
  return canvas;
}

/**
 * Frees a canvas's pixels now. @napi-rs/canvas does not report its pixel memory to V8, so the
 * garbage collector feels no pressure and ~35 MB page canvases pile up between collections
 * (measured: ten A4 300-dpi canvases kept 350 MB alive); shrinking the canvas frees them at once.
 */
export function releaseCanvas(canvas: Canvas): void {
  canvas.width = 1;
  canvas.height = 1;
}

export function canvasToGray(canvas: Canvas, dpi?: number): GrayImage {
  const { width, height } = canvas;
  const rgba = canvas.getContext('2d').getImageData(0, 0, width, height).data;
  const image: GrayImage = { width, height, data: rgbaToGray(rgba, width, height) };
  if (dpi) image.dpi = dpi;
  return image;
}

/** An image page as OCR input, plus the geometry needed to map OCR boxes to the page space. */
export function imagePageForOcr(bytes: Uint8Array, plan: ImagePlan, pageIndex: number): { gray: GrayImage; geometry: ImagePageGeometry } {
  const geometry = imagePageGeometry(plan, pageIndex);
  const canvas = renderImagePage(bytes, plan, pageIndex, geometry.ocr);
  const gray = canvasToGray(canvas, geometry.ocr.dpi);
  releaseCanvas(canvas);
  return { gray, geometry };
}
