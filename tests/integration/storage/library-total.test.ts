import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createBackend } from '../../../electron/backend/backend.ts';
import { DATABASE_FILE } from '../../../electron/backend/storage/database.ts';
import type { DocumentParts } from '../../../electron/backend/backend.ts';
import { FROM, filterClause, libraryTotal } from '../../../electron/backend/storage/repositories/library-query.ts';
import type { LibraryFilter } from '../../../electron/backend/storage/repositories/library-query.ts';
import { PARTICULAR_FIELDS } from '../../../shared/types/particulars.ts';
import type { Particulars } from '../../../shared/types/particulars.ts';
import { call } from '../../helpers/backend-calls.ts';
import { plainTextParts } from '../../helpers/plain-text-parts.ts';
import { useTempDirs } from '../../helpers/temp-dir.ts';

// Issue 14: the total above the library's list is counted without reading every matching
// document's row (a search alone: its matches less the trash's; with other filters: by id for
// few matches, by the library's index for many). Whichever way, it must equal the plain count.
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
      return { ...result, particulars: { ...particulars, kind: 'kepkada', number: heading[1]!, title: `${heading[2]!} Register Arsip` } };
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

describe('library total', () => {
  it('equals the plain count for every filter, by either way of counting', async () => {
    const dir = tempDir();
    const backend = createBackend({ dataDir: join(dir, 'data'), version: 'test', parts: partsWithDecrees(), systemUser: 'tester' });
    const paths = TEXTS.map((text, i) => {
      writeFileSync(join(dir, `teks-${i}.txt`), text);
      return join(dir, `teks-${i}.txt`);
    });
    const summary = await backend.importer.whenDone(
      (await call(backend, 'import.start', { sources: paths.map((path) => ({ path })) })).jobId,
    )!;
    const id = (i: number) => summary.imported.find((item) => item.file === paths[i])!.id;
    // One search hit and one decree in the trash, one document confirmed.
    await call(backend, 'documents.delete', { id: id(1) });
    await call(backend, 'documents.delete', { id: id(4) });
    await call(backend, 'documents.setStatus', { id: id(0), status: 'confirmed' });

    // A second connection to the library's file, as the count's SQL is the subject here.
    const db = new Database(join(dir, 'data', DATABASE_FILE), { readonly: true });
    const plainCount = (q: LibraryFilter) => {
      const filter = filterClause(q);
      return filter ? (db.prepare(`SELECT count(*) ${FROM} ${filter.clause}`).pluck().get(filter.params) as number) : 0;
    };
    const totals = FILTERS.map((q) => [plainCount(q), libraryTotal(db, q, 0), libraryTotal(db, q, Infinity)]);
    for (const [i, [plain, walked, lookedUp]] of totals.entries()) {
      expect({ filter: FILTERS[i], walked, lookedUp }).toEqual({ filter: FILTERS[i], walked: plain, lookedUp: plain });
    }
    // The fixture reaches each case: hits on both sides of the trash, in a decree's number, and none.
    expect(totals.map(([plain]) => plain)).toEqual([4, 2, 2, 1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1]);
    // The list shows the same total as it counts items.
    for (const q of FILTERS) {
      const listed = await call(backend, 'documents.list', { ...q, limit: 100, offset: 0 });
      expect(listed.total).toBe(listed.items.length);
      expect(listed.total).toBe(plainCount(q));
    }
    db.close();
    await backend.close();
  });
});
