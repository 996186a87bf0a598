import { describe, expect, it } from 'vitest';
import { keys, records } from './helpers.ts';

/*
 * Precision where words are ambiguous (issue 11, item 2): a region's name inside another
 * term, a village or kecamatan with a regency's name, a level word that contradicts the
 * match, a title word taken as a name. Every text here is composed for the test, in the
 * patterns of Indonesian tariff annexes, news and decrees; none is copied from a corpus.
 */

describe('a region name inside another term', () => {
  it('is not a region in a numbered medical row ("Bone survey", "Bone open biopsy")', async () => {
    const text =
      'Tarif radiologi:\n99 CT Scan kepala 1 x pemeriksaan 994.000\n100 Bone survey 1 x pemeriksaan 1.091.000\n228 Bone open biopsy 1 x tindakan 4.694.000';
    expect(await keys(text, 'region')).toEqual([]);
    // The same word with a level word or in running text is still the regency.
    expect(await keys('Bupati Bone meninjau banjir. Warga di Bone mengungsi.', 'region')).toEqual(['73.08']);
  });

  it('is not a region as the own name of a temple, lake, street or university', async () => {
    expect(await keys('Tiket masuk Candi Bima Rp10.000 per orang.', 'region')).toEqual([]);
    expect(await keys('Kantornya di Jalan Bandung nomor 3 dan di Gg. Malang.', 'region')).toEqual([]);
    expect(await keys('Mahasiswa Universitas Lampung berkunjung ke Kota Metro.', 'region')).toEqual(['18.72']);
    expect(await keys('Wisata Telaga Sarangan dan Danau Toba ramai.', 'region')).toEqual([]);
  });

  it('is not a region as part of a person addressed by name', async () => {
    expect(await keys('Sambutan Bapak Malang Yudo di Kota Malang.', 'region')).toEqual(['35.73']);
    expect((await records('Sambutan Bapak Malang Yudo di Kota Malang.', 'region'))[0]?.mentions).toHaveLength(1);
  });
});

describe('a village or kecamatan with a regency’s name', () => {
  it('is not the regency after Desa, Kelurahan or Kecamatan', async () => {
    expect(await keys('Kepala Desa Karanganyar menerima bantuan.', 'region')).toEqual([]);
    expect(await keys('Warga Kel. Sleman dan Kecamatan Boyolali hadir di Kabupaten Karanganyar.', 'region')).toEqual(['33.13']);
  });

  it('is not the regency among a table of villages, but a table of regencies keeps its names', async () => {
    const villages =
      'KECAMATAN DESA/KELURAHAN TARIF\nKalibening\nAsinan 372.000 463.000\nBedana 411.000 502.000\nKalibombong 359.000 450.000\nKaranganyar 398.000 489.000\nKasinoman 385.000 476.000\nSikumpul 411.000 502.000';
    expect(await keys(villages, 'region')).toEqual([]);
    const regencies =
      'Tarif luar daerah\nSleman 1.253.000 1.583.000\nBantul 1.370.000 1.700.000\nKaranganyar 1.645.000 1.933.000\nBoyolali 1.407.000 1.695.000';
    expect(await keys(regencies, 'region')).toEqual(['34.04', '34.02', '33.13', '33.09']);
  });
});

describe('a level word', () => {
  it('on the line before the name, as in a wrapped table cell, keeps its level', async () => {
    const text =
      'Tarif ambulan luar daerah:\nKabupaten\nMadiun\n\n3.561.000 4.209.000\n\nKota Madiun 3.518.000 4.166.000\nKabupaten\nPasuruan\n4.566.000 5.214.000';
    expect(await keys(text, 'region')).toEqual(['35.19', '35.77', '35.14']);
    const [regency] = await records(text, 'region');
    expect(regency?.attributes).toEqual({ level: 'regency', name: 'Kabupaten Madiun' });
  });

  it('that contradicts the only level a name has removes the match', async () => {
    // Karanganyar is a regency only: "Kota Karanganyar" is the town, not the regency.
    expect(await keys('Acara di Kota Karanganyar berlangsung meriah.', 'region')).toEqual([]);
    expect(await keys('Acara di Kota Karanganyar, kata Bupati Karanganyar.', 'region')).toEqual(['33.13']);
    // A province's name may carry a city word.
    expect(await keys('Banjir melanda kota Jakarta.', 'region')).toEqual(['31']);
  });
});

describe('a title word taken as a name', () => {
  it('is not an official in rows of a tariff table', async () => {
    const text =
      '21 Slitz Lamp (Dr Sp Mata) 1 x tindakan 30.000\n71 USG Kepala Bayi 1 x tindakan 169.000\n171 Mayor Degloving wound debridement of the\nspine 1 x tindakan 17.604.000';
    expect(await keys(text, 'official')).toEqual([]);
  });

  it('is not an official: a specialist after dr, a head without a unit, a list letter', async () => {
    expect(await keys('Konsultasi dengan dr. Sp Mata di poliklinik.', 'official')).toEqual([]);
    expect(await keys('Luka robek pada Kepala Leher pasien dijahit.', 'official')).toEqual([]);
    expect(await keys('F. Pelayanan Gizi\nG. Pelayanan Farmasi\nH. Asuhan Keperawatan (Askep)', 'official')).toEqual([]);
    expect(await keys('Pak Bupati disambut H. Ahmad Yani di aula.', 'official')).toEqual(['Ahmad Yani']);
  });

  it('takes a unit’s own name for the holder of its position only after a comma', async () => {
    expect(await keys('Rektor Universitas Halu Oleo menetapkan kalender akademik.', 'official')).toEqual([]);
    expect(await keys('Kepala Desa Karanganyar menerima bantuan.', 'official')).toEqual([]);
    expect(await keys('Rektor Universitas Halu Oleo, Prof. Dr. Budi Santosa, M.Si., hadir.', 'official')).toEqual(['Budi Santosa']);
    expect(await keys('Kepala Desa Sukamaju, Budi Santoso, hadir.', 'official')).toEqual(['Budi Santoso']);
  });

  it('is not a signatory: an abbreviation in a paraf box', async () => {
    const text = 'BUPATI KEBUMEN,\nttd\nRINA KUSUMA\n\nTELAH DITELITI OLEH PARAF\nSEKDA\nKABAG HUKUM\nJFT';
    expect(await keys(text, 'official')).toEqual(['Rina Kusuma']);
  });
});
