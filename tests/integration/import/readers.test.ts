import { describe, expect, it } from 'vitest';
import { cleanText } from '../../../shared/extract/text/clean-text.ts';
import { readDocument } from '../../../electron/backend/import/read-document.ts';
import type { ReadDocumentOptions } from '../../../electron/backend/import/read-document.ts';
import { articleFromDevText, CHROME_STRINGS, newsPageHtml, SCRIPT_FLAG } from '../../helpers/fixtures/news-html.ts';
import { buildDocx } from '../../helpers/fixtures/docx.ts';
import { storedZip } from '../../helpers/fixtures/zip.ts';
import { devText } from '../../helpers/fixtures/paths.ts';
import { normalizeWhitespace } from '../../helpers/fixtures/cer.ts';
import { importError } from '../../helpers/import-assertions.ts';

const OFF: ReadDocumentOptions = { ocr: 'off' };
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('text files', () => {
  const article = devText('dev-004');

  it('reads UTF-16 LE with a BOM and Windows line ends', async () => {
    const withCrlf = article.replace(/\n/g, '\r\n');
    const bytes = new Uint8Array(2 + withCrlf.length * 2);
    const view = new DataView(bytes.buffer);
    view.setUint16(0, 0xfeff, true);
    for (let i = 0; i < withCrlf.length; i += 1) view.setUint16(2 + i * 2, withCrlf.charCodeAt(i), true);
    const doc = await readDocument({ bytes, name: 'berita.txt' }, OFF);
    expect(doc.text).toBe(cleanText(article));
    expect(doc).toMatchObject({ mime: 'text/plain', sourceType: 'text', pages: [], language: 'id' });
    expect(doc.title).toBe(article.split('\n')[0]?.trim());
  });

  it('reads a Windows-1252 file with typographic quotes and dashes', async () => {
    const source = 'Kepala Dinas Sosial “Moehammad Daoed” – nilai 87,91 — naïve café\n';
    const map: Record<string, number> = { '“': 0x93, '”': 0x94, '–': 0x96, '—': 0x97 };
    const bytes = Uint8Array.from(Array.from(source, (ch) => map[ch] ?? ch.charCodeAt(0)));
    const doc = await readDocument({ bytes, name: 'catatan.txt' }, OFF);
    expect(doc.text).toBe(source);
  });

  it('keeps UTF-8 text exactly, clean by the project definition', async () => {
    const doc = await readDocument({ bytes: utf8(`\ufeff${article}`), name: 'x.txt' }, OFF);
    expect(doc.text).toBe(cleanText(article));
    expect(cleanText(doc.text)).toBe(doc.text);
  });

  it('refuses a binary file named .txt as not-text', async () => {
    const bytes = Uint8Array.from({ length: 4096 }, (_, i) => (i * 151 + 11) % 256);
    const error = await importError(readDocument({ bytes, name: 'laporan.txt' }, OFF));
    expect(error.code).toBe('not-text');
    expect(error.message).toMatch(/not a text file/);
  });
});

describe('saved news pages (HTML)', () => {
  const source = devText('dev-001');
  const article = articleFromDevText(source);
  const html = newsPageHtml(article);

  it('keeps the article, title first, as blank-line-separated paragraphs', async () => {
    const doc = await readDocument({ bytes: utf8(html), name: 'berita.html' }, OFF);
    expect(doc).toMatchObject({ mime: 'text/html', sourceType: 'html', language: 'id', pages: [] });
    expect(doc.title).toBe(article.title);
    const paragraphs = doc.text.split('\n\n');
    expect(paragraphs[0]).toBe(article.title);
    for (const paragraph of article.paragraphs) expect(paragraphs).toContain(normalizeWhitespace(paragraph));
    expect(cleanText(doc.text)).toBe(doc.text);
  });

  it('drops menus, sidebars, "Baca Juga" teasers, comments, footer and script output', async () => {
    const doc = await readDocument({ bytes: utf8(html), name: 'berita.html' }, OFF);
    expect(article.inlineTeasers?.length).toBeGreaterThan(0);
    for (const teaser of article.inlineTeasers ?? []) expect(doc.text).not.toContain(teaser);
    for (const chrome of CHROME_STRINGS) expect(doc.text, chrome).not.toContain(chrome);
    expect(doc.text).not.toMatch(/BACA JUGA/i);
  });

  it('never runs scripts or event handlers', async () => {
    const flags = globalThis as Record<string, unknown>;
    delete flags[SCRIPT_FLAG];
    await readDocument({ bytes: utf8(html), name: 'berita.html' }, OFF);
    const hostile =
      '<html><body onload="globalThis.__lontarScriptRan=true"><p>Isi</p><img src=x onerror="globalThis.__lontarScriptRan=true">' +
      '<script>globalThis.__lontarScriptRan = true; process.exit(3)</script><svg onload="globalThis.__lontarScriptRan=true"></svg></body></html>';
    const doc = await readDocument({ bytes: utf8(hostile), name: 'jahat.htm' }, OFF);
    expect(flags[SCRIPT_FLAG]).toBeUndefined();
    expect(doc.text).not.toContain('process.exit');
  });

  it('decodes a page declared as windows-1252', async () => {
    const page = newsPageHtml(
      { title: 'Café “Prima” – Kobar', paragraphs: [`Dinas Sosial meraih nilai 87,91 – “Zona Hijau”. ${devText('dev-005')}`] },
      { charset: 'windows-1252' },
    );
    const map: Record<string, number> = { '“': 0x93, '”': 0x94, '–': 0x96, '—': 0x97, '©': 0xa9, '»': 0xbb, é: 0xe9 };
    const bytes = Uint8Array.from(Array.from(page, (ch) => map[ch] ?? (ch.charCodeAt(0) < 256 ? ch.charCodeAt(0) : 0x3f)));
    const doc = await readDocument({ bytes, name: 'halaman.html' }, OFF);
    expect(doc.title).toBe('Café “Prima” – Kobar');
    expect(doc.text).toContain('meraih nilai 87,91 – “Zona Hijau”');
  });

  it('splits paragraphs written as <br><br> inside one block', async () => {
    const body = article.paragraphs.map((p) => p.replace(/&/g, '&amp;').replace(/</g, '&lt;')).join('<br>\n<br>\n');
    const page =
      `<!doctype html><html lang="id"><head><title>${article.title}</title></head><body><nav><a href="/">Beranda</a></nav>` +
      `<article><h1>${article.title}</h1><div class="content">${body}<br>Editor: Tim<br>Foto: Humas</div></article><footer>Pedoman Media Siber</footer></body></html>`;
    const doc = await readDocument({ bytes: utf8(page), name: 'br.html' }, OFF);
    const paragraphs = doc.text.split('\n\n');
    expect(paragraphs[0]).toBe(article.title);
    for (const paragraph of article.paragraphs.slice(0, -1)) expect(paragraphs).toContain(normalizeWhitespace(paragraph));
    expect(doc.text).toContain('Editor: Tim\nFoto: Humas');
    expect(doc.text).not.toContain('Pedoman Media Siber');
  });

  it('reads a .pdf that is really a saved web page as HTML', async () => {
    const doc = await readDocument({ bytes: utf8(html), name: 'keputusan-bupati.pdf' }, OFF);
    expect(doc.sourceType).toBe('html');
    expect(doc.text).toContain(article.paragraphs[0]);
  });
});

describe('Word documents (DOCX)', () => {
  it('reads paragraphs, keeping them apart with blank lines', async () => {
    const paragraphs = [
      'Siaran Pers: Indeks Pelayanan Publik 2024',
      ...devText('dev-003')
        .split('\n')
        .map((p) => p.trim())
        .filter(Boolean),
    ];
    const doc = await readDocument({ bytes: buildDocx(paragraphs), name: 'siaran-pers.docx' }, OFF);
    expect(doc).toMatchObject({ sourceType: 'docx', pages: [], language: 'id' });
    expect(doc.text).toBe(paragraphs.join('\n\n'));
    expect(doc.title).toBe('Siaran Pers: Indeks Pelayanan Publik 2024');
    expect(doc.text).toContain('Nomor 659 Tahun 2024');
  });

  it('refuses a damaged docx, a zip that is not a docx, and a password-protected one', async () => {
    const docx = buildDocx(['Judul', 'Isi']);
    const damaged = docx.slice();
    // Break the document part inside the archive (its XML), keeping the ZIP directory intact.
    const at = Buffer.from(damaged).indexOf('<w:document');
    damaged.set(utf8('<w:garbage!'), at);
    expect((await importError(readDocument({ bytes: damaged, name: 'rusak.docx' }, OFF))).code).toBe('corrupt');
    const sheet = storedZip([{ name: 'xl/workbook.xml', data: '<workbook/>' }]);
    expect((await importError(readDocument({ bytes: sheet, name: 'tabel.docx' }, OFF))).code).toBe('unsupported');
    // An encrypted Office file: an OLE compound file holding an "EncryptedPackage" stream.
    const ole = new Uint8Array(4096);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    ole.set(Uint8Array.from(Array.from('EncryptedPackage').flatMap((c) => [c.charCodeAt(0), 0])), 1024);
    const locked = await importError(readDocument({ bytes: ole, name: 'rahasia.docx' }, OFF));
    expect(locked.code).toBe('encrypted');
    expect(locked.message).toMatch(/password-protected/);
  });
});

describe('bad input', () => {
  it('refuses a zero-byte file as empty', async () => {
    const error = await importError(readDocument({ bytes: new Uint8Array(0), name: 'kosong.pdf' }, OFF));
    expect(error.code).toBe('empty');
    expect(error.message).toMatch(/empty/);
  });

  it('refuses unknown binary formats with a message naming what is supported', async () => {
    const gif = utf8('GIF89a\u0001\u0000\u0001\u0000');
    const error = await importError(readDocument({ bytes: gif, name: 'foto.gif' }, OFF));
    expect(error.code).toBe('unsupported');
    expect(error.message).toMatch(/GIF/);
    const random = Uint8Array.from({ length: 1000 }, (_, i) => (i * 97 + 3) % 256);
    expect((await importError(readDocument({ bytes: random, name: 'data.bin' }, OFF))).message).toMatch(/Supported: PDF/);
  });

  it('stops before reading when the signal has already fired', async () => {
    const controller = new AbortController();
    controller.abort();
    const error = await importError(readDocument({ bytes: utf8('Teks'), name: 'a.txt' }, { ocr: 'off', signal: controller.signal }));
    expect(error.code).toBe('cancelled');
  });
});
