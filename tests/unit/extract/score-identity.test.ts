import { describe, expect, it } from 'vitest';
import { recordKey } from '../../../shared/records/record-key.ts';
import { records } from './helpers.ts';

// Issue 10: a score record is one subject and value, a decree one key, kind and issuer. Texts
// are composed for these tests from the conventions in ENTITIES.md.
describe('score and decree identity', () => {
  it('keeps two subjects given the same value as two scores, each linked to its subject', async () => {
    const found = await records('Kabupaten Jombang meraih nilai 4,52 dan Kota Kediri meraih nilai 4,52 pada penilaian IPP 2024.', 'score');
    expect(found.map((s) => [s.normalized, s.attributes.subject_key])).toEqual([
      ['4.52', '35.17'],
      ['4.52', '35.71'],
    ]);
    expect(found[1]?.attributes).toMatchObject({ subject: 'Kota Kediri', index: 'IPP', year: 2024 });
  });

  it('lets a repeat without a subject join the record it agrees with, not found one of its own', async () => {
    const found = await records('Kota Kediri meraih nilai 4,52 pada 2024. Nilai 4,52 itu naik dari tahun lalu.', 'score');
    expect(found).toHaveLength(1);
    expect(found[0]?.attributes.subject_key).toBe('35.71');
    expect(found[0]?.mentions).toHaveLength(2);
  });

  it('links a unit to its key and region, and never gives the main region by default', async () => {
    const [unit] = await records('Dinas Sosial Kabupaten Musi Banyuasin meraih nilai 4,52 kategori A.', 'score');
    expect(unit?.attributes).toMatchObject({ subject_key: 'Dinas Sosial', subject_region: '16.06', grade: 'A' });
    const bare = await records(
      'Kabupaten Musi Banyuasin menggelar rapat.\n\nHasil evaluasi menunjukkan nilai 93,31 pada tahun ini.',
      'score',
    );
    expect(bare[0]?.attributes.subject_key).toBeNull();
  });

  it('reads "se-X" as a scope and "Kabupaten ini" as pointing back', async () => {
    const [s] = await records(
      'Kabupaten Musi Banyuasin terus membaik. Kabupaten ini meraih skor 93,31 dan terbaik se-Sumatera Selatan.',
      'score',
    );
    expect(s?.attributes.subject_key).toBe('16.06');
  });

  it('keeps two instruments with one NUMBER/YEAR as two decrees, and one instrument written two ways as one', async () => {
    const two = await records('Sesuai Permendagri Nomor 7 Tahun 2020 dan Peraturan Daerah Kabupaten Jombang Nomor 7 Tahun 2020.', 'decree');
    expect(two.map((d) => [d.normalized, d.attributes.kind])).toEqual([
      ['7/2020', 'permen'],
      ['7/2020', 'perda'],
    ]);
    const one = await records(
      'Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 29 Tahun 2022 ... Permen PANRB No. 29 Tahun 2022.',
      'decree',
    );
    expect(one).toHaveLength(1);
    const shortened = await records(
      'Keputusan Dewan Perwakilan Rakyat Daerah Kota Madiun Nomor 1 Tahun 2018 ... Keputusan Dewan Perwakilan Rakyat Daerah Nomor 1 Tahun 2018.',
      'decree',
    );
    expect(shortened).toHaveLength(1);
  });

  it('gives record keys that join only when the whole identity agrees', () => {
    const a = recordKey('score', '93.31', { subject_key: '16.06', index: 'Kepatuhan', year: 2024 });
    expect(a).toBe('93.31|16.06|Kepatuhan|2024');
    expect(recordKey('score', '93.31', { subject_key: '16', index: 'Kepatuhan', year: 2024 })).not.toBe(a);
    expect(recordKey('decree', '29/2022', { kind: 'permen', issuer: 'Menteri PANRB' })).toBe(
      recordKey('decree', '29/2022', { kind: 'permen', issuer: 'MENTERI PENDAYAGUNAAN APARATUR NEGARA DAN REFORMASI BIROKRASI' }),
    );
    expect(recordKey('decree', '7/2020', { kind: 'perda', issuer: 'Kabupaten Jombang' })).not.toBe(
      recordKey('decree', '7/2020', { kind: 'perda', issuer: 'Kota Kediri' }),
    );
    expect(recordKey('region', '16.06', {})).toBe('16.06');
  });
});
