import { decreeKey } from '../../../shared/decrees/decree-key.ts';
import { mergedRecordKey } from '../../../shared/records/record-key.ts';
import type { EntityType } from '../../../shared/types/entity.ts';
import { CLERK_FIELDS, clerkValue } from '../../../shared/types/decree-record.ts';
import type { DecreeDefaults } from '../../../shared/types/decree-record.ts';
import { PARTICULAR_FIELDS } from '../../../shared/types/particulars.ts';
import type { DecreeKind } from '../../../shared/types/particulars.ts';
import type { DecreeExportRow } from '../storage/repositories/decrees-repository.ts';
import { csvCell, csvDocument } from './csv.ts';
import { corporateAuthor, issuerRegion, jdihnKind } from '../../../shared/decrees/instrument-names.ts';

export interface DecreeFile {
  name: string;
  content: string;
}

/** decrees.csv: one row per instrument, every particular, the review state, the clerk's fields. */
export const DECREES_CSV_COLUMNS = [
  'document_id',
  'document_name',
  'record_key',
  'record_status',
  'instrument',
  ...PARTICULAR_FIELDS,
  'pending_fields',
  'edited_fields',
  'weak_fields',
  ...CLERK_FIELDS,
] as const;

/** The archive list's columns, in the order of DECREES.md (Export 2). */
export const ARCHIVE_LIST_COLUMNS = [
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
] as const;

const text = (value: unknown): string | null =>
  value === null || value === undefined ? null : Array.isArray(value) ? value.join('; ') : String(value);
const str = (
  row: DecreeExportRow,
  field: 'kind' | 'issuer' | 'number' | 'title' | 'place_established' | 'date_established' | 'date_promulgated',
) => row.fields[field].value as string | null;
const year = (row: DecreeExportRow) => row.fields.year.value as number | null;

/**
 * The instrument's record as the Records view knows it: its key (NUMBER/YEAR), kind and issuer
 * as record-key.ts joins them, after the clerk's merges; empty without a number.
 */
function decreeRecordKey(row: DecreeExportRow, resolveKey: (type: EntityType, key: string) => string): string | null {
  const key = decreeKey(str(row, 'number'), year(row));
  return key === null
    ? null
    : mergedRecordKey(resolveKey, { type: 'decree', normalized: key, attributes: { kind: str(row, 'kind'), issuer: str(row, 'issuer') } });
}

export function decreesCsv(
  rows: readonly DecreeExportRow[],
  defaults: DecreeDefaults,
  resolveKey: (type: EntityType, key: string) => string,
): DecreeFile {
  const body = rows.map((row) => {
    const fieldsIn = (state: 'pending' | 'edited') => PARTICULAR_FIELDS.filter((f) => row.fields[f].state === state).join(' ');
    return [
      csvCell(row.documentId, { numeric: true }),
      csvCell(row.documentName),
      csvCell(decreeRecordKey(row, resolveKey)),
      csvCell(row.status),
      csvCell(row.instrument ? 'yes' : 'no'),
      // Codes and numbers are text: "0545" keeps its zero, "188.45/0545" stays as written.
      ...PARTICULAR_FIELDS.map((f) => csvCell(text(row.fields[f].value))),
      csvCell(fieldsIn('pending')),
      csvCell(fieldsIn('edited')),
      csvCell(PARTICULAR_FIELDS.filter((f) => row.fields[f].source?.weak).join(' ')),
      ...CLERK_FIELDS.map((f) => csvCell(clerkValue(row, f, defaults))),
    ];
  });
  return { name: 'decrees.csv', content: csvDocument(DECREES_CSV_COLUMNS, body) };
}

/** The date the feed files a decree under: promulgation, or establishment for one never promulgated. */
function feedDate(row: DecreeExportRow): string {
  return str(row, 'date_promulgated') ?? str(row, 'date_established') ?? '';
}

/** One JDIHN feed entry (DECREES.md, Export 1): every value a string, as the harvester reads it. */
export function jdihnEntry(row: DecreeExportRow, defaults: DecreeDefaults): Record<string, string> {
  const kind = str(row, 'kind') as DecreeKind | null;
  const issuer = str(row, 'issuer');
  const { jenis, singkatan } = jdihnKind(kind, issuer);
  const date = feedDate(row);
  const tahun = date ? date.slice(0, 4) : year(row) !== null ? String(year(row)) : '';
  const region = kind === 'perda' ? corporateAuthor(issuer) : issuerRegion(issuer);
  const number = str(row, 'number') ?? '';
  const judul = [
    jenis,
    region,
    number && `Nomor ${number}`,
    year(row) !== null && `Tahun ${year(row)}`,
    str(row, 'title') && `tentang ${str(row, 'title')}`,
  ]
    .filter(Boolean)
    .join(' ');
  let base = defaults.jdih_base_url ?? '';
  while (base.endsWith('/')) base = base.slice(0, -1);
  const url = (path: string) => (base ? `${base}/${path}` : '');
  const clerk = (f: (typeof CLERK_FIELDS)[number]) => clerkValue(row, f, defaults) ?? '';
  return {
    idData: String(row.documentId),
    tahun_pengundangan: tahun,
    tanggal_pengundangan: date,
    jenis,
    singkatanJenis: singkatan,
    noPeraturan: number,
    judul,
    tempatTerbit: str(row, 'place_established') ?? '',
    teuBadan: corporateAuthor(issuer),
    sumber: clerk('sumber'),
    subjek: clerk('subjek').toLocaleUpperCase('id'),
    bidangHukum: clerk('bidang_hukum'),
    status: clerk('status') || 'Berlaku',
    bahasa: 'Indonesia',
    lokasi: clerk('lokasi'),
    fileDownload: row.documentName,
    urlDownload: url(`files/${encodeURIComponent(row.documentName)}`),
    urlDetailPeraturan: url(`detail/${row.documentId}`),
    abstrak: '',
    urlAbstrak: '',
    noPanggil: '-',
    penerbit: '-',
    deskripsiFisik: '-',
    isbn: '-',
    nomorIndukBuku: '-',
    operasi: '4',
    display: '1',
  };
}

export function jdihnJson(rows: readonly DecreeExportRow[], defaults: DecreeDefaults): DecreeFile {
  return {
    name: 'jdihn.json',
    content: `${JSON.stringify(
      rows.map((r) => jdihnEntry(r, defaults)),
      null,
      2,
    )}\n`,
  };
}

/** The archive list (Daftar Arsip): what the document shows, and the clerk's file number, code and notes. */
export function archiveListCsv(rows: readonly DecreeExportRow[], defaults: DecreeDefaults): DecreeFile {
  const body = rows.map((row) => {
    const kind = str(row, 'kind') as DecreeKind | null;
    const { jenis } = jdihnKind(kind, str(row, 'issuer'));
    const description = [jenis, str(row, 'number') && `Nomor ${str(row, 'number')}`, str(row, 'title') && `tentang ${str(row, 'title')}`]
      .filter(Boolean)
      .join(' ');
    const dated = str(row, 'date_established');
    const period = clerkValue(row, 'kurun_waktu', defaults) ?? (dated ? dated.slice(0, 4) : year(row) !== null ? String(year(row)) : null);
    return [
      csvCell(clerkValue(row, 'nomor_berkas', defaults)),
      csvCell(clerkValue(row, 'kode_klasifikasi', defaults)),
      csvCell(clerkValue(row, 'uraian_informasi_berkas', defaults)),
      csvCell(period),
      csvCell(row.pageCount > 0 ? row.pageCount : 1, { numeric: true }),
      csvCell(clerkValue(row, 'nomor_item', defaults)),
      csvCell(description),
      csvCell(dated),
      csvCell(clerkValue(row, 'tingkat_perkembangan', defaults)),
      csvCell(clerkValue(row, 'keterangan', defaults)),
    ];
  });
  return { name: 'daftar-arsip.csv', content: csvDocument(ARCHIVE_LIST_COLUMNS, body) };
}
