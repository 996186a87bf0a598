import { describe, expect, it } from 'vitest';
import { keys, records } from './helpers.ts';

const DUKCAPIL = 'Dinas Kependudukan dan Pencatatan Sipil';
const PANRB = 'Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi';

describe('organizations', () => {
  it('expands abbreviations to the canonical name', async () => {
    for (const t of ['Dukcapil', 'Disdukcapil', 'Dinas Dukcapil', 'Dinas Kependudukan Catatan Sipil', 'Disdukcatpil'])
      expect(await keys(`lokus ${t} hadir`, 'organization'), t).toEqual([DUKCAPIL]);
    for (const t of [
      'Kemenpan RB',
      'KemenPAN-RB',
      'Kementerian PANRB',
      'KemenpanRB',
      'Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Republik Indonesia',
    ])
      expect(await keys(`oleh ${t} pada`, 'organization'), t).toEqual([PANRB]);
    expect(await keys('Dinas Penanaman Modal dan PTSP, Satpol PP, Bapenda dan BPBD', 'organization')).toEqual([
      'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu',
      'Satuan Polisi Pamong Praja',
      'Badan Pendapatan Daerah',
      'Badan Penanggulangan Bencana Daerah',
    ]);
  });

  it("does not read a minister's title as the ministry", async () => {
    expect(
      await keys('MenPAN-RB Tjahjo Kumolo dan Permen PANRB No. 17/2017 serta Keputusan Menteri PANRB Nomor 659 Tahun 2024', 'organization'),
    ).toEqual([]);
  });

  it('attaches the region and keeps unexpanded abbreviations and proper names', async () => {
    const [dinsos] = await records('Kepala Dinsos Kobar, Moehammad Daoed', 'organization');
    expect([dinsos?.normalized, dinsos?.attributes.region]).toEqual(['Dinas Sosial', '62.01']);
    expect(await keys('-Dinsos KBPP dengan nilai 98,99.', 'organization')).toEqual(['Dinas Sosial KBPP']);
    expect(await keys('Puskesmas Ulak Paceh, RSUD Waled dan Kecamatan Sumber', 'organization')).toEqual([
      'Pusat Kesehatan Masyarakat Ulak Paceh',
      'Rumah Sakit Umum Daerah Waled',
      'Kecamatan Sumber',
    ]);
    expect(await keys('IPP Dinas Sosial, IPP RSUD dan IPP Disdukcapil', 'organization')).toEqual([
      'Dinas Sosial',
      'Rumah Sakit Umum Daerah',
      DUKCAPIL,
    ]);
    expect(await keys('Pengadilan Negeri Bandung dan Kepala Inspektorat Kota Medan', 'organization')).toEqual([
      'Pengadilan Negeri',
      'Inspektorat',
    ]);
  });

  it('separates the Ombudsman from its regional offices', async () => {
    const both = await records('Ombudsman RI Perwakilan Sumatera Selatan menilai. Wakil Ketua Ombudsman RI, Robby, hadir.', 'organization');
    expect(both.map((e) => [e.normalized, e.attributes.region])).toEqual([
      ['Ombudsman Republik Indonesia Perwakilan', '16'],
      ['Ombudsman Republik Indonesia', null],
    ]);
    expect(await keys('Ombudsman RI Sumsel menyerahkan piagam. Ombudsman menilai 17 daerah.', 'organization')).toEqual([
      'Ombudsman Republik Indonesia Perwakilan',
    ]);
    expect(await keys('Opini Ombudsman diberikan.', 'organization')).toEqual(['Ombudsman Republik Indonesia']);
  });

  it('counts a parent unit only when named on its own', async () => {
    expect(
      await keys('Kepala Bagian Organisasi Setda Muba dan Biro Organisasi Sekretariat Daerah Propinsi Sumsel', 'organization'),
    ).toEqual(['Bagian Organisasi', 'Biro Organisasi']);
    expect(await keys('di Ruang Jetayu Setda Kota Pekalongan', 'organization')).toEqual(['Sekretariat Daerah']);
  });

  it('reads no unit in generic phrases, teams or outlets', async () => {
    expect(
      await keys(
        'Badan Publik wajib menyediakan informasi; Tim Evaluator, Perangkat Daerah dan ANTARA hadir, maupun Puskesmas lain.',
        'organization',
      ),
    ).toEqual([]);
  });

  it('keys a written-out name as written, commas included, and reads units below an OPD', async () => {
    expect(await keys('Kepala Dinas Komunikasi, Informatika, Statistik dan Persandian Kota Bogor hadir.', 'organization')).toEqual([
      'Dinas Komunikasi, Informatika, Statistik dan Persandian',
    ]);
    expect(
      await keys('Dinas Pemberdayaan Perempuan, Perlindungan Anak, Pengendalian Penduduk dan Keluarga Berencana menyusul.', 'organization'),
    ).toEqual(['Dinas Pemberdayaan Perempuan, Perlindungan Anak, Pengendalian Penduduk dan Keluarga Berencana']);
    expect(await keys('Dinas Pariwisata dan Kebudayaan serta Dinas Pendidikan Pemuda dan Olahraga', 'organization')).toEqual([
      'Dinas Pariwisata dan Kebudayaan',
      'Dinas Pendidikan Pemuda dan Olahraga',
    ]);
    expect(
      await keys(
        'Kepala Bidang Pelayanan Pendaftaran Penduduk, Sub Bagian Umum dan Kepegawaian, Kasubbag Program dan Keuangan serta Seksi Surveilans dan Imunisasi',
        'organization',
      ),
    ).toEqual([
      'Bidang Pelayanan Pendaftaran Penduduk',
      'Subbagian Umum dan Kepegawaian',
      'Subbagian Program dan Keuangan',
      'Seksi Surveilans dan Imunisasi',
    ]);
    expect(await keys('Deputi Bidang Reformasi Birokrasi dan Urusan Pemerintahan Bidang Kesehatan', 'organization')).toEqual([]);
  });

  it('reads facilities named after people, titles included, and Papuan districts', async () => {
    expect(
      await keys(
        'RSUD dr. R. Soetrasno Rembang, RSUD Brigjend H. Hasan Basry Kandangan dan Rumah Sakit Umum Daerah Prof. Dr. W. Z. Johannes',
        'organization',
      ),
    ).toEqual([
      'Rumah Sakit Umum Daerah dr. R. Soetrasno',
      'Rumah Sakit Umum Daerah Brigjend H. Hasan Basry Kandangan',
      'Rumah Sakit Umum Daerah Prof. Dr. W. Z. Johannes',
    ]);
    expect(await keys('Kepala Distrik Kurulu dan Kantor Distrik Mimika Baru', 'organization')).toEqual([
      'Distrik Kurulu',
      'Distrik Mimika Baru',
    ]);
    expect(await keys('Direktur RSUD dr. Djasamen Saragih, dr. Rina, hadir.', 'official')).toEqual(['Rina']);
  });
});
