import { describe, expect, it } from 'vitest';
import { keys, records } from './helpers.ts';

describe('scores', () => {
  it('reads evaluation results with their attributes', async () => {
    const [s] = await records(
      'Muba meraih predikat Pelayanan Prima dengan nilai indek pelayanan publik (IPP) kabupaten sebesar 4,57 (A) tahun 2024.',
      'score',
    );
    expect(s?.normalized).toBe('4.57');
    expect(s?.attributes).toMatchObject({ grade: 'A', predicate: 'Pelayanan Prima', index: 'IPP', year: 2024 });
    expect(await keys('berhasil meraih Penghargaan Zona Hijau dengan skor impresif 93,31, kategori A.', 'score')).toEqual(['93.31']);
    expect(await keys('meraih nilai kepatuhan sebesar 81.43 poin.', 'score')).toEqual(['81.43']);
    expect(await keys('Dinas Sosial dengan nilai 4,52, Dukcapil, 4,56 dan RSUD dengan nilai .4,62', 'score')).toEqual([
      '4.52',
      '4.56',
      '4.62',
    ]);
    expect(await keys('nilai kepatuhan 89,21 persen', 'score')).toEqual(['89.21']);
    expect(await keys('Kemudian 4,66 untuk IPP RSUD.', 'score')).toEqual(['4.66']);
  });

  it('reads its subject from the sentence', async () => {
    const [s, t] = await records('Dengan nilai 87,91, Dinsos Kobar masuk zona hijau. Pemda Kepulauan Sangihe meraih nilai 88,56.', 'score');
    expect(s?.attributes.subject).toBe('Dinsos');
    expect(t?.attributes.subject).toBe('Pemda Kepulauan Sangihe');
  });

  it('does not read ranks, money, counts, shares, ranges, years or decree numbers', async () => {
    const text = [
      'Pemkab Pemalang berada pada peringkat 8 dari 416 kabupaten.',
      'Anggaran Rp4,7 triliun dan Rp 12,5 miliar.',
      '42 persen OPD dan 38 kementerian dinilai.',
      'predikat B, A (Sangat Baik), BB dan zona hijau.',
      'kategori A untuk nilai 4,51 - 5,00 dan rentang 88,01 sampai 100.',
      'pada tahun 2024 menurut Permen PANRB Nomor 17 Tahun 2017 pukul 09.30 WIB tanggal 25/4/2025.',
      'versi 1.2.3 dan kode 188.45/0545.',
    ].join('\n');
    expect(await keys(text, 'score')).toEqual([]);
  });

  it('reads results listed together, in tables, graded or given with a result verb', async () => {
    expect(await keys('Dinas Sosial, Dinas Kesehatan dan Bappeda masing-masing memperoleh nilai 4,61, 4,55 dan 4,38.', 'score')).toEqual([
      '4.61',
      '4.55',
      '4.38',
    ]);
    expect(await keys('Hasil ini naik dibandingkan tahun lalu yang masih 3,86 dengan kategori B atau Baik.', 'score')).toEqual(['3.86']);
    expect(await keys('Kota Solok meraih 85,60, jauh di atas tetangganya Kabupaten Solok yang baru mendapat 74,12.', 'score')).toEqual([
      '85.6',
      '74.12',
    ]);
    expect(await keys('Dinas Sosial meraih 4,61, Disdukcapil 4,55 dan RSUD Sekayu 4,38.', 'score')).toEqual(['4.61', '4.55', '4.38']);
    const table = [
      'Rincian hasil evaluasi:',
      'No  Unit Layanan              Nilai   Kategori',
      '1   Dinas Sosial              4,61    A',
      '2   Puskesmas Talang Jawa     3,98    B',
      '3   Kecamatan Lawang Kidul    3,72    B',
    ].join('\n');
    expect(await keys(table, 'score')).toEqual(['4.61', '3.98', '3.72']);
    expect(await keys('IPP Kabupaten Pidie Jaya tahun 2024 tercatat 4,52. Tahun 2022 kita masih di 3,94.', 'score')).toEqual([
      '4.52',
      '3.94',
    ]);
  });

  it('does not read thresholds, targets, differences, averages or list numbers', async () => {
    const text = [
      'Kami menargetkan nilai di atas 4,50 pada evaluasi berikutnya dan target tahun depan minimal 3,50.',
      'Unit dinyatakan baik apabila memperoleh nilai IKM paling rendah 76,61.',
      'Kategori A diberikan untuk nilai 4,51 – 5,00, kategori B untuk 3,51 s.d. 4,00 dan C untuk 3,01 ke atas.',
      'Nilai kepatuhan naik 3,5 poin dan rata-rata nilai nasional 81,23.',
      'Penilaian memakai skala 1 sampai 4. Nilai 1 berarti tidak baik.',
      'No  Unit      Nilai',
      '1   Dinas X',
      '2   Dinas Y',
    ].join('\n');
    expect(await keys(text, 'score')).toEqual([]);
  });
});
