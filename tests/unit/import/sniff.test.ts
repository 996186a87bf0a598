import { describe, expect, it } from 'vitest';
import { sniffFormat, SUPPORTED_EXTENSIONS } from '../../../electron/backend/import/sniff.ts';
import { buildDocx } from '../../helpers/fixtures/docx.ts';
import { storedZip } from '../../helpers/fixtures/zip.ts';

const ascii = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('sniffFormat', () => {
  it('recognises formats by their bytes', () => {
    expect(sniffFormat(ascii('%PDF-1.7\n%âãÏÓ\n1 0 obj'), 'a.pdf')).toEqual({ sourceType: 'pdf', mime: 'application/pdf' });
    expect(sniffFormat(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]), 'scan.png')?.mime).toBe('image/png');
    expect(sniffFormat(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]), 'scan.jpg')?.mime).toBe('image/jpeg');
    expect(sniffFormat(Uint8Array.from([0x49, 0x49, 0x2a, 0, 8, 0, 0, 0]), 'fax.tif')?.mime).toBe('image/tiff');
    expect(sniffFormat(Uint8Array.from([0x4d, 0x4d, 0, 0x2a, 0, 0, 0, 8]), 'fax.tiff')?.mime).toBe('image/tiff');
    expect(sniffFormat(buildDocx(['Judul', 'Isi']), 'surat.docx')?.sourceType).toBe('docx');
    expect(sniffFormat(ascii('<!DOCTYPE html><html><body><p>Berita</p></body></html>'), 'berita.html')?.sourceType).toBe('html');
    expect(sniffFormat(ascii('Kabupaten Musi Banyuasin meraih predikat.'), 'catatan.txt')?.sourceType).toBe('text');
  });

  it('trusts the bytes over the extension', () => {
    // A download that saved an HTML error page under a .pdf name is HTML.
    expect(
      sniffFormat(ascii('\n  <!doctype html>\n<html lang="id"><head><title>404</title></head></html>'), 'keputusan.pdf')?.sourceType,
    ).toBe('html');
    // A PDF named .txt is a PDF.
    expect(sniffFormat(ascii('%PDF-1.4\n'), 'catatan.txt')?.sourceType).toBe('pdf');
    // A PNG named .pdf is an image.
    expect(sniffFormat(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), 'scan.pdf')?.sourceType).toBe('image');
  });

  it('refuses binary data, other ZIPs, RTF and empty input', () => {
    const binary = Uint8Array.from({ length: 512 }, (_, i) => (i * 37) % 256);
    expect(sniffFormat(binary, 'notes.txt')).toBeNull();
    expect(sniffFormat(storedZip([{ name: 'xl/workbook.xml', data: '<workbook/>' }]), 'book.docx')).toBeNull();
    expect(sniffFormat(ascii('{\\rtf1\\ansi Surat}'), 'surat.txt')).toBeNull();
    expect(sniffFormat(new Uint8Array(0), 'empty.txt')).toBeNull();
  });

  it('treats markup as HTML only when it is markup', () => {
    expect(sniffFormat(ascii('Harga naik <5 persen> menurut BPS'), 'note.txt')?.sourceType).toBe('text');
    expect(sniffFormat(ascii('<div class="isi"><p>Berita</p></div>'), 'fragment.htm')?.sourceType).toBe('html');
  });

  it('lists the walkable extensions in lower case with a dot', () => {
    expect(SUPPORTED_EXTENSIONS).toEqual(
      expect.arrayContaining(['.pdf', '.txt', '.html', '.htm', '.docx', '.png', '.jpg', '.jpeg', '.tif', '.tiff']),
    );
    for (const ext of SUPPORTED_EXTENSIONS) expect(ext).toMatch(/^\.[a-z]+$/);
  });
});
