import { describe, expect, it } from 'vitest';
import { COLLAPSE_ABOVE, detectTables, documentZones, looksLikeRow, zoneIndexAt } from '../../../shared/review/zones.ts';

const FOOTER = 'Salinan ini dicetak dari sistem naskah dinas elektronik dan sah tanpa tanda tangan basah.';

/** A tariff annex as a PDF text layer gives it: rows, cells wrapped onto their own lines, a footer per page. */
function tariffAnnex(): string {
  return [
    'Pasal 4',
    'Besaran tarif pelayanan ditetapkan sebagaimana tercantum dalam Lampiran yang merupakan bagian tidak terpisahkan.',
    '',
    'TARIF AMBULANS',
    'KABUPATEN/',
    'KOTA',
    'Kabupaten',
    'Sukamaju',
    '',
    '1.200.000 1.450.000',
    '',
    'Kabupaten Sukadana 980.000 1.150.000',
    'Kota Sukamulya 1.020.000 1.300.000',
    '',
    FOOTER,
    '',
    'Kabupaten Sukatani 1.330.000 1.600.000',
    'Kota Sukaraja 870.000 990.000',
    'Bagian ini menjelaskan tata cara pembayaran tarif yang dibayarkan melalui kas daerah setiap bulan.',
    FOOTER,
    'Pasal 5',
    FOOTER,
  ].join('\n');
}

describe('table rows', () => {
  it('reads amounts, cells set apart and rows of figures as rows; citations and prose not', () => {
    expect(looksLikeRow('Kota Sukamulya 1.020.000 1.300.000')).toBe(true);
    expect(looksLikeRow('a) Pemeriksaan laboratorium sederhana 25.000')).toBe(true);
    expect(looksLikeRow('Dinas Sosial\tBaik\t82,5')).toBe(true);
    expect(looksLikeRow('3   12   45   Baik')).toBe(true);
    expect(looksLikeRow('Peraturan Daerah Nomor 8 Tahun 2025')).toBe(false);
    expect(looksLikeRow('Pasal 12')).toBe(false);
    expect(looksLikeRow('dibayar paling lambat 14 hari sejak tagihan diterima oleh wajib retribusi sebesar 5.000.000')).toBe(false);
    expect(looksLikeRow('')).toBe(false);
  });
});

describe('detectTables', () => {
  it('finds one table across wrapped cells and a repeated page footer, with its header, and ends at prose', () => {
    const text = tariffAnnex();
    const tables = detectTables(text);
    expect(tables).toHaveLength(1);
    const table = text.slice(tables[0]!.start, tables[0]!.end);
    expect(table.startsWith('TARIF AMBULANS')).toBe(true);
    expect(table.endsWith('Kota Sukaraja 870.000 990.000')).toBe(true);
    expect(table).toContain('Kabupaten\nSukamaju');
    expect(table).not.toContain('Pasal 4');
  });

  it('needs three rows: two figures lines in a paragraph are not a table', () => {
    const text =
      'Menimbang:\nKota Sukamulya 1.020.000 1.300.000\nKota Sukaraja 870.000 990.000\nbahwa tarif perlu ditetapkan kembali sesuai dengan kemampuan masyarakat setempat.';
    expect(detectTables(text)).toEqual([]);
  });

  it('passes over boilerplate the reader marked as furniture', () => {
    const rows = ['Desa Sukamaju 120.000 150.000', 'Desa Sukadana 130.000 160.000'];
    const notice = 'Halaman ini sengaja dikosongkan karena pergantian bagian naskah yang panjang sekali.';
    const text = [rows[0], notice, rows[1], 'Desa Sukatani 140.000 170.000'].join('\n');
    const at = text.indexOf(notice);
    expect(detectTables(text)).toEqual([]);
    expect(detectTables(text, [{ start: at, end: at + notice.length }])).toEqual([{ start: 0, end: text.length }]);
  });

  it('finds nothing in an empty text or in prose', () => {
    expect(detectTables('')).toEqual([]);
    expect(detectTables('Bupati menetapkan keputusan ini.\nKeputusan ini mulai berlaku pada tanggal ditetapkan.')).toEqual([]);
  });
});

describe('documentZones', () => {
  it('puts an entity in its table, its Lampiran or the body, tables named with their attachment', () => {
    const body = 'BUPATI SUKAMAJU\nMenetapkan tarif.\n';
    const annex = `LAMPIRAN I\n${tariffAnnex()}`;
    const text = body + annex;
    const zones = documentZones(text, [{ kind: 'lampiran', label: 'LAMPIRAN I', start: body.length, end: text.length }]);
    expect(zones.map((z) => z.kind)).toEqual(['body', 'lampiran', 'table']);
    expect(zones[2]).toMatchObject({ within: 'LAMPIRAN I' });
    expect(zoneIndexAt(zones, text.indexOf('BUPATI'))).toBe(0);
    expect(zoneIndexAt(zones, text.indexOf('Pasal 4'))).toBe(1);
    expect(zoneIndexAt(zones, text.indexOf('Kota Sukaraja'))).toBe(2);
    expect(zoneIndexAt(zones, text.indexOf('Kabupaten\nSukamaju'))).toBe(2);
  });

  it('gives a text without structure or tables only its body', () => {
    expect(documentZones('Berita singkat.')).toEqual([{ kind: 'body', start: 0, end: 15, label: null, within: null }]);
    expect(COLLAPSE_ABOVE).toBeGreaterThan(0);
  });
});
