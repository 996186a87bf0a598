import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { call, datasetLibrary } from '../../helpers/dataset-library.ts';
import { pythonWith, runPythonJson } from '../../helpers/python-consumers.ts';
import { useTempDirs } from '../../helpers/temp-dir.ts';

const tempDir = useTempDirs();
const pandas = pythonWith('pandas');
if ('missing' in pandas) console.warn(`Skipping the pandas dataset test: ${pandas.missing} (CI installs python3-pandas).`);

interface Report {
  tables: Record<string, { rows: number; declared: number; columns: string[]; fields: string[]; dtypes: Record<string, string> }>;
  joins: Record<string, { unmatched: number; titles_or_names: number; status_agrees: boolean | null }>;
  region_keys: string[];
  decree_keys: string[];
  decree_values: string[];
  entities_column_sum: number;
  entity_rows: number;
  imported_at_dtype: string;
  document_ids_unique: boolean;
}

describe.skipIf('missing' in pandas)('dataset in pandas', () => {
  it('loads every CSV with the data package types: codes stay text, joins on document id work, counts agree', async () => {
    const dir = tempDir();
    const { backend } = await datasetLibrary(dir);
    const out = join(dir, 'dataset');
    const exported = await call(backend, 'export.dataset', { dir: out, includePending: true });
    await backend.close();

    const report = runPythonJson<Report>(
      (pandas as { python: string }).python,
      join(import.meta.dirname, '../../consumers/load_dataset.py'),
      [out],
    );
    expect(Object.keys(report.tables)).toEqual([
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
    for (const [name, table] of Object.entries(report.tables)) {
      expect(table.columns, name).toEqual(table.fields); // the BOM did not leak into the first column name
      expect(table.rows, name).toBe(table.declared);
    }
    expect(report.tables.documents!.rows).toBe(exported.documents);
    expect(report.entity_rows).toBe(exported.entities);
    expect(report.entities_column_sum).toBe(exported.entities);
    expect(report.document_ids_unique).toBe(true);
    // 16.10 stays "16.10" (not 16.1), 1/2021 stays text (not a date or a fraction).
    expect(report.region_keys).toEqual(['16.10', '16.71']);
    expect(report.decree_values).toEqual(['1/2021']);
    // A decree's record_key is its key, kind and issuer (none given here), as text.
    expect(report.decree_keys).toEqual(['1/2021||']);
    expect(report.tables.region!.dtypes).toMatchObject({
      record_key: 'string',
      normalized: 'string',
      document_id: 'Int64',
      start: 'Int64',
      confidence: 'float64',
    });
    expect(report.imported_at_dtype).toBe('datetime64[ns, UTC]');
    for (const [name, join] of Object.entries(report.joins)) {
      expect(join.unmatched, name).toBe(0);
      expect(join.titles_or_names, name).toBe(report.tables[name]!.rows);
      // Entity tables carry their document's status; scores.csv and decrees.csv their own columns.
      expect(join.status_agrees, name).toBe(['scores', 'decrees'].includes(name) ? null : true);
    }
  });
});
