import { describe, expect, it } from 'vitest';
import { keys, records } from './helpers.ts';

describe('officials', () => {
  it('reads names after positions, without honorifics and degrees', async () => {
    const [toha] = await records('di bawah kepemimpinan Bupati HM.Toha dan Wakil Bupati Rohman, kembali', 'official');
    expect([toha?.normalized, toha?.attributes.honorifics, toha?.attributes.role]).toEqual(['Toha', ['HM.'], 'Bupati']);
    const [ardi] = await records(
      'diterima oleh Plt Asisten Pemerintahan dan Kesejahteraan Rakyat Dr. Ardiansyah S.E, M.M bersama jajaran',
      'official',
    );
    expect(ardi?.normalized).toBe('Ardiansyah');
    expect(ardi?.attributes).toEqual({
      role: 'Plt Asisten Pemerintahan dan Kesejahteraan Rakyat',
      honorifics: ['Dr.'],
      degrees: ['S.E', 'M.M'],
    });
    expect(await keys('ujar Ketua Ombudsman RI, Mokhammad Najih, kemarin', 'official')).toEqual(['Mokhammad Najih']);
    const [nur] = await records('Kepala Bagian Organisasi setda Kab. Muba Hj. Nurzahrawati, SPd. M. T turut menyampaikan', 'official');
    expect([nur?.normalized, nur?.attributes.honorifics, nur?.attributes.degrees]).toEqual(['Nurzahrawati', ['Hj.'], ['SPd.', 'M. T']]);
    const [imron] = await records('disampaikan oleh Bupati Cirebon, Drs. H. Imron, M.Ag saat memimpin apel', 'official');
    expect([imron?.normalized, imron?.attributes.honorifics, imron?.attributes.degrees]).toEqual(['Imron', ['H.'], ['Drs.', 'M.Ag']]);
  });

  it('keeps name parts that look like titles: a lone M. and the Balinese I', async () => {
    expect(await keys('Kepala Perwakilan Ombudsman RI Sumatera Selatan M. Adrian Agustiansyah menyerahkan piagam', 'official')).toEqual([
      'M. Adrian Agustiansyah',
    ]);
    expect(await keys('ujar Bupati Badung I Wayan Adi Arnawa dalam keterangan. Kata Bupati Adi Arnawa.', 'official')).toEqual([
      'I Wayan Adi Arnawa',
    ]);
  });

  it('reads a name after an honorific alone and a signatory in capitals', async () => {
    expect(await keys('dihadiri H.M. Toha Tohet dan Kiyai Rohman.', 'official')).toEqual(['Toha Tohet', 'Rohman']);
    expect(
      await keys('Ditetapkan di Surabaya\npada tanggal 20 Mei 2025\n\nWALIKOTA SURABAYA,\n\n   ttd\n\n ERI CAHYADI\n', 'official'),
    ).toEqual(['Eri Cahyadi']);
    expect(
      await keys('Ditandatangani Secara Elektronik Oleh:\n\n BAMBANG RIANTO, S.STP, M.Si\n NIP. 197704201996021001', 'official'),
    ).toEqual(['Bambang Rianto']);
  });

  it('reads no name where a title has none', async () => {
    expect(
      await keys('didampingi oleh Sekretaris Daerah, para Asisten, para Staf Ahli, dan Kepala Perangkat Daerah, memaparkan', 'official'),
    ).toEqual([]);
    expect(await keys('BUPATI MUBA RAIH PENGHARGAAN PELAYANAN PUBLIK', 'official')).toEqual([]);
    expect(await keys('Kepala Daerah yang konsisten dan Presiden RI mengapresiasi.', 'official')).toEqual([]);
  });

  it('keeps regional titles that are part of the name', async () => {
    expect(await keys('Wakil Gubernur Sumbar, Dr. H. Irwan Syahputra Dt. Rajo Bungsu, S.E., M.M., meminta', 'official')).toEqual([
      'Irwan Syahputra Dt. Rajo Bungsu',
    ]);
    expect(
      await keys('Kepala Bagian Organisasi, Andi Rahmat, S.STP, dan Sekda Lotim, H. Lalu Muhammad Juaini Taofik, M.AP, hadir.', 'official'),
    ).toEqual(['Andi Rahmat', 'Lalu Muhammad Juaini Taofik']);
    expect(await keys('Camat Kuta, Anak Agung Gede Agung Surya, menyampaikan laporan.', 'official')).toEqual([
      'Anak Agung Gede Agung Surya',
    ]);
  });

  it('reads officials listed in annexes: labelled fields, NIP rows and table rows', async () => {
    const annex = [
      'NO   NAMA / NIP                          JABATAN                         KEDUDUKAN',
      '1    Drs. H. Syahrian Nurdin, M.Si       Sekretaris Daerah               Ketua',
      '     NIP. 19680512 199303 1 007',
      '2    SUPARDI    19700101 199503 1 002    Kepala Seksi Pelayanan          Anggota',
      '3    Sekretaris Dinas Kesehatan                                          Anggota',
      '',
      '1. Nama        : dr. Raden Mas Wiryo Hadi, M.Kes',
      '   NIP         : 19750808 200501 1 009',
      '   Jabatan     : Direktur RSUD Hadji Boejasin',
      '| 4 | Baiq Nurul Hidayati, S.Sos | 198809092010012003 | Analis Kebijakan Ahli Muda |',
    ].join('\n');
    const found = (await records(annex, 'official')).map((e) => [e.normalized, e.attributes.role]);
    expect(found).toEqual([
      ['Syahrian Nurdin', 'Sekretaris Daerah'],
      ['Supardi', 'Kepala Seksi Pelayanan'],
      ['Raden Mas Wiryo Hadi', 'Direktur RSUD Hadji Boejasin'],
      ['Baiq Nurul Hidayati', 'Analis Kebijakan Ahli Muda'],
    ]);
  });
});
