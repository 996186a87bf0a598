import type { SourceType } from '../../../shared/types/document.ts';
import { detectTextEncoding } from './text.ts';
import { readZipDirectory } from './zip-directory.ts';

/** Extensions the import walks directories for (lower case, with the dot). */
export const SUPPORTED_EXTENSIONS = ['.txt', '.html', '.htm', '.pdf', '.png', '.jpg', '.jpeg', '.tif', '.tiff', '.docx'] as const;

export interface SniffedFormat {
  sourceType: SourceType;
  mime: string;
}

export const MIME = {
  text: 'text/plain',
  html: 'text/html',
  pdf: 'application/pdf',
  png: 'image/png',
  jpeg: 'image/jpeg',
  tiff: 'image/tiff',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const;

function startsWith(bytes: Uint8Array, prefix: readonly number[], at = 0): boolean {
  return prefix.every((byte, i) => bytes[at + i] === byte);
}

function indexOfAscii(bytes: Uint8Array, needle: string, limit: number): number {
  const end = Math.min(bytes.length, limit) - needle.length;
  outer: for (let i = 0; i <= end; i += 1) {
    for (let j = 0; j < needle.length; j += 1) if (bytes[i + j] !== needle.charCodeAt(j)) continue outer;
    return i;
  }
  return -1;
}

export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot).toLowerCase();
}

/** Markup that only HTML starts with (after a BOM, whitespace and comments). */
function looksLikeHtml(head: string, extension: string): boolean {
  const start = head
    .replace(/^\ufeff/, '')
    .replace(/^(\s|<!--[\s\S]*?-->)+/, '')
    .slice(0, 512)
    .toLowerCase();
  if (/^<!doctype\s+html/.test(start) || /^<html[\s>]/.test(start) || /^<head[\s>]/.test(start)) return true;
  if (/^<\?xml[^>]*>\s*<!doctype\s+html/.test(start) || /^<\?xml[^>]*>\s*<html[\s>]/.test(start)) return true;
  // A fragment (no <html>) counts as HTML only when the name says so, or it plainly is markup.
  const markup = /<(body|div|p|article|section|table|meta|title|script)[\s>]/i.test(head);
  if ((extension === '.html' || extension === '.htm') && markup) return true;
  return /^<(body|meta|title)[\s>]/.test(start);
}

/**
 * What the bytes are, whatever the name says; null when Lontar cannot read them. The name's
 * extension only breaks ties that the bytes leave open (an HTML fragment vs plain text).
 */
export function sniffFormat(bytes: Uint8Array, name: string): SniffedFormat | null {
  if (bytes.length === 0) return null;
  const extension = extensionOf(name);
  // PDF readers accept the header anywhere in the first kilobyte (some files start with junk).
  if (indexOfAscii(bytes, '%PDF-', 1024) >= 0) return { sourceType: 'pdf', mime: MIME.pdf };
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { sourceType: 'image', mime: MIME.png };
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { sourceType: 'image', mime: MIME.jpeg };
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a])) {
    return { sourceType: 'image', mime: MIME.tiff };
  }
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    const entries = readZipDirectory(bytes);
    return entries?.some((e) => e.name === 'word/document.xml') ? { sourceType: 'docx', mime: MIME.docx } : null;
  }
  // RTF is text on the byte level but markup on every line: refuse rather than import noise.
  if (startsWith(bytes, [0x7b, 0x5c, 0x72, 0x74, 0x66])) return null;
  const encoding = detectTextEncoding(bytes);
  if (!encoding) return null;
  const head = new TextDecoder(encoding).decode(bytes.subarray(0, 4096));
  if (looksLikeHtml(head, extension)) return { sourceType: 'html', mime: MIME.html };
  return { sourceType: 'text', mime: MIME.text };
}

/** Recognisable formats Lontar does not read, named so the error message can say what to do. */
export function describeUnsupported(bytes: Uint8Array): string | null {
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))
    return 'an old Microsoft Office file (.doc/.xls) or a password-protected Office file';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'a ZIP archive that is not a Word document';
  if (startsWith(bytes, [0x47, 0x49, 0x46, 0x38])) return 'a GIF image';
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && indexOfAscii(bytes, 'WEBP', 16) === 8) return 'a WebP image';
  if (startsWith(bytes, [0x42, 0x4d])) return 'a BMP image';
  if (startsWith(bytes, [0x7b, 0x5c, 0x72, 0x74, 0x66])) return 'an RTF document';
  return null;
}
