import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { csvCell, csvDocument } from '../../../electron/backend/export/csv.ts';
import { DATASET_EXTRA_TABLES } from '../../../electron/backend/export/dataset/extra-tables.ts';
import { DOCUMENT_FOREIGN_KEY, csvResource, field } from '../../../electron/backend/export/dataset/package-types.ts';
import { readDataset } from '../../helpers/dataset-files.ts';
import { call, datasetLibrary } from '../../helpers/dataset-library.ts';
import { useTempDirs } from '../../helpers/temp-dir.ts';

const tempDir = useTempDirs();
afterEach(() => {
  DATASET_EXTRA_TABLES.length = 0;
});

describe('extra tables of the dataset (the hook scores.csv and decrees.csv plug into)', () => {
  it('writes a registered table for the exported documents and lists it in datapackage.json and the card', async () => {
    const fields = [field('document_id', 'integer', 'The document.'), field('value', 'string', 'A value.')];
    DATASET_EXTRA_TABLES.push({
      resource: csvResource('scores', 'scores.csv', 'Scores', 'One row per score.', { fields, foreignKeys: [DOCUMENT_FOREIGN_KEY] }),
      write(sink, { documentIds }) {
        const rows = [...documentIds].map((id) => [csvCell(id, { numeric: true }), csvCell('4.50')]);
        sink.write(csvDocument(fields.map((f) => f.name), rows));
        return rows.length;
      },
    });
    const dir = tempDir();
    const { backend } = await datasetLibrary(dir);
    const out = join(dir, 'dataset');
    const result = await call(backend, 'export.dataset', { dir: out });
    await backend.close();
    const ds = readDataset(out);
    expect(result.files).toContain(join(out, 'scores.csv'));
    expect(ds.csvRows('scores.csv')).toHaveLength(result.documents);
    expect(ds.descriptor.resources.find((r) => r.name === 'scores')).toMatchObject({ path: 'scores.csv', count: result.documents });
    expect(ds.text('README.md')).toContain(`| \`scores.csv\` | One row per score. | ${result.documents} |`);
  });

  it('leaves the old dataset as it was when an export fails half way (never a half-overwritten dataset)', async () => {
    const dir = tempDir();
    const { backend } = await datasetLibrary(dir);
    const out = join(dir, 'dataset');
    await call(backend, 'export.dataset', { dir: out });
    const before = readDataset(out).text('datapackage.json');
    DATASET_EXTRA_TABLES.push({
      resource: csvResource('broken', 'broken.csv', 'Broken', 'Fails.', { fields: [] }),
      write() {
        throw new Error('disk full');
      },
    });
    await expect(call(backend, 'export.dataset', { dir: out, includePending: true, overwrite: true })).rejects.toThrow(/disk full/);
    await backend.close();
    expect(readDataset(out).text('datapackage.json')).toBe(before);
    expect(readdirSync(dir).filter((n) => n.startsWith('.'))).toEqual([]);
  });
});
