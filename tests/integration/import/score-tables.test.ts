import { afterAll, describe, expect, it } from 'vitest';
import { readDocument } from '../../../electron/backend/import/read-document.ts';
import { createOcrPool } from '../../../electron/backend/import/ocr-pool.ts';
import { buildImagePdf } from '../../helpers/fixtures/pdf.ts';
import { pageToPng } from '../../helpers/fixtures/scan.ts';
import { tableAsPdf, tableAsScan, tableAsText } from '../../helpers/fixtures/table.ts';
import type { TableFixture } from '../../helpers/fixtures/table.ts';
import { extractDocument } from '../../../shared/extract/extract-document.ts';
import { preparedResources } from '../../unit/extract/corpus.ts';
import type { PageText } from '../../../shared/types/document.ts';

// Issue 10: a results table yields one score per subject and value column, with the column
// meanings from its header and the year and index from its caption, whether it comes as plain
// text, as a PDF text layer (rows and columns rebuilt from word positions) or as a scan (from OCR
// word boxes). The table is composed for this test.
const table: TableFixture = {
  caption: ['Tabel 3. Indeks Pelayanan Publik (IPP) Kabupaten/Kota'],
  header: ['No', 'Kabupaten/Kota', 'Jumlah Desa', 'Nilai 2023', 'Nilai 2024', 'Kategori'],
  rows: [
    ['1', 'Kota Pekalongan', '27', '4,21', '4,52', 'A'],
    ['2', 'Kabupaten Batang', '248', '3,98', '4,31', 'B'],
    ['3', 'Kota Semarang', '177', '4,10', '4,28', 'B'],
  ],
  columns: [0, 0.07, 0.38, 0.58, 0.74, 0.9],
};

const expected = [
  ['4.21', '33.75', 2023, 1, 'A'],
  ['4.52', '33.75', 2024, 1, 'A'],
  ['3.98', '33.25', 2023, 2, 'B'],
  ['4.31', '33.25', 2024, 2, 'B'],
  ['4.1', '33.74', 2023, 3, 'B'],
  ['4.28', '33.74', 2024, 3, 'B'],
];

async function scoreRows(text: string, pages: readonly PageText[] = []) {
  const { entities } = extractDocument(text, await preparedResources(), { pages });
  return entities
    .filter((e) => e.type === 'score')
    .map((e) => [e.normalized, e.attributes.subject_key, e.attributes.year, e.attributes.rank, e.attributes.grade, e.attributes.index]);
}

const withIndex = expected.map((row) => [...row, 'IPP']);
const sorted = (rows: unknown[][]) => [...rows].sort((a, b) => String(a[0]).localeCompare(String(b[0])));

describe('score tables', () => {
  const pool = createOcrPool();
  afterAll(() => pool.terminate());

  it('reads an aligned plain-text table: one row per subject and year, counts and row numbers are not scores', async () => {
    expect(sorted(await scoreRows(tableAsText(table)))).toEqual(sorted(withIndex));
  });

  it('reads the same table from a PDF text layer, rebuilt from word positions', async () => {
    const doc = await readDocument({ bytes: await tableAsPdf(table), name: 'tabel.pdf' }, { ocr: 'off' });
    expect(doc.pages[0]?.source).toBe('text-layer');
    expect(sorted(await scoreRows(doc.text, doc.pages))).toEqual(sorted(withIndex));
  });

  it('reads the same table from a scan, from the OCR word boxes', async () => {
    const png = await pageToPng(tableAsScan(table));
    const doc = await readDocument(
      { bytes: await buildImagePdf([{ bytes: png, format: 'png' }]), name: 'pindaian.pdf' },
      { ocr: 'auto', ocrPool: pool },
    );
    expect(doc.pages[0]?.source).toBe('ocr');
    // OCR may lose a lone digit in a narrow column (the row number), never the rows themselves:
    // the rank is compared where it was read.
    const rows = await scoreRows(doc.text, doc.pages);
    expect(sorted(rows.map((r) => [r[0], r[1], r[2], r[4], r[5]]))).toEqual(sorted(withIndex.map((r) => [r[0], r[1], r[2], r[4], r[5]])));
    for (const r of rows) if (r[3] !== null) expect(r[3]).toBe(withIndex.find((w) => w[0] === r[0])?.[3]);
  }, 120_000);

  it('reads a table whose rows do not line up as text, never as misaligned rows', async () => {
    const text = [
      'Hasil penilaian',
      '',
      'No  Unit Layanan  Nilai  Kategori',
      '1  Dinas Sosial 4,61  A  tambahan  kolom',
      'Jumlah desa 12 dan 14,5 hektare.',
    ].join('\n');
    const rows = await scoreRows(text);
    // The misaligned row is read by the sentence rules: its value and subject, no table rank.
    expect(rows.map((r) => [r[0], r[1]])).toEqual([['4.61', 'Dinas Sosial']]);
  });
});
