import { describe, expect, it } from 'vitest';
import { keys, records } from './helpers.ts';

describe('scores', () => {
  it('reads evaluation results with their attributes', async () => {
    const [s] = await records('Muba meraih predikat Pelayanan Prima dengan nilai indek pelayanan publik (IPP) kabupaten sebesar 4,57 (A) tahun 2024.', 'score');
    expect(s?.normalized).toBe('4.57');
    expect(s?.attributes).toMatchObject({ grade: 'A', predicate: 'Pelayanan Prima', index: 'IPP', year: 2024 });
    expect(await keys('berhasil meraih Penghargaan Zona Hijau dengan skor impresif 93,31, kategori A.', 'score')).toEqual(['93.31']);
    expect(await keys('meraih nilai kepatuhan sebesar 81.43 poin.', 'score')).toEqual(['81.43']);
    expect(await keys('Dinas Sosial dengan nilai 4,52, Dukcapil, 4,56 dan RSUD dengan nilai .4,62', 'score')).toEqual(['4.52', '4.56', '4.62']);
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
});
