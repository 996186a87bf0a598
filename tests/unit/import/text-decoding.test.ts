import { describe, expect, it } from 'vitest';
import { decodeText, detectTextEncoding } from '../../../electron/backend/import/text.ts';
import { ImportError } from '../../../electron/backend/import/import-error.ts';

const SAMPLE = 'Bupati Musi Banyuasin — “Pelayanan Prima”, nilai 4,57 (café, naïve)\r\nBaris kedua\r\n';
const CLEAN = 'Bupati Musi Banyuasin — “Pelayanan Prima”, nilai 4,57 (café, naïve)\nBaris kedua\n';

function utf16(text: string, bigEndian: boolean, bom: boolean): Uint8Array {
  const out = new Uint8Array((text.length + (bom ? 1 : 0)) * 2);
  const view = new DataView(out.buffer);
  let offset = 0;
  if (bom) {
    view.setUint16(0, 0xfeff, !bigEndian);
    offset = 2;
  }
  for (let i = 0; i < text.length; i += 1) view.setUint16(offset + i * 2, text.charCodeAt(i), !bigEndian);
  return out;
}

function windows1252(text: string): Uint8Array {
  const table: Record<string, number> = { '—': 0x97, '“': 0x93, '”': 0x94, '€': 0x80 };
  return Uint8Array.from(Array.from(text, (ch) => table[ch] ?? ch.charCodeAt(0)));
}

describe('text decoding', () => {
  it('reads UTF-8 with and without a BOM', () => {
    const bytes = new TextEncoder().encode(SAMPLE);
    expect(decodeText(bytes)).toEqual({ text: CLEAN, encoding: 'utf-8' });
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]);
    expect(decodeText(withBom).text).toBe(CLEAN);
  });

  it('reads UTF-16 LE and BE, with a BOM and without', () => {
    expect(decodeText(utf16(SAMPLE, false, true))).toEqual({ text: CLEAN, encoding: 'utf-16le' });
    expect(decodeText(utf16(SAMPLE, true, true))).toEqual({ text: CLEAN, encoding: 'utf-16be' });
    expect(decodeText(utf16(SAMPLE, false, false)).encoding).toBe('utf-16le');
    expect(decodeText(utf16(SAMPLE, true, false)).text).toBe(CLEAN);
  });

  it('falls back to Windows-1252 when the bytes are not UTF-8', () => {
    const bytes = windows1252(SAMPLE);
    expect(detectTextEncoding(bytes)).toBe('windows-1252');
    expect(decodeText(bytes).text).toBe(CLEAN);
  });

  it('normalises to NFC', () => {
    const decomposed = 'cafe\u0301';
    expect(decodeText(new TextEncoder().encode(decomposed)).text).toBe('café');
  });

  it('refuses binary data as not-text', () => {
    const binary = Uint8Array.from({ length: 2048 }, (_, i) => (i * 131 + 7) % 256);
    expect(() => decodeText(binary)).toThrow(ImportError);
    try {
      decodeText(binary);
    } catch (error) {
      expect((error as ImportError).code).toBe('not-text');
      expect((error as ImportError).message).toMatch(/not a text file/);
    }
  });
});
