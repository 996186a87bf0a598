import { describe, expect, it } from 'vitest';
import { keys, records } from './helpers.ts';

describe('regions', () => {
  it('reads official names, short forms and abbreviations', async () => {
    expect(await keys('Kabupaten Musi Banyuasin (Muba) dan Kab. Muba', 'region')).toEqual(['16.06']);
    expect(await keys('di Biro Organisasi Setda Propinsi Sumsel', 'region')).toEqual(['16']);
    expect(await keys('Kota Lubuk Linggau dan Lubuklinggau', 'region')).toEqual(['16.73']);
    expect(await keys('Jakarta (ANTARA) - Jabar, Jatim, DIY, NTB, NTT, Kalbar dan Sulsel', 'region')).toEqual([
      '31',
      '32',
      '35',
      '34',
      '52',
      '53',
      '61',
      '73',
    ]);
    expect(await keys('Pemkab Badung dan Pemerintah Kota (Pemkot) Kotamobagu', 'region')).toEqual(['51.03', '71.74']);
    expect(await keys('Dinsos Kobar, Pemkab Sangihe, Sumatra Selatan', 'region')).toEqual(['62.01', '71.03', '16']);
  });

  it('gives the level of a shared name from the words on it, else from the document, else the city', async () => {
    expect(await keys('Pemerintah Kota Cirebon', 'region')).toEqual(['32.74']);
    expect(await keys('Bupati Cirebon hadir', 'region')).toEqual(['32.09']);
    expect(await keys('Cirebon - Di Kabupaten Cirebon nilai naik.', 'region')).toEqual(['32.09']);
    const [bare] = await records('Acara di Cirebon berjalan baik.', 'region');
    expect(bare?.normalized).toBe('32.74');
    expect(bare?.confidence).toBeLessThan(0.8);
    expect(await keys('Provinsi Jambi dan Jambi', 'region')).toEqual(['15']);
    expect(await keys('Kota Jambi', 'region')).toEqual(['15.71']);
    expect(await keys('Walikota Pekalongan memaparkan', 'region')).toEqual(['33.75']);
  });

  it('keeps the level, name and a span for each mention', async () => {
    const text = 'Prestasi Kabupaten Musi Banyuasin diraih.';
    const [r] = await records(text, 'region');
    expect(r?.attributes).toEqual({ level: 'regency', name: 'Kabupaten Musi Banyuasin' });
    expect(r && text.slice(r.start, r.end)).toBe('Kabupaten Musi Banyuasin');
  });

  it('does not read common words, streets, outlets or towns as regions', async () => {
    expect(await keys('Batu besar itu jatuh. Puncak acara meriah.', 'region')).toEqual([]);
    expect(await keys('Wali Kota Batu hadir di Kota Batu.', 'region')).toEqual(['35.79']);
    expect(await keys('kantor di Jl. Bandung nomor 5', 'region')).toEqual([]);
    expect(await keys('KORANHARIANBANYUASIN.ID - KAYUAGUNG, Tahuna, Mangupura', 'region')).toEqual([]);
  });
});
