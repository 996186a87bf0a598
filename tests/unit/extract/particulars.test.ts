import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../shared/extract/extract-document.ts';
import type { ExtractionResult } from '../../../shared/types/entity.ts';
import type { StructureKind } from '../../../shared/types/particulars.ts';
import { fixturePath } from '../../helpers/fixtures/paths.ts';
import { preparedResources } from './corpus.ts';

/*
 * Decree particulars and structure on instruments composed from the drafting rules
 * (tests/fixtures/decree-drafts/README.md): a keputusan behind a covering letter and a SALINAN
 * stamp, a peraturan as a two-column scan reads it, a surat edaran, a garbled handwritten number.
 */
const draft = (name: string): string => readFileSync(fixturePath(`decree-drafts/${name}.txt`), 'utf8');

async function read(text: string): Promise<ExtractionResult & { text: string }> {
  return { ...extractDocument(text, await preparedResources()), text };
}

function ranges(r: ExtractionResult & { text: string }, kind: StructureKind): { label: string | null; text: string }[] {
  return r.structure.filter((s) => s.kind === kind).map((s) => ({ label: s.label, text: r.text.slice(s.start, s.end) }));
}

describe('a keputusan behind a covering letter', async () => {
  const r = await read(draft('keputusan-with-letter'));

  it('reads every particular, the signatory apart from the certifier of the copy and the letter’s sender', () => {
    expect(r.particulars).toEqual({
      kind: 'kepmen',
      issuer: 'Menteri Tata Kelola Arsip Republik Indonesia',
      number: '7/KPT/2024',
      year: 2024,
      title: 'Penetapan Pusat Data Arsip dan Informasi Daerah',
      place_established: 'Jakarta',
      date_established: '2024-03-03',
      date_promulgated: null,
      signatory: 'Budi Hartono',
      signatory_role: 'Sekretaris Jenderal, a.n. Menteri Tata Kelola Arsip Republik Indonesia',
      legal_basis: ['43/2009', '23/2014', '6/2023', '12/2021'],
    });
  });

  it('says where each field was read', () => {
    const number = r.particulars_sources.number!;
    expect(r.text.slice(number.start, number.end)).toBe('7/KPT/2024');
    expect(number).toMatchObject({ rule: 'judul.nomor', weak: false, page: null, box: null });
    const date = r.particulars_sources.date_established!;
    expect(r.text.slice(date.start, date.end)).toBe('3 Maret 2024');
    expect(r.particulars_sources.date_promulgated).toBeUndefined();
  });

  it('keeps its own number a decree entity marked own, and every legal basis a decree entity', () => {
    const decrees = r.entities.filter((e) => e.type === 'decree');
    expect(decrees.filter((e) => e.attributes['own'] === true).map((e) => e.normalized)).toEqual(['7/KPT/2024']);
    for (const key of r.particulars!.legal_basis!) expect(decrees.map((e) => e.normalized)).toContain(key);
  });

  it('has the covering letter, Judul, Pembukaan, each Menimbang and Mengingat item, Menetapkan, each diktum and the Penutup', () => {
    expect(ranges(r, 'covering_letter')[0]!.text).toMatch(/^KEMENTERIAN[\s\S]*Sari Wulandari$/);
    expect(ranges(r, 'judul')[0]!.text).toMatch(/^KEPUTUSAN MENTERI[\s\S]*INFORMASI DAERAH$/);
    expect(ranges(r, 'pembukaan')[0]!.text).toBe('MENTERI TATA KELOLA ARSIP REPUBLIK INDONESIA,');
    expect(ranges(r, 'menimbang').map((m) => m.label)).toEqual(['a', 'b']);
    expect(ranges(r, 'menimbang')[1]!.text).toMatch(/^b\. bahwa[\s\S]*Daerah;$/);
    const mengingat = ranges(r, 'mengingat');
    expect(mengingat.map((m) => m.label)).toEqual(['1', '2', '3']);
    expect(mengingat[1]!.text).toMatch(/^2\. Undang-Undang Nomor 23[\s\S]*menjadi Undang-Undang;$/);
    expect(ranges(r, 'menetapkan')[0]!.text).toMatch(/^Menetapkan : KEPUTUSAN/);
    expect(ranges(r, 'diktum').map((d) => d.label)).toEqual(['KESATU', 'KEDUA', 'KETIGA']);
    expect(ranges(r, 'diktum')[2]!.text).toBe('KETIGA : Keputusan ini mulai berlaku pada tanggal ditetapkan.');
    expect(ranges(r, 'penutup')[0]!.text).toMatch(/^Ditetapkan di Jakarta[\s\S]*S\.H\., M\.H\.$/);
  });
});

describe('a peraturan read from a two-column scan', async () => {
  const r = await read(draft('peraturan-two-column'));

  it('reads the particulars with the labels apart from their items, and the Bupati (not the Sekretaris Daerah) as signatory', () => {
    expect(r.particulars).toMatchObject({
      kind: 'perkada',
      issuer: 'Bupati Sukamulya',
      number: '15',
      year: 2023,
      title: 'Tata Kerja Dinas Arsip Kabupaten Sukamulya',
      place_established: 'Sukamulya',
      date_established: '2023-06-30',
      date_promulgated: '2023-07-03',
      signatory: 'Andi Setiawan',
      signatory_role: 'Bupati Sukamulya',
      legal_basis: ['12/1950', '18/2016', '72/2019', '8/2016'],
    });
  });

  it('has each BAB and Pasal, the Pengundangan and the Lampiran', () => {
    expect(ranges(r, 'menimbang').map((m) => m.label)).toEqual(['a', 'b']);
    expect(ranges(r, 'mengingat').map((m) => m.label)).toEqual(['1', '2', '3']);
    expect(ranges(r, 'bab').map((b) => b.label)).toEqual(['BAB I', 'BAB II']);
    expect(ranges(r, 'pasal').map((p) => p.label)).toEqual(['Pasal 1', 'Pasal 2', 'Pasal 3']);
    expect(ranges(r, 'pasal')[2]!.text).toBe('Pasal 3\n\nPeraturan Bupati ini mulai berlaku pada tanggal diundangkan.');
    expect(ranges(r, 'pengundangan')[0]!.text).toMatch(/^Diundangkan di Sukamulya[\s\S]*TAHUN 2023 NOMOR 15$/);
    expect(ranges(r, 'lampiran')[0]!.text).toMatch(/^LAMPIRAN\nPERATURAN BUPATI[\s\S]*Dinas Arsip\.$/);
    expect(ranges(r, 'covering_letter')).toEqual([]);
  });
});

describe('a perda with Memperhatikan and a Penjelasan', async () => {
  const r = await read(draft('perda-with-penjelasan'));

  it('reads the particulars, the Bupati who signs and the date of promulgation', () => {
    expect(r.particulars).toMatchObject({
      kind: 'perda',
      issuer: 'Bupati Sukamulya',
      number: '3',
      year: 2024,
      title: 'Penyelenggaraan Kearsipan',
      date_established: '2024-05-10',
      date_promulgated: '2024-05-12',
      signatory: 'Andi Setiawan',
      legal_basis: ['43/2009', '28/2012'],
    });
  });

  it('has the Memperhatikan, the Pengundangan and the Penjelasan, whose Pasal are not the body’s', () => {
    expect(ranges(r, 'memperhatikan')[0]!.text).toMatch(/^Memperhatikan : Persetujuan Bersama[\s\S]*2 Mei 2024\.$/);
    expect(ranges(r, 'pengundangan')[0]!.text).toMatch(/^Diundangkan di Sukamulya[\s\S]*TAHUN 2024 NOMOR 3$/);
    expect(ranges(r, 'penjelasan')[0]!.text).toMatch(/^PENJELASAN\nATAS[\s\S]*Cukup jelas\.$/);
    expect(ranges(r, 'pasal').map((p) => p.label)).toEqual(['Pasal 1', 'Pasal 2']);
  });
});

describe('a surat edaran', async () => {
  const r = await read(draft('surat-edaran'));

  it('takes place and date from its dateline, the issuer from the letterhead, and has no legal basis', () => {
    expect(r.particulars).toEqual({
      kind: 'se',
      issuer: 'Bupati Sukamulya',
      number: '443/12/2020',
      year: 2020,
      title: 'Kewaspadaan terhadap Penyakit Menular di Kabupaten Sukamulya',
      place_established: 'Sukamulya',
      date_established: '2020-03-16',
      date_promulgated: null,
      signatory: 'Eko Prasetyo',
      signatory_role: 'Bupati Sukamulya',
      legal_basis: null,
    });
    expect(ranges(r, 'judul')).toHaveLength(1);
  });
});

describe('bad input', () => {
  it('gives a news article that quotes a decree no particulars', async () => {
    const r = await read(
      'SUKAMULYA – Bupati Sukamulya menetapkan Keputusan Bupati Nomor 188.45/0545/DISPUS/2025 tentang Penetapan Duta Baca.\n' +
        'Keputusan itu ditetapkan di Sukamulya pada tanggal 3 November 2025, kata Kepala Dinas Arsip.\n',
    );
    expect(r.particulars).toBeNull();
    expect(r.structure).toEqual([]);
    expect(r.entities.some((e) => e.type === 'decree')).toBe(true);
  });

  it('recognises an instrument whose heading OCR slipped or glued, behind a running header', async () => {
    const text = draft('garbled-number').replace('KEPUTUSAN BUPATI SUKAMULYA\nNOMOR', 'KEPUTUSAM BUPATI SUKAMULYA\nNOMOR');
    const slipped = await read(`Salinan dari JDIH Kabupaten Sukamulya - halaman 1\n\n${text}`);
    expect(slipped.particulars).toMatchObject({
      kind: 'kepkada',
      issuer: 'Bupati Sukamulya',
      title: 'Penetapan Duta Baca Kabupaten Sukamulya',
    });
    const glued = await read(draft('peraturan-two-column').replace('PERATURAN BUPATI SUKAMULYA\nNOMOR', 'PERATURANBUPATISUKAMULYA\nNOMOR'));
    expect(glued.particulars).toMatchObject({ kind: 'perkada', number: '15', year: 2023, issuer: 'Bupati Sukamulya' });
  });

  it('leaves the Penutup’s fields null when a truncated scan has none, whatever dates the text holds elsewhere', async () => {
    const full = draft('peraturan-two-column');
    const r = await read(full.slice(0, full.indexOf('Ditetapkan di')));
    expect(r.particulars).toMatchObject({
      number: '15',
      place_established: null,
      date_established: null,
      date_promulgated: null,
      signatory: null,
      signatory_role: null,
    });
  });

  it('uses the Lampiran heading’s legible number and date where the Judul’s are garbled or blank', async () => {
    const r = await read(draft('garbled-number'));
    expect(r.particulars).toMatchObject({
      number: '188.45/0545/DISPUS/2025',
      year: 2025,
      date_established: '2025-01-17',
      signatory: 'Dewi Lestari',
    });
    expect(r.particulars_sources.number!.rule).toBe('lampiran.nomor');
    expect(r.particulars_sources.date_established).toMatchObject({ rule: 'lampiran.tanggal', weak: true });
  });

  it('gives a garbled number without a legible copy as read, flagged weak, never with repaired digits', async () => {
    const text = draft('garbled-number');
    const r = await read(text.slice(0, text.indexOf('LAMPIRAN')));
    expect(r.particulars!.number).toBe('188-45/6s45/D1S[2025');
    expect(r.particulars_sources.number!.weak).toBe(true);
    expect(r.particulars!.year).toBeNull();
  });
});

describe('fields on the page', () => {
  it('gives the page and the box of a field and flags words OCR read weakly', async () => {
    const text = draft('surat-edaran');
    const numberAt = text.indexOf('443/12/2020');
    const nameAt = text.indexOf('EKO PRASETYO');
    const word = (s: string, at: number, x: number, confidence: number) => ({
      text: s,
      start: at,
      end: at + s.length,
      x,
      y: 900,
      width: 10 * s.length,
      height: 30,
      confidence,
    });
    const pages = [
      {
        pageNo: 1,
        text,
        start: 0,
        end: text.length,
        width: 2480,
        height: 3508,
        source: 'ocr' as const,
        ocrConfidence: 0.9,
        words: [word('443/12/2020', numberAt, 1000, 0.95), word('EKO', nameAt, 1200, 0.4), word('PRASETYO', nameAt + 4, 1240, 0.9)],
      },
    ];
    const r = extractDocument(text, await preparedResources(), { pages });
    expect(r.particulars_sources.number).toMatchObject({ page: 1, box: { x: 1000, y: 900, width: 110, height: 30 }, weak: false });
    expect(r.particulars_sources.signatory).toMatchObject({ page: 1, box: { x: 1200, width: 120 }, weak: true });
  });
});
