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
// scores.csv and decrees.csv are registered by the app; each test adds its own and puts them back.
const builtIns = [...DATASET_EXTRA_TABLES];
afterEach(() => {
  DATASET_EXTRA_TABLES.splice(0, DATASET_EXTRA_TABLES.length, ...builtIns);
});

describe('extra tables of the dataset (the hook scores.csv and decrees.csv plug into)', () => {
  it('writes a registered table for the exported documents and lists it in datapackage.json and the card', async () => {
    const fields = [field('document_id', 'integer', 'The document.'), field('value', 'string', 'A value.')];
    DATASET_EXTRA_TABLES.push({
      resource: csvResource('ratings', 'ratings.csv', 'Ratings', 'One row per rating.', { fields, foreignKeys: [DOCUMENT_FOREIGN_KEY] }),
      write(sink, { documentIds }) {
        const rows = [...documentIds].map((id) => [csvCell(id, { numeric: true }), csvCell('4.50')]);
        sink.write(
          csvDocument(
            fields.map((f) => f.name),
            rows,
          ),
        );
        return rows.length;
      },
    });
    const dir = tempDir();
    const { backend } = await datasetLibrary(dir);
    const out = join(dir, 'dataset');
    const result = await call(backend, 'export.dataset', { dir: out });
    await backend.close();
    const ds = readDataset(out);
    expect(result.files).toContain(join(out, 'ratings.csv'));
    expect(ds.csvRows('ratings.csv')).toHaveLength(result.documents);
    expect(ds.descriptor.resources.find((r) => r.name === 'ratings')).toMatchObject({ path: 'ratings.csv', count: result.documents });
    expect(ds.text('README.md')).toContain(`| \`ratings.csv\` | One row per rating. | ${result.documents} |`);
    // The app's own tables are there too: the score rows and the decree records of the same documents.
    expect(ds.descriptor.resources.map((r) => r.name)).toEqual(expect.arrayContaining(['scores', 'decrees']));
    expect(ds.csvRows('scores.csv')).toHaveLength(ds.descriptor.resources.find((r) => r.name === 'scores')!.count);
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
