import { describe, expect, it } from 'vitest';
import { records } from './helpers.ts';

// Issue 10: rankings and lists give one score row per subject. Texts composed for these tests
// from the conventions of Indonesian results reporting (no corpus text).
const rows = async (text: string) =>
  (await records(text, 'score')).map((s) => [
    s.normalized,
    s.attributes.subject_key,
    s.attributes.rank ?? null,
    s.attributes.grade ?? null,
  ]);

describe('score lists and rankings', () => {
  it('reads a numbered ranking, one row per line with its rank', async () => {
    const text = [
      'Hasil Penilaian Kepatuhan tahun 2024, lima besar kabupaten/kota:',
      '1. Kota Pekalongan 91,82;',
      '2. Kabupaten Batang 90,10;',
      '3. Kota Semarang 90,10.',
    ].join('\n');
    expect(await rows(text)).toEqual([
      ['91.82', '33.75', 1, null],
      ['90.1', '33.25', 2, null],
      ['90.1', '33.74', 3, null],
    ]);
  });

  it('reads a "Rinciannya" run with grades, and values in brackets after their names', async () => {
    const run =
      'Rinciannya, Pemkab Sleman dengan nilai 94,95 kategori A, Pemkot Yogyakarta dengan nilai 93,20 kategori A dan Pemkab Bantul dengan nilai 89,10 kategori B.';
    expect(await rows(run)).toEqual([
      ['94.95', '34.04', null, 'A'],
      ['93.2', '34.71', null, 'A'],
      ['89.1', '34.02', null, 'B'],
    ]);
    const brackets =
      'Tiga daerah lain yakni Kota Mataram (85,40), Kabupaten Lombok Barat (84,12) dan Kabupaten Sumbawa (83,90) masuk zona hijau.';
    expect((await rows(brackets)).map((r) => r.slice(0, 2))).toEqual([
      ['85.4', '52.71'],
      ['84.12', '52.01'],
      ['83.9', '52.04'],
    ]);
  });

  it('reads a name/value layout and a rank stated in the sentence', async () => {
    const layout = ['Nilai Indeks Pelayanan Publik 2024:', 'Dinas Sosial: 4,61', 'Dinas Kependudukan dan Pencatatan Sipil: 4,55'].join(
      '\n',
    );
    expect((await rows(layout)).map((r) => r.slice(0, 2))).toEqual([
      ['4.61', 'Dinas Sosial'],
      ['4.55', 'Dinas Kependudukan dan Pencatatan Sipil'],
    ]);
    const [s] = await records('Kabupaten Kendal menempati peringkat 4 dengan nilai 88,05.', 'score');
    expect(s?.attributes).toMatchObject({ subject_key: '33.24', rank: 4 });
  });

  it('decides a name two regions share by its level word, and flags a bare one for the clerk', async () => {
    const [city] = await records('Kota Bima meraih nilai 85,40 tahun ini.', 'score');
    expect(city?.attributes.subject_key).toBe('52.72');
    expect(city?.confidence).toBeGreaterThan(0.5);
    const [bare] = await records('Di Nusa Tenggara Barat, Bima meraih nilai 85,40 pada 2024.', 'score');
    expect(bare?.attributes.subject).toBe('Bima');
    expect(bare?.confidence).toBeLessThanOrEqual(0.5);
  });

  it('does not read page or phone numbers, NIP, money, shares, counts or ranks as scores', async () => {
    const text = [
      'Informasi hubungi 0812 3456 7890 atau lihat halaman 12.',
      'Anggaran Rp 45,5 juta untuk 12 desa; 42 persen OPD telah dinilai.',
      'Pemkab Kendal berada di peringkat 3 dari 35 daerah.',
      'NIP 19800101 200501 1 001.',
    ].join('\n');
    expect(await rows(text)).toEqual([]);
  });
});
