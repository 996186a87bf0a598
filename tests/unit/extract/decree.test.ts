import { describe, expect, it } from 'vitest';
import { records } from './helpers.ts';

const decrees = async (text: string) => (await records(text, 'decree')).map((e) => [e.normalized, e.attributes.kind]);

describe('decrees', () => {
  it('reads references in the forms of the issue', async () => {
    expect(await decrees('berdasarkan Keputusan Menteri PANRB Nomor 659 Tahun 2024 tentang Hasil Evaluasi.')).toEqual([
      ['659/2024', 'kepmen'],
    ]);
    expect(await decrees('melalui SK Ombudsman RI Nomor 252 Tahun 2024.')).toEqual([['252/2024', 'sk']]);
    expect(await decrees('mengacu pada Permen PANRB No. 17/2017 tentang Pedoman')).toEqual([['17/2017', 'permen']]);
    expect(await decrees('ketentuan UU 25 Tahun 2009 tentang Pelayanan Publik')).toEqual([['25/2009', 'uu']]);
    expect(await decrees('diatur dalam Perbup Nomor 26 Tahun 2009.')).toEqual([['26/2009', 'perkada']]);
    expect(await decrees('Surat Kepala Dinas Nomor 188.45/0545/DISPUS/2025 perihal undangan')).toEqual([
      ['188.45/0545/DISPUS/2025', 'other'],
    ]);
    expect(await decrees('Nomor 188.45/0545/DISPUS/2025 perihal undangan')).toEqual([['188.45/0545/DISPUS/2025', 'other']]);
    expect(await decrees('SK Menteri PAN-RB Nomor 659 tahun 2024')).toEqual([['659/2024', 'kepmen']]);
    expect(await decrees('Peraturan Presiden Nomor 47 Tahun 2021 dan Peraturan Daerah Kota Surabaya Nomor 4 Tahun 2025')).toEqual([
      ['47/2021', 'perpres'],
      ['4/2025', 'perda'],
    ]);
    expect(await decrees('Keputusan Bupati Boven Digoel Nomor: 500.14/784/BUP/VI/TAHUN 2024')).toEqual([
      ['500.14/784/BUP/VI/2024', 'kepkada'],
    ]);
  });

  it('keeps issuer and title', async () => {
    const [d] = await records(
      'Hal ini tertuang dalam Keputusan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 659 Tahun 2024 tentang Hasil Pemantauan dan Evaluasi Kinerja; selanjutnya',
      'decree',
    );
    expect(d?.attributes.issuer).toBe('Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi');
    expect(d?.attributes.title).toBe('Hasil Pemantauan dan Evaluasi Kinerja');
  });

  it('reads a decree heading with the number on its own line', async () => {
    const text = 'PERATURAN MENTERI PENDAYAGUNAAN APARATUR NEGARA\n\nNOMOR 29 TAHUN 2022\nTENTANG\n\nPEMANTAUAN DAN EVALUASI';
    const [d] = await records(text, 'decree');
    expect([d?.normalized, d?.attributes.kind, d?.attributes.title]).toEqual(['29/2022', 'permen', 'PEMANTAUAN DAN EVALUASI']);
  });

  it('does not read gazette placements or instruments without a number', async () => {
    expect(
      await decrees('(Lembaran Negara Republik Indonesia Tahun 2015 Nomor 89, Tambahan Lembaran Negara Republik Indonesia Nomor 4916)'),
    ).toEqual([]);
    expect(
      await decrees(
        'Pasal 17 ayat (3) Undang-Undang Dasar Negara Republik Indonesia Tahun 1945; BERITA DAERAH KOTA MADIUN TAHUN 2024 NOMOR 1',
      ),
    ).toEqual([]);
    expect(await decrees('peringkat Nomor 3 se- Sumsel, RKPD Kabupaten Kobar Tahun 2026')).toEqual([]);
  });

  it('reads letter numbers that open with letters and OCR-damaged headings', async () => {
    expect(
      await decrees('Surat Sekretaris Daerah Nomor B/456/PP.00.01/2024 dan Keputusan Kepala Dinas Nomor B/312/KPTS/D.01/2023'),
    ).toEqual([
      ['B/456/PP.00.01/2024', 'other'],
      ['B/312/KPTS/D.01/2023', 'sk'],
    ]);
    expect(await decrees('PERATURAN BUPATI HULU SUNGAI SELATAN\nNornor l5 Tahun 2O22\nTENTANG')).toEqual([['15/2022', 'perkada']]);
    expect(await decrees('Nota Dinas Nomor 800/45/Org tanggal 2 Januari 2024; Nomor B/12 saja.')).toEqual([]);
  });
});
