import UTIF from 'utif2';
import { ImportError } from './import-error.ts';
import { checkTiffStructure } from './tiff-structure.ts';

/*
 * Image particulars read from headers only, before anything is decoded: the pixel caps are
 * enforced on these numbers, so a 20,000 × 20,000 image is refused without allocating 1.6 GB.
 */
export interface ImageFrame {
  /** Stored pixel size (before EXIF orientation). */
  width: number;
  height: number;
  dpi: number | null;
}

export interface ImageInfo {
  format: 'png' | 'jpeg' | 'tiff';
  frames: ImageFrame[];
  /** EXIF orientation 1–8 (JPEG only; 1 = as stored). 5–8 swap width and height. */
  orientation: number;
}

function corrupt(kind: string): ImportError {
  return new ImportError('corrupt', `This ${kind} image is damaged: its header cannot be read.`);
}

function incomplete(kind: string): ImportError {
  return new ImportError('corrupt', `This ${kind} image is incomplete: the file is cut off (an interrupted download or copy?).`);
}

function readPng(bytes: Uint8Array): ImageInfo {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 33) throw corrupt('PNG');
  const width = view.getUint32(16);
  const height = view.getUint32(20);
  let dpi: number | null = null;
  let offset = 8;
  let complete = false;
  // Walk every chunk: a file cut off mid-download has no IEND, and Skia would silently draw
  // the missing rows as blank paper instead of failing.
  while (offset + 12 <= bytes.length) {
    const length = view.getUint32(offset);
    const type = String.fromCharCode(...bytes.subarray(offset + 4, offset + 8));
    if (type === 'IEND') {
      complete = true;
      break;
    }
    if (type === 'pHYs' && length >= 9 && bytes[offset + 16] === 1) {
      dpi = Math.round(view.getUint32(offset + 8) * 0.0254);
    }
    offset += 12 + length;
  }
  if (width === 0 || height === 0) throw corrupt('PNG');
  if (!complete) throw incomplete('PNG');
  return { format: 'png', frames: [{ width, height, dpi: dpi && dpi > 10 ? dpi : null }], orientation: 1 };
}

function exifOrientation(bytes: Uint8Array, start: number, length: number): number {
  // "Exif\0\0" then a TIFF header; IFD0 tag 0x0112 holds the orientation.
  if (String.fromCharCode(...bytes.subarray(start, start + 4)) !== 'Exif') return 1;
  const tiff = start + 6;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (tiff + 8 > start + length) return 1;
  const little = bytes[tiff] === 0x49;
  const ifd = tiff + view.getUint32(tiff + 4, little);
  if (ifd + 2 > start + length) return 1;
  const count = view.getUint16(ifd, little);
  for (let i = 0; i < count; i += 1) {
    const entry = ifd + 2 + i * 12;
    if (entry + 12 > start + length) break;
    if (view.getUint16(entry, little) === 0x0112) {
      const value = view.getUint16(entry + 8, little);
      return value >= 1 && value <= 8 ? value : 1;
    }
  }
  return 1;
}

/** The end-of-image marker, allowing for trailing bytes some cameras and editors append. */
function hasJpegEnd(bytes: Uint8Array): boolean {
  for (let i = bytes.length - 2; i >= Math.max(2, bytes.length - 65536); i -= 1) {
    if (bytes[i] === 0xff && bytes[i + 1] === 0xd9) return true;
  }
  return false;
}

function readJpeg(bytes: Uint8Array): ImageInfo {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let offset = 2;
  let dpi: number | null = null;
  let orientation = 1;
  while (offset + 4 <= bytes.length) {
    if (bytes[offset] !== 0xff) throw corrupt('JPEG');
    const marker = bytes[offset + 1] ?? 0;
    if (marker === 0xff) {
      offset += 1;
      continue;
    }
    const length = view.getUint16(offset + 2);
    const body = offset + 4;
    if (marker === 0xe0 && String.fromCharCode(...bytes.subarray(body, body + 4)) === 'JFIF') {
      const units = bytes[body + 7];
      const density = view.getUint16(body + 8);
      if (units === 1) dpi = density;
      else if (units === 2) dpi = Math.round(density * 2.54);
    } else if (marker === 0xe1) {
      orientation = exifOrientation(bytes, body, length - 2);
    } else if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      if (body + 5 > bytes.length) break;
      const height = view.getUint16(body + 1);
      const width = view.getUint16(body + 3);
      if (width === 0 || height === 0) throw corrupt('JPEG');
      if (!hasJpegEnd(bytes)) throw incomplete('JPEG');
      return { format: 'jpeg', frames: [{ width, height, dpi: dpi && dpi > 10 ? dpi : null }], orientation };
    }
    offset += 2 + length;
  }
  throw corrupt('JPEG');
}

/** A numeric TIFF tag as UTIF gives it: [n] for integers, [[numerator, denominator]] for rationals. */
function tagNumber(ifd: UTIF.IFD, tag: string): number | null {
  const value: unknown = ifd[tag];
  const first: unknown = Array.isArray(value) ? value[0] : value;
  if (typeof first === 'number') return first;
  if (Array.isArray(first) && typeof first[0] === 'number' && typeof first[1] === 'number' && first[1] !== 0) return first[0] / first[1];
  return null;
}

/**
 * UTIF.decode with its options, which its type leaves out: maker notes (camera vendors' private
 * directories, which utif2 decodes as whole TIFFs of their own) are not read.
 */
const decodeDirectories = UTIF.decode as (buffer: ArrayBuffer, options: { parseMN: boolean; debug: boolean }) => UTIF.IFD[];

/** The TIFF's pages (IFDs that hold an image); UTIF.decode parses directories, not pixels. */
export function tiffDirectories(bytes: Uint8Array): UTIF.IFD[] {
  checkTiffStructure(bytes);
  let ifds: UTIF.IFD[];
  try {
    ifds = decodeDirectories(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer, {
      parseMN: false,
      debug: false,
    });
  } catch (error) {
    throw new ImportError('corrupt', 'This TIFF image is damaged: its header cannot be read.', { cause: error });
  }
  // Pages are the full-resolution images; NewSubfileType bit 0 marks thumbnails and previews.
  return ifds.filter(
    (ifd) => (tagNumber(ifd, 't256') ?? 0) > 0 && (tagNumber(ifd, 't257') ?? 0) > 0 && ((tagNumber(ifd, 't254') ?? 0) & 1) === 0,
  );
}

function readTiff(bytes: Uint8Array): ImageInfo {
  const ifds = tiffDirectories(bytes);
  if (ifds.length === 0) throw corrupt('TIFF');
  const frames = ifds.map((ifd) => {
    const unit = tagNumber(ifd, 't296') ?? 2;
    const resolution = tagNumber(ifd, 't282');
    const dpi = resolution ? Math.round(unit === 3 ? resolution * 2.54 : resolution) : null;
    return { width: tagNumber(ifd, 't256') ?? 0, height: tagNumber(ifd, 't257') ?? 0, dpi: dpi && dpi > 10 ? dpi : null };
  });
  return { format: 'tiff', frames, orientation: 1 };
}

export function probeImage(bytes: Uint8Array): ImageInfo {
  if (bytes[0] === 0x89 && bytes[1] === 0x50) return readPng(bytes);
  if (bytes[0] === 0xff && bytes[1] === 0xd8) return readJpeg(bytes);
  if ((bytes[0] === 0x49 && bytes[1] === 0x49) || (bytes[0] === 0x4d && bytes[1] === 0x4d)) return readTiff(bytes);
  throw new ImportError('unsupported', 'This image format is not supported: use PNG, JPEG or TIFF.');
}

/** Size after EXIF orientation (orientations 5–8 are rotated by 90°). */
export function orientedSize(frame: ImageFrame, orientation: number): { width: number; height: number } {
  return orientation >= 5 ? { width: frame.height, height: frame.width } : { width: frame.width, height: frame.height };
}
