import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createBackend } from '../../../electron/backend/backend.ts';
import { DATABASE_FILE } from '../../../electron/backend/storage/database.ts';
import type { Backend, DocumentParts } from '../../../electron/backend/backend.ts';
import { libraryCounts, libraryTotal } from '../../../electron/backend/storage/repositories/library-counts.ts';
import { FROM, filterClause } from '../../../electron/backend/storage/repositories/library-query.ts';
import type { FacetName, LibraryFilter } from '../../../electron/backend/storage/repositories/library-query.ts';
import { recordKey } from '../../../shared/records/record-key.ts';
import { PARTICULAR_FIELDS } from '../../../shared/types/particulars.ts';
import type { Particulars } from '../../../shared/types/particulars.ts';
import { call } from '../../helpers/backend-calls.ts';
import { plainTextParts } from '../../helpers/plain-text-parts.ts';
import { useTempDirs } from '../../helpers/temp-dir.ts';

// Issue 14: the total above the library's list and the counts on its filters are read from one
// short facet row per document (migration 0008), or for a search alone from its matches less the
// trash's, never from every matching document's row. They must equal what the plain queries
// over documents, decree records and entities give.
const tempDir = useTempDirs();

/**
 * Plain-text parts whose extractor also reads a decree's number and title from its first line,
 * the title with a register's words that the text lacks, so a search can hit the decree alone.
 */
function partsWithDecrees(): DocumentParts {
  const parts = plainTextParts();
  return {
    ...parts,
    extract(text) {
      const result = parts.extract(text);
      const heading = /^KEPUTUSAN NOMOR (\S+) TENTANG (.+?)\./.exec(text);
      if (!heading) return result;
      const particulars = Object.fromEntries(PARTICULAR_FIELDS.map((field) => [field, null])) as unknown as Particulars;
      return {
        ...result,
        particulars: {
          ...particulars,
          kind: 'kepkada',
          issuer: 'Bupati Contoh',
          number: heading[1]!,
          year: Number(heading[1]!.slice(-4)),
          title: `${heading[2]!} Register Arsip`,
        },
      };
    },
  };
}

const TEXTS = [
  'Dinas Sosial membuka posko pengaduan di kantor kecamatan.',
  'Posko banjir dibuka di balai desa; Dinas Sosial mengirim bantuan.',
  'Pegawai kecamatan melayani warga setiap hari kerja.',
  'KEPUTUSAN NOMOR 188.45/77/2024 TENTANG Pembentukan Tim Posko Terpadu. Menimbang bahwa warga perlu dilayani.',
  'KEPUTUSAN NOMOR 800/12/2023 TENTANG Jam Kerja Pegawai. Menimbang bahwa jam kerja perlu diatur.',
  'Laporan tahunan tanpa kata yang dicari.',
];

// No record filter here: its keys come from the record index, which this fixture does not exercise.
const FILTERS: Array<Omit<LibraryFilter, 'record'>> = [
  {},
  { trashed: true },
  { query: 'posko' },
  { query: 'posko', trashed: true },
  // In a decree's number (and its text), in a decree's record alone, in texts, and nowhere.
  { query: '188.45/77' },
  { query: 'register arsip' },
  { query: 'register', trashed: true },
  { query: 'pegawai' },
  { query: 'tidakadadimanapun' },
  { query: 'posko', status: 'confirmed' },
  { query: 'posko', status: 'new' },
  { query: 'posko', entityType: 'organization' },
  { query: 'posko', decreeKind: 'kepkada' },
  { query: 'kerja', trashed: true, status: 'new' },
];

/** The library of TEXTS, with one search hit and one decree in the trash and one document confirmed. */
async function library(dir: string): Promise<{ backend: Backend; db: BetterSqlite3.Database; id: (i: number) => number }> {
  const backend = createBackend({ dataDir: join(dir, 'data'), version: 'test', parts: partsWithDecrees(), systemUser: 'tester' });
  const paths = TEXTS.map((text, i) => {
    writeFileSync(join(dir, `teks-${i}.txt`), text);
    return join(dir, `teks-${i}.txt`);
  });
  const summary = await backend.importer.whenDone(
    (await call(backend, 'import.start', { sources: paths.map((path) => ({ path })) })).jobId,
  )!;
  const id = (i: number) => summary.imported.find((item) => item.file === paths[i])!.id;
  await call(backend, 'documents.delete', { id: id(1) });
  await call(backend, 'documents.delete', { id: id(4) });
  await call(backend, 'documents.setStatus', { id: id(0), status: 'confirmed' });
  // A second connection to the library's file, as the counts' SQL is the subject here.
  return { backend, db: new BetterSqlite3(join(dir, 'data', DATABASE_FILE), { readonly: true }), id };
}

/** A filter's count the plain way: over the documents and their decree records, as the list reads them. */
function plainCount(db: BetterSqlite3.Database, q: LibraryFilter): number {
  const filter = filterClause(q);
  return filter ? (db.prepare(`SELECT count(*) ${FROM} ${filter.clause}`).pluck().get(filter.params) as number) : 0;
}

/** The counts on the filters the plain way: each filter left out of its own, types read from the entities. */
function plainCounts(db: BetterSqlite3.Database, q: LibraryFilter) {
  const grouped = (omit: FacetName, value: string, join = '') => {
    const filter = filterClause(q, omit);
    if (!filter) return {};
    const rows = db
      .prepare(
        `SELECT ${value} AS value, count(DISTINCT d.id) AS n ${FROM} ${join} ${filter.clause} AND ${value} IS NOT NULL GROUP BY ${value}`,
      )
      .all(filter.params) as Array<{ value: string; n: number }>;
    return Object.fromEntries(rows.map((row) => [row.value, row.n]));
  };
  return {
    status: grouped('status', 'd.status'),
    entityType: grouped('entityType', 'e.type', "JOIN entities e ON e.document_id = d.id AND e.status <> 'rejected'"),
    decreeKind: grouped('decreeKind', 'r.kind'),
  };
}

/** Filters the list's contract takes in another form (a record by one key), read here directly. */
const DIRECT_FILTERS: LibraryFilter[] = [
  ...FILTERS,
  { issuer: 'CONTOH' },
  { year: 2024 },
  { year: 2023, trashed: true },
  { query: 'posko', issuer: 'contoh', decreeKind: 'kepkada' },
  { record: { type: 'organization', keys: [recordKey('organization', 'Dinas Sosial', {})] } },
  { record: { type: 'organization', keys: [recordKey('organization', 'Dinas Sosial', {})] }, status: 'confirmed' },
];

describe('the library total and the counts on its filters', () => {
  it('the total equals the plain count for every filter', async () => {
    const { backend, db } = await library(tempDir());
    const totals = DIRECT_FILTERS.map((q) => [plainCount(db, q), libraryTotal(db, q)]);
    for (const [i, [plain, total]] of totals.entries()) {
      expect({ filter: DIRECT_FILTERS[i], total }).toEqual({ filter: DIRECT_FILTERS[i], total: plain });
    }
    // The fixture reaches each case: hits on both sides of the trash, in a decree's number, in its
    // record alone, none; a decree's issuer and year; a record's documents.
    expect(totals.map(([plain]) => plain)).toEqual([4, 2, 2, 1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]);
    // The list shows the same total as it counts items.
    for (const q of FILTERS) {
      const listed = await call(backend, 'documents.list', { ...q, limit: 100, offset: 0 });
      expect(listed.total).toBe(listed.items.length);
      expect(listed.total).toBe(plainCount(db, q));
    }
    db.close();
    await backend.close();
  });

  it('the counts equal the plain counts for every filter, after a decree changes kind and the trash is restored', async () => {
    const { backend, db, id } = await library(tempDir());
    const check = async () => {
      for (const q of DIRECT_FILTERS)
        expect({ filter: q, counts: libraryCounts(db, q) }).toEqual({ filter: q, counts: plainCounts(db, q) });
      for (const q of FILTERS) expect(await call(backend, 'documents.counts', q)).toEqual(plainCounts(db, q));
    };
    await check();
    expect(libraryCounts(db, {})).toEqual({
      status: { new: 3, confirmed: 1 },
      entityType: { organization: 1 },
      decreeKind: { kepkada: 1 },
    });
    // A clerk corrects the decree's kind (the document goes in review): the facet follows the record's fields.
    await call(backend, 'decrees.editField', { documentId: id(3), field: 'kind', value: 'sk' });
    expect(libraryCounts(db, {}).decreeKind).toEqual({ sk: 1 });
    await check();
    await call(backend, 'documents.restore', { id: id(1) });
    await call(backend, 'documents.restore', { id: id(4) });
    expect(libraryCounts(db, {})).toEqual({
      status: { new: 4, in_review: 1, confirmed: 1 },
      entityType: { organization: 2 },
      decreeKind: { sk: 1, kepkada: 1 },
    });
    await check();
    db.close();
    await backend.close();
  });
});
