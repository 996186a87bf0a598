import type { ReadDocument } from '../../../shared/types/document.ts';
import { cleanText } from '../../../shared/extract/text/clean-text.ts';
import { detectLanguage } from '../../../shared/text/language.ts';
import { ImportError } from './import-error.ts';

/** Encodings a plain-text file may come in. Windows-1252 covers Latin-1 (ISO-8859-1) too. */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

const SAMPLE_BYTES = 8192;

function hasPrefix(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

/** UTF-16 without a BOM still shows itself: ASCII text has a zero byte in every other position. */
function guessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  const pairs = Math.floor(sample.length / 2);
  if (pairs < 2) return null;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i + 1 < sample.length; i += 2) {
    if (sample[i] === 0) zeroEven += 1;
    if (sample[i + 1] === 0) zeroOdd += 1;
  }
  if (zeroOdd / pairs > 0.4 && zeroEven / pairs < 0.05) return 'utf-16le';
  if (zeroEven / pairs > 0.4 && zeroOdd / pairs < 0.05) return 'utf-16be';
  return null;
}

/**
 * The byte-level encoding of a text file, or null when the bytes are not text (zero bytes
 * outside UTF-16, or many control characters). Order: a BOM decides; then UTF-16 by its zero
 * bytes; then UTF-8 if the bytes are valid UTF-8 (random Windows-1252 text practically never
 * is); otherwise Windows-1252.
 */
export function detectTextEncoding(bytes: Uint8Array): TextEncoding | null {
  if (hasPrefix(bytes, [0xef, 0xbb, 0xbf])) return 'utf-8';
  if (hasPrefix(bytes, [0xff, 0xfe])) return 'utf-16le';
  if (hasPrefix(bytes, [0xfe, 0xff])) return 'utf-16be';
  const utf16 = guessUtf16(bytes);
  if (utf16) return utf16;
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  let controls = 0;
  for (const byte of sample) {
    if (byte === 0) return null;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c && byte !== 0x1b) controls += 1;
  }
  if (sample.length > 0 && controls / sample.length > 0.02) return null;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return 'utf-8';
  } catch {
    return 'windows-1252';
  }
}

/** Control characters other than tab, line ends and form feed, which real text does not carry. */
function controlRatio(text: string): number {
  if (text.length === 0) return 0;
  const sample = text.slice(0, SAMPLE_BYTES);
  let controls = 0;
  for (let i = 0; i < sample.length; i += 1) {
    const code = sample.charCodeAt(i);
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c) || (code >= 0x7f && code <= 0x9f)) {
      controls += 1;
    }
  }
  return controls / sample.length;
}

/** Decodes a text file to clean text, or throws ImportError('not-text'). */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  const encoding = detectTextEncoding(bytes);
  const notText = new ImportError(
    'not-text',
    'This file is not a text file: its contents are binary data. Check that the file name matches what it really is.',
  );
  if (!encoding) throw notText;
  // A BOM is consumed by the decoder (ignoreBOM false); cleanText would strip a leftover one.
  const decoded = new TextDecoder(encoding).decode(bytes);
  if (controlRatio(decoded) > 0.02) throw notText;
  return { text: cleanText(decoded), encoding };
}

/** First non-empty line, as a display title for unpaged documents, at most 200 characters. */
export function firstLineTitle(text: string): string | null {
  const line = text.split('\n').find((l) => l.trim().length > 0);
  if (!line) return null;
  const trimmed = line.trim().replace(/\s+/g, ' ');
  return trimmed.length > 200 ? `${trimmed.slice(0, 199)}…` : trimmed;
}

export function readText(bytes: Uint8Array): ReadDocument {
  const { text } = decodeText(bytes);
  return {
    mime: 'text/plain',
    sourceType: 'text',
    text,
    title: firstLineTitle(text),
    language: detectLanguage(text),
    pages: [],
  };
}
