import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackend } from '../../../electron/backend/backend.ts';
import { ARCHIVE_LIST_COLUMNS, DECREES_CSV_COLUMNS } from '../../../electron/backend/export/decree-exports.ts';
import { composedDecreeText, composedParticulars, decreeParts } from '../../helpers/decree-parts.ts';
import { call, importTexts } from '../../helpers/backend-calls.ts';
import { pandasAvailable, readCsvWithPandas } from '../../helpers/pandas.ts';
import { useTempDirs } from '../../helpers/temp-dir.ts';

const tempDir = useTempDirs();
const hasPandas = pandasAvailable();
if (!hasPandas) console.warn('Skipping the pandas checks of the decree exports: /usr/bin/python3 with pandas is missing.');

/** The JDIHN feed's keys, as DECREES.md lists them (Export 1). */
const JDIHN_KEYS = [
  'idData',
  'tahun_pengundangan',
  'tanggal_pengundangan',
  'jenis',
  'singkatanJenis',
  'noPeraturan',
  'judul',
  'tempatTerbit',
  'teuBadan',
  'sumber',
  'subjek',
  'bidangHukum',
  'status',
  'bahasa',
  'lokasi',
  'fileDownload',
  'urlDownload',
  'urlDetailPeraturan',
  'abstrak',
  'urlAbstrak',
  'noPanggil',
  'penerbit',
  'deskripsiFisik',
  'isbn',
  'nomorIndukBuku',
  'operasi',
  'display',
];

function lontar(args: string[], dataDir: string) {
  const result = spawnSync(process.execPath, [join(process.cwd(), 'bin', 'lontar.mjs'), ...args], {
    env: { ...process.env, LONTAR_DATA_DIR: dataDir },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A library with a confirmed decree (clerk fields set), a pending one, a never-opened one and a news item. */
async function library() {
  const dir = tempDir();
  const dataDir = join(dir, 'data');
  const { parts, control } = decreeParts();
  const specs = [
    { number: '188.45/0545/DISPUS/2025', year: 2025, date: '2025-11-03' },
    { number: '0112', year: 2024, date: '2024-02-10' },
    { number: '9', year: 2023, date: '2023-05-02' },
  ];
  control.reading = (text) => {
    const spec = specs.find((s) => text.includes(`NOMOR ${s.number}\n`));
    return spec ? composedParticulars(spec) : null;
  };
  const backend = createBackend({ dataDir, version: 'test', parts, systemUser: 'sistem' });
  const [confirmed, pending] = await importTexts(backend, dir, [
    ...specs.map((s) => composedDecreeText(s)),
    'Berita: Dinas Sosial membagikan buku.',
  ]);
  await call(backend, 'decrees.setDefaults', {
    lokasi: 'Bagian Hukum Setda Sukamaju',
    bidang_hukum: 'Hukum Tata Negara',
    jdih_base_url: 'https://jdih.example.go.id/',
  });
  for (const [field, value] of [
    ['nomor_berkas', '12'],
    ['kode_klasifikasi', '100.3.3'],
    ['subjek', 'Perpustakaan - Literasi'],
    ['keterangan', '=cek'],
  ] as const) {
    await call(backend, 'decrees.editClerkField', { documentId: confirmed!, field, value });
  }
  await call(backend, 'decrees.confirm', { documentId: confirmed! });
  await call(backend, 'decrees.reviewField', { documentId: pending!, field: 'kind', action: 'accept' });
  await backend.close();
  return { dir, dataDir, confirmed: confirmed!, pending: pending! };
}

describe('decree exports', () => {
  it("lontar export writes each format's own file, confirmed records only, shaped as DECREES.md says", async () => {
    const { dir, dataDir, confirmed } = await library();
    for (const format of ['decrees', 'jdihn', 'archive-list']) {
      const out = join(dir, format);
      const run = lontar(['export', '--format', format, '--out', out], dataDir);
      expect(run.code, run.stderr).toBe(0);
      expect(run.stderr).toMatch(/Exported 1 decree records/);
    }
    expect(readdirSync(join(dir, 'decrees'))).toEqual(['decrees.csv']);
    expect(readdirSync(join(dir, 'jdihn'))).toEqual(['jdihn.json']);
    expect(readdirSync(join(dir, 'archive-list'))).toEqual(['daftar-arsip.csv']);

    const feed = JSON.parse(readFileSync(join(dir, 'jdihn', 'jdihn.json'), 'utf8')) as Array<Record<string, unknown>>;
    expect(feed).toHaveLength(1);
    expect(Object.keys(feed[0]!)).toEqual(JDIHN_KEYS);
    for (const value of Object.values(feed[0]!)) expect(typeof value).toBe('string');
    expect(feed[0]).toMatchObject({
      idData: String(confirmed),
      tahun_pengundangan: '2025',
      tanggal_pengundangan: '2025-11-03', // a keputusan: its establishment date
      jenis: 'Keputusan Bupati',
      singkatanJenis: 'Kepbup',
      noPeraturan: '188.45/0545/DISPUS/2025',
      judul:
        'Keputusan Bupati Sukamaju Nomor 188.45/0545/DISPUS/2025 Tahun 2025 tentang Penetapan Taman Bacaan Masyarakat Teladan Kabupaten Sukamaju',
      tempatTerbit: 'Sukamaju',
      teuBadan: 'Kabupaten Sukamaju',
      sumber: '',
      subjek: 'PERPUSTAKAAN - LITERASI',
      bidangHukum: 'Hukum Tata Negara',
      status: 'Berlaku',
      bahasa: 'Indonesia',
      lokasi: 'Bagian Hukum Setda Sukamaju',
      fileDownload: 'doc-0.txt',
      urlDownload: 'https://jdih.example.go.id/files/doc-0.txt',
      urlDetailPeraturan: `https://jdih.example.go.id/detail/${confirmed}`,
      noPanggil: '-',
      penerbit: '-',
      deskripsiFisik: '-',
      isbn: '-',
      nomorIndukBuku: '-',
      operasi: '4',
      display: '1',
    });

    const archiveText = readFileSync(join(dir, 'archive-list', 'daftar-arsip.csv'), 'utf8');
    expect(archiveText.split('\r\n')[0]).toBe(`\uFEFF${ARCHIVE_LIST_COLUMNS.join(',')}`);
    if (hasPandas) {
      const archive = readCsvWithPandas(join(dir, 'archive-list', 'daftar-arsip.csv'));
      expect(archive.columns).toEqual([
        'nomor_berkas',
        'kode_klasifikasi',
        'uraian_informasi_berkas',
        'kurun_waktu',
        'jumlah',
        'nomor_item',
        'uraian_informasi_arsip',
        'tanggal',
        'tingkat_perkembangan',
        'keterangan',
      ]);
      expect(archive.rows).toEqual([
        {
          nomor_berkas: '12',
          kode_klasifikasi: '100.3.3',
          uraian_informasi_berkas: '',
          kurun_waktu: '2025',
          jumlah: '1',
          nomor_item: '',
          uraian_informasi_arsip:
            'Keputusan Bupati Nomor 188.45/0545/DISPUS/2025 tentang Penetapan Taman Bacaan Masyarakat Teladan Kabupaten Sukamaju',
          tanggal: '2025-11-03',
          tingkat_perkembangan: 'asli',
          keterangan: "'=cek",
        },
      ]);
      const decrees = readCsvWithPandas(join(dir, 'decrees', 'decrees.csv'));
      expect(decrees.columns).toEqual([...DECREES_CSV_COLUMNS]);
      expect(decrees.rows).toHaveLength(1);
      expect(decrees.rows[0]).toMatchObject({
        document_id: String(confirmed),
        document_name: 'doc-0.txt',
        // The instrument as a decree record of the Records view: key, kind, issuer (record-key.ts).
        record_key: '188.45/0545/DISPUS/2025|kepkada|bupatisukamaju',
        record_status: 'confirmed',
        instrument: 'yes',
        kind: 'kepkada',
        number: '188.45/0545/DISPUS/2025',
        year: '2025',
        date_established: '2025-11-03',
        date_promulgated: '',
        legal_basis: '23/2014; 12/2011',
        pending_fields: '',
        weak_fields: 'number',
        kode_klasifikasi: '100.3.3',
        status: 'Berlaku',
        lokasi: 'Bagian Hukum Setda Sukamaju',
      });
    }
  });

  it('--include-pending adds unconfirmed records and never-opened documents; numbers stay text', async () => {
    const { dir, dataDir, confirmed, pending } = await library();
    const out = join(dir, 'all');
    expect(lontar(['export', '--format', 'decrees', '--out', out, '--include-pending'], dataDir).stderr).toMatch(
      /Exported 3 decree records/,
    );
    if (!hasPandas) return;
    const { rows } = readCsvWithPandas(join(out, 'decrees.csv'));
    expect(rows.map((r) => [r.document_id, r.record_status])).toEqual([
      [String(pending + 1), 'pending'],
      [String(pending), 'pending'],
      [String(confirmed), 'confirmed'],
    ]);
    expect(rows[1]).toMatchObject({ number: '0112', pending_fields: expect.stringMatching(/^issuer number/), kind: 'kepkada' });
  });

  it('with no decrees, writes valid empty files and says so', async () => {
    const dir = tempDir();
    const dataDir = join(dir, 'data');
    const out = join(dir, 'out');
    for (const format of ['decrees', 'jdihn', 'archive-list']) {
      const run = lontar(['export', '--format', format, '--out', out], dataDir);
      expect(run.code).toBe(0);
      expect(run.stderr).toMatch(/No decree records to export .*wrote an empty file/);
    }
    expect(JSON.parse(readFileSync(join(out, 'jdihn.json'), 'utf8'))).toEqual([]);
    expect(readFileSync(join(out, 'daftar-arsip.csv'), 'utf8')).toBe(`\uFEFF${ARCHIVE_LIST_COLUMNS.join(',')}\r\n`);
    if (hasPandas) expect(readCsvWithPandas(join(out, 'decrees.csv'))).toEqual({ columns: [...DECREES_CSV_COLUMNS], rows: [] });
    expect(lontar(['export', '--format', 'decree', '--out', out], dataDir)).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/decrees, jdihn, archive-list/),
    });
  });
});
