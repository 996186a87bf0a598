import { describe, expect, it } from 'vitest';
import { upperShare } from '../../../shared/extract/particulars/lines.ts';
import { isHeadingLine } from '../../../shared/extract/particulars/judul.ts';
import { HEADING_START, unglueHeading } from '../../../shared/extract/particulars/heading-kind.ts';
import { capitalisedWords, makeDoc } from '../../../shared/extract/doc.ts';
import { markSkippedTokens } from '../../../shared/extract/text/ranges.ts';
import { FLAG_CAP, FLAG_SKIP, KIND_WORD, tokenize } from '../../../shared/extract/text/tokenize.ts';
import { findRegions, mayBeLevelWord } from '../../../shared/extract/extractors/region.ts';
import { findOrganizations } from '../../../shared/extract/extractors/organization.ts';
import { findListedOfficials, mayListOfficials, readListedOfficials } from '../../../shared/extract/extractors/official-listed.ts';
import { findDates } from '../../../shared/extract/extractors/date.ts';
import { PHOTO_CREDIT, TLD, URL, detectBoilerplate, inlineBoilerplate, siteNameStart } from '../../../shared/extract/text/boilerplate.ts';
import { preparedResources } from './corpus.ts';
import { composed } from './composed.ts';

// The passes of the extraction skip what cannot match (a document without listed officials, a
// digit run that cannot open a date, a line that cannot open a heading …) or try a pattern only
// where it can begin: each must find exactly what the pass over everything found.

describe('fast paths of the extraction passes', () => {
  it('listed officials are looked for only in documents that may hold one, and found the same', async () => {
    const res = await preparedResources();
    const prose = [' ', '\n', '\n\n', 'yang ', 'menghadiri rapat di ', 'Kabupaten Pinrang', '.', ',', 'Sekretaris', 'SUPARDI'];
    const person = [
      'Drs. Budi Santoso, M.Si',
      'Hj. Siti Aminah',
      'Ir. Made Wirawan',
      '1. ',
      '2. ',
      'a. ',
      'Kepala Dinas Sosial',
      'Camat Talun',
    ];
    // Each family of pieces holds one thing a listed official needs and none of the others.
    const families: Record<string, string[]> = {
      label: ['Nama : Drs. Budi Santoso, M.Si\n', 'Nama', ' : ', 'Jabatan : Kepala Dinas Sosial\n', 'Instansi : Dinas Sosial\n', '\n'],
      bar: ['| 1 | Drs. Budi Santoso, M.Si | Kepala Dinas Sosial |\n', '|', ' | ', '\n'],
      gap: ['1. Ir. Made Wirawan     Camat Talun\n', '    ', '\n'],
      nipWord: ['NIP. ', 'NIP ', 'NRP ', '\n', '\n'],
      nipNumber: ['196805121993031007', '19680512 199303', ' 19680512', '\n', '\n'],
      rank: ['\nPembina', '\nPenata Tk. I', '\nJuru', '\n'],
    };
    for (const [family, own] of Object.entries(families)) {
      let skipped = 0;
      let found = 0;
      for (const text of composed([...prose, ...person, ...own, ...own, ...person], 1500, 12)) {
        const doc = makeDoc(tokenize(text), res);
        const regions = findRegions(doc);
        const orgs = findOrganizations(doc, regions);
        const all = readListedOfficials(doc, regions, orgs, new Uint8Array(doc.tok.length));
        if (!mayListOfficials(doc)) {
          skipped++;
          expect(all, `${family}: ${JSON.stringify(text)}`).toEqual([]);
        }
        found += all.length;
        expect(findListedOfficials(doc, regions, orgs, new Uint8Array(doc.tok.length)), JSON.stringify(text)).toEqual(all);
      }
      // Both kinds of document were composed: some skipped, some with officials found.
      expect(skipped, family).toBeGreaterThan(20);
      if (family !== 'rank') expect(found, family).toBeGreaterThan(5);
    }
  });
  it('dates tried only where their day can begin are the dates of a scan of the whole text', () => {
    // Days of one to three digits before every kind of separator, suffix and space, English months before them.
    const pieces = [
      'October ',
      'Sept. ',
      'Maret ',
      '15',
      '1',
      '05',
      '123',
      'st',
      'st, ',
      'nd ',
      'rd',
      'th, ',
      ',',
      ' ',
      '  ',
      '\u00a0',
      '\u2009',
      '\u3000',
      '\n',
    ];
    const more = ['2019', '2024', '/', '.', '-', '06', 'x', '²', 'tahun ', '05/06/', '1.2.', '12-05-', '2024-06-03', '2024-06-'];
    const found = new Set<string>();
    for (const text of [...composed([...pieces, '2019', '2024'], 15000, 9), ...composed([...pieces, ...more], 15000, 9)]) {
      const plain = findDates(text, []);
      for (const d of plain) found.add(d.rule);
      expect(findDates(text, [], text, tokenize(text)), JSON.stringify(text)).toEqual(plain);
    }
    expect([...found].sort()).toEqual(['date.english', 'date.iso', 'date.numeric', 'date.textual']);
  });
  it('capitalisedWords() lists the capitalised words outside boilerplate, in order', async () => {
    const res = await preparedResources();
    let listed = 0;
    for (const text of composed(['Dinas', 'dan', 'KOTA', 'é', 'Éa', ' ', '\n', '1', '.', 'x', 'Bupati ', '(', 'İ'], 3000, 16)) {
      const ts = tokenize(text);
      // Two characters of every six are boilerplate.
      markSkippedTokens(
        ts,
        Array.from({ length: Math.floor(text.length / 6) }, (_, k) => ({ start: 6 * k, end: 6 * k + 2, reason: 'site-chrome' })),
      );
      const doc = makeDoc(ts, res);
      const expected: number[] = [];
      for (let i = 0; i < ts.count; i++) {
        const flags = ts.flags[i] as number;
        if (ts.kind[i] === KIND_WORD && flags & FLAG_CAP && !(flags & FLAG_SKIP)) expected.push(i);
      }
      listed += expected.length;
      expect([...capitalisedWords(doc)], JSON.stringify(text)).toEqual(expected);
      expect(capitalisedWords(doc)).toBe(capitalisedWords(doc));
    }
    expect(listed).toBeGreaterThan(1000);
  });
  it('site names, URLs and photo credits found where they can begin are those of a scan of the whole text', () => {
    // The scan as it was: every match of each global pattern, in order.
    const ref = (text: string): { start: number; end: number; reason: string }[] => {
      const out: { start: number; end: number; reason: string }[] = [];
      for (const m of text.matchAll(TLD)) {
        const start = siteNameStart(text, m.index);
        if (start >= 0) out.push({ start, end: m.index + m[0].length, reason: 'site-name' });
      }
      for (const m of text.matchAll(URL)) out.push({ start: m.index, end: m.index + m[0].length, reason: 'site-chrome' });
      for (const m of text.matchAll(PHOTO_CREDIT)) {
        if (m[0].startsWith('[') && !(m[0].includes('/') || /^\[\s{0,3}(?:foto|dok|ist|photo|ilustrasi|sumber)/i.test(m[0]))) continue;
        out.push({ start: m.index, end: m.index + m[0].length, reason: 'photo-credit' });
      }
      return out;
    };
    const pieces = [
      '.',
      '..',
      '.com',
      '.co.id',
      '.CO.ID',
      '.go.id',
      'x',
      'Kompas',
      '-',
      ' ',
      '\n',
      'http',
      'https://',
      'a/b',
      ')',
      '(',
      '[',
      ']',
      '(Foto:',
      '(dok.',
      '[Foto',
      'FOTO',
      '/',
      '@',
      'id',
      '.net',
      '.info',
      '.tvx',
      '.TV',
      '.tv',
      '.web.id',
      '.ac.id',
      '.my.id',
      '.or.id',
      '.news',
      '.org',
      '(ist.',
      '(Ilustrasi:',
      '(photo:',
      'ı',
      'é',
    ];
    let found = 0;
    for (const text of composed(pieces, 20000, 10)) {
      const got: { start: number; end: number; reason: string }[] = [];
      inlineBoilerplate(text, got);
      const expected = ref(text);
      found += expected.length;
      const key = (r: { start: number; end: number; reason: string }): string => `${r.reason}:${r.start}-${r.end}`;
      expect(got.map(key), JSON.stringify(text)).toEqual(expected.map(key));
    }
    expect(found).toBeGreaterThan(5000);
    expect(detectBoilerplate('Baca juga: x\nberita (Foto: Antara) di kompas.com https://a.b/c')).toHaveLength(4);
  });
  it('isHeadingLine() rejects without ungluing only lines that cannot open a heading', () => {
    // The test as it was: up to three characters other than A-Z dropped, four capitals, then the unglued heading words.
    const ref = (text: string): boolean => {
      if (!/^[A-Z]/.test(text) && /^[a-z]/.test(text)) return false;
      const k = /^[^A-Z]{0,3}/.exec(text)![0].length;
      if (!/^[A-Z]{4}/.test(text.slice(k))) return false;
      return HEADING_START.test(unglueHeading(text.slice(k))) && upperShare(text) >= 0.8;
    };
    const pieces = [
      'PERATURAN',
      'PERATURAM',
      'KEPUTUSAN',
      'REPUTUSAN',
      'NSTRUKSI',
      'RERATURAN',
      'INSTRUKSIX',
      'XKEPUTUSAN',
      'KEPUTUSAN BUPATI',
      'PERATURANBUPATI',
      'SALINAN ',
      'SURAT',
      'EDARAN',
      'UNDANG',
      'INSTRUKSI',
      'KETETAPAN',
      'PALEMBANG',
      'JAKARTA',
      'ABCDEFGHIJK',
      ' ',
      '\u00a0',
      ',',
      '-',
      '1',
      '(',
      'a',
      'Nomor',
    ];
    let headings = 0;
    for (const text of composed(pieces, 20000, 5)) {
      const expected = ref(text);
      if (expected) headings++;
      if (isHeadingLine(text) !== expected) expect(isHeadingLine(text), JSON.stringify(text)).toBe(expected);
    }
    expect(headings).toBeGreaterThan(1000);
  });
  it('the word before a name is looked up for a level word only when its first letter is one of theirs, and never missed', async () => {
    const res = await preparedResources();
    const levelWords = [...res.regions.levelWords.keys()];
    // Level words in every case and with OCR's "rn" for "m", among other words.
    const pieces = [
      ...levelWords,
      ...levelWords.map((w) => w.toUpperCase()),
      'Pernkab',
      'PERNKOT',
      'di',
      'dan',
      'Madiun',
      ' ',
      '\n',
      '.',
      'é',
    ];
    let skipped = 0;
    for (const text of composed(pieces, 5000, 8)) {
      const doc = makeDoc(tokenize(text), res);
      for (let j = 0; j < doc.tok.length; j++) {
        if (!mayBeLevelWord(doc, j)) skipped++;
        if (res.regions.levelWords.has(doc.tok[j] as string)) expect(mayBeLevelWord(doc, j), `${JSON.stringify(text)} ${j}`).toBe(true);
      }
    }
    expect(skipped).toBeGreaterThan(500);
  });
});
