import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { writeXlsxWorkbook } from '../../../electron/backend/export/dataset/xlsx-workbook.ts';
import { describe, expect, it } from 'vitest';
import { readDataset } from '../../helpers/dataset-files.ts';
import { call, datasetLibrary } from '../../helpers/dataset-library.ts';
import { pythonWith, runPythonJson } from '../../helpers/python-consumers.ts';
import { useTempDirs } from '../../helpers/temp-dir.ts';

const tempDir = useTempDirs();
const openpyxl = pythonWith('openpyxl');
if ('missing' in openpyxl) console.warn(`Skipping the openpyxl workbook test: ${openpyxl.missing} (CI installs python3-openpyxl).`);

interface Sheet {
  name: string;
  header: string[];
  rows: number;
  freeze_panes: string | null;
  auto_filter: string | null;
  kinds: Record<string, string[]>;
  keys: Record<string, unknown[]>;
  imported_at: string[];
}

const columnLetter = (count: number) => {
  let name = '';
  for (let n = count; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
};

// Issue 12: lontar.xlsx opened by a real consumer, openpyxl from Debian's python3-openpyxl.
describe.skipIf('missing' in openpyxl)('dataset workbook in openpyxl', () => {
  it("has a sheet per table, the header frozen with a filter, codes as text, dates as dates, the CSVs' rows", async () => {
    const dir = tempDir();
    const { backend } = await datasetLibrary(dir);
    const out = join(dir, 'dataset');
    const exported = await call(backend, 'export.dataset', { dir: out, includePending: true });
    await backend.close();
    expect(exported.files).toContain(join(out, 'lontar.xlsx'));

    const ds = readDataset(out);
    const { sheets } = runPythonJson<{ sheets: Sheet[] }>(
      (openpyxl as { python: string }).python,
      join(import.meta.dirname, '../../consumers/read_workbook.py'),
      [out],
    );
    const tables = ds.descriptor.resources.filter((r) => r.profile === 'tabular-data-resource');
    expect(sheets.map((s) => s.name)).toEqual([
      'documents',
      'region',
      'official',
      'organization',
      'score',
      'date',
      'decree',
      'scores',
      'decrees',
    ]);
    expect(sheets.map((s) => s.name)).toEqual(tables.map((t) => t.name));
    for (const [i, sheet] of sheets.entries()) {
      const table = tables[i]!;
      expect(sheet.header, sheet.name).toEqual(table.schema!.fields.map((f) => f.name));
      expect(sheet.rows, sheet.name).toBe(ds.csvRows(table.path).length);
      expect(sheet.rows, sheet.name).toBe(table.count);
      expect(sheet.freeze_panes, sheet.name).toBe('A2');
      expect(sheet.auto_filter, sheet.name).toBe(`A1:${columnLetter(sheet.header.length)}${sheet.rows + 1}`);
      // Every string field holds text cells only, every integer field numbers only.
      for (const field of table.schema!.fields) {
        const kinds = sheet.kinds[field.name]!;
        if (kinds.length === 0) continue;
        const expected = { string: ['s'], integer: ['n'], number: ['n'], datetime: ['date'], date: ['date'], boolean: ['b'] }[field.type];
        expect(kinds, `${sheet.name}.${field.name}`).toEqual(expected);
      }
    }
    // The card and the descriptor count the workbook's rows as the CSVs'.
    const workbook = ds.descriptor.resources.find((r) => r.path === 'lontar.xlsx')!;
    expect(workbook.count).toBe(tables.reduce((n, t) => n + t.count, 0));
    expect(ds.text('README.md')).toContain(`| \`lontar.xlsx\` |`);
    expect(ds.text('README.md')).toMatch(new RegExp(`\\| \`lontar\\.xlsx\` \\|.*\\| ${workbook.count} \\|`));
    const byName = Object.fromEntries(sheets.map((s) => [s.name, s]));
    expect(byName.documents!.rows).toBe(exported.documents);
    expect(['region', 'official', 'organization', 'score', 'date', 'decree'].reduce((n, t) => n + byName[t]!.rows, 0)).toBe(
      exported.entities,
    );
    // 16.10 stays "16.10" (not 16.1), 1/2021 stays text (not a date); the formula guard holds in the workbook too.
    expect(byName.region!.keys.record_key).toEqual(expect.arrayContaining(['16.10', '16.71']));
    expect(byName.decree!.keys.normalized).toContain('1/2021');
    // A decree's record is its key, kind and issuer (none given here): text too.
    expect(byName.decree!.keys.record_key).toContain('1/2021||');
    expect(byName.organization!.keys.normalized).toContain("'=SUM(A1)");
    // Dates are the moments the CSV gives.
    expect(byName.documents!.kinds.imported_at).toEqual(['date']);
    const csvImported = ds.csvRows('documents.csv').map((r) => r.split(',')[9]!);
    const sheetImported = byName.documents!.imported_at.map((d) => Date.parse(`${d}Z`));
    expect(sheetImported).toHaveLength(csvImported.length);
    sheetImported.forEach((ms, i) => expect(Math.abs(ms - Date.parse(csvImported[i]!)), csvImported[i]).toBeLessThanOrEqual(1));
  });

  it('writes only the workbook with --format xlsx, its sheets the tables of a full export', async () => {
    const dir = tempDir();
    const { backend } = await datasetLibrary(dir);
    const out = join(dir, 'xlsx-only');
    const exported = await call(backend, 'export.dataset', { dir: out, format: 'xlsx' });
    await backend.close();
    expect(exported.files.map((f) => f.slice(out.length + 1)).sort()).toEqual(['README.md', 'datapackage.json', 'lontar.xlsx']);
    const ds = readDataset(out);
    expect(ds.descriptor.resources.map((r) => r.path)).toEqual(['lontar.xlsx']);
    const { sheets } = runPythonJson<{ sheets: Sheet[] }>(
      (openpyxl as { python: string }).python,
      join(import.meta.dirname, '../../consumers/read_workbook.py'),
      [out],
    );
    expect(sheets[0]).toMatchObject({ name: 'documents', rows: exported.documents, freeze_panes: 'A2' });
    expect(ds.descriptor.resources[0]!.count).toBe(sheets.reduce((n, s) => n + s.rows, 0));
  });

  it("keeps hostile text as text: XML specials, spaces, line breaks; drops what XML cannot hold; cuts a cell at Excel's limit", async () => {
    const dir = tempDir();
    const path = join(dir, 'hostile.xlsx');
    const long = 'x'.repeat(40_000);
    const rows = [
      ['1', '<b>&amp;</b> "quoted"', '  leading and trailing  ', '2021-03-01'],
      ['2', 'line\nbreak\ttab', 'bell\u0007 and lone \uD800 surrogate', 'not a date'],
      ['', long, '🏛️ Palembang', ''],
    ];
    const [summary] = await writeXlsxWorkbook(path, [
      {
        name: 'hostile',
        columns: [
          { name: 'n', kind: 'number' },
          { name: 'a', kind: 'text' },
          { name: 'b', kind: 'text' },
          { name: 'd', kind: 'date' },
        ],
        rows: async function* () {
          yield* rows;
        },
      },
    ]);
    expect(summary).toEqual({ name: 'hostile', rows: 3, rowsLeftOut: 0, cellsShortened: 1 });
    const script = `import json, sys, datetime
from openpyxl import load_workbook
ws = load_workbook(sys.argv[1])["hostile"]
print(json.dumps([[c.value.isoformat() if isinstance(c.value, datetime.datetime) else c.value for c in row] for row in ws.iter_rows(min_row=2)]))`;
    const read = spawnSync((openpyxl as { python: string }).python, ['-c', script, path], { encoding: 'utf8' });
    expect(read.status, read.stderr).toBe(0);
    const values = JSON.parse(read.stdout) as unknown[][];
    expect(values[0]).toEqual([1, '<b>&amp;</b> "quoted"', '  leading and trailing  ', '2021-03-01T00:00:00']);
    expect(values[1]).toEqual([2, 'line\nbreak\ttab', 'bell\uFFFD and lone \uFFFD surrogate', 'not a date']);
    expect(values[2]).toEqual([null, long.slice(0, 32_767), '🏛️ Palembang', null]);
  });
});
