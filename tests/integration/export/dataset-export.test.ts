import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDataset } from '../../helpers/dataset-files.ts';
import { DATASET_TEXTS, call, datasetLibrary } from '../../helpers/dataset-library.ts';
import { useTempDirs } from '../../helpers/temp-dir.ts';

const tempDir = useTempDirs();

/** Python's text[start:end] over code points. */
const codePointSlice = (text: string, start: number, end: number) => [...text].slice(start, end).join('');

describe('dataset export', () => {
  it('writes confirmed documents only by default, and every file counts the same documents and entities', async () => {
    const dir = tempDir();
    const { backend, id } = await datasetLibrary(dir);
    const out = join(dir, 'dataset');
    const result = await call(backend, 'export.dataset', { dir: out });
    await backend.close();

    const ds = readDataset(out);
    const documents = ds.csvRows('documents.csv');
    expect(documents.map((r) => Number(r.split(',')[0]))).toEqual([id.confirmed, id.emoji]);
    expect(documents.every((r) => r.split(',')[4] === 'confirmed')).toBe(true);
    expect(result).toMatchObject({
      documents: 2,
      entities: 6,
      entitiesByType: { region: 2, organization: 3, decree: 1, official: 0, score: 0, date: 0 },
    });

    // One document count across every file.
    expect(ds.jsonl('documents.jsonl')).toHaveLength(2);
    expect(ds.text('entities.conll').match(/^-DOCSTART- /gm)).toHaveLength(2);
    expect(ds.jsonl('spans.jsonl')).toHaveLength(2);
    expect(ds.jsonl('doccano.jsonl')).toHaveLength(2);
    expect(JSON.parse(ds.text('label-studio.json'))).toHaveLength(2);
    // One entity count: the per-type CSVs, the documents table's column, documents.jsonl, the descriptor.
    const perType = ['region', 'official', 'organization', 'score', 'date', 'decree'].map((t) => ds.csvRows(`${t}.csv`).length);
    const total = perType.reduce((a, b) => a + b, 0);
    expect(total).toBe(6);
    expect(documents.map((r) => Number(r.split(',').at(-1))).reduce((a, b) => a + b, 0)).toBe(total);
    expect(ds.jsonl('documents.jsonl').flatMap((d) => d.entities as unknown[])).toHaveLength(total);
    expect(ds.descriptor.lontar.counts).toMatchObject({ documents: 2, entities: total });
    for (const resource of ds.descriptor.resources) {
      if (resource.profile === 'tabular-data-resource') expect(ds.csvRows(resource.path), resource.path).toHaveLength(resource.count);
    }
    // Entities say their document's status; the in-review document's pending entity is not there.
    expect(ds.csvRows('organization.csv').every((r) => r.endsWith(`,confirmed,${r.split(',').at(-1)}`))).toBe(true);
    expect(ds.text('organization.csv')).not.toContain('inReview.txt');
    // The formula guard of csv.ts holds in the dataset too.
    expect(ds.text('organization.csv')).toContain(",'=SUM(A1),");
    expect(ds.text('README.md')).toContain('2 documents, 6 entities');
    expect(readdirSync(dir).filter((n) => n.startsWith('.'))).toEqual([]); // no staging folder left
  });

  it('describes each CSV in datapackage.json: codes as text, keys, version, filters and time', async () => {
    const dir = tempDir();
    const { backend } = await datasetLibrary(dir);
    const out = join(dir, 'dataset');
    await call(backend, 'export.dataset', { dir: out, types: ['region', 'decree'], query: 'Musi', from: '2000-01-01' });
    await backend.close();
    const { descriptor } = readDataset(out);
    expect(descriptor.lontar).toMatchObject({
      version: '9.9.9-test',
      filters: { includePending: false, types: ['region', 'decree'], query: 'Musi', from: '2000-01-01', to: null },
    });
    expect(Date.parse((descriptor as unknown as { created: string }).created)).not.toBeNaN();
    const tables = descriptor.resources.filter((r) => r.profile === 'tabular-data-resource');
    expect(tables.map((r) => r.name)).toEqual(['documents', 'region', 'decree', 'scores', 'decrees']);
    const region = tables.find((r) => r.name === 'region')!.schema!;
    const typeOf = (name: string) => region.fields.find((f) => f.name === name)?.type;
    expect([typeOf('record_key'), typeOf('normalized'), typeOf('document_id'), typeOf('start')]).toEqual([
      'string',
      'string',
      'integer',
      'integer',
    ]);
    expect(region.primaryKey).toEqual(['entity_id']);
    expect(region.foreignKeys).toEqual([{ fields: ['document_id'], reference: { resource: 'documents', fields: ['document_id'] } }]);
    const documents = tables.find((r) => r.name === 'documents')!.schema!;
    expect(documents.fields.find((f) => f.name === 'decree_number')?.type).toBe('string');
    expect(documents.fields.find((f) => f.name === 'sha256')?.type).toBe('string');
    // The query kept the one confirmed document about Musi Banyuasin.
    expect(descriptor.lontar.counts).toMatchObject({ documents: 1, entities: 2, entitiesByType: { region: 1, decree: 1 } });
  });

  it('adds documents not confirmed yet and pending entities with --include-pending; never the trash', async () => {
    const dir = tempDir();
    const { backend, id } = await datasetLibrary(dir);
    const out = join(dir, 'dataset');
    await call(backend, 'export.dataset', { dir: out, includePending: true });
    await backend.close();
    const ds = readDataset(out);
    const rows = ds.csvRows('documents.csv').map((r) => r.split(','));
    expect(rows.map((r) => Number(r[0]))).toEqual([id.confirmed, id.inReview, id.emoji, id.fresh]);
    expect(rows.map((r) => r[4])).toEqual(['confirmed', 'in_review', 'confirmed', 'new']);
    const pending = ds.csvRows('organization.csv').filter((r) => r.split(',')[7] === 'pending');
    expect(pending.map((r) => r.split(',').at(-2))).toEqual(['in_review', 'new']);
    expect(ds.text('documents.jsonl')).not.toContain(DATASET_TEXTS.trashed);
  });

  it('gives code-point offsets and token-aligned spans in the annotation files', async () => {
    const dir = tempDir();
    const { backend, id } = await datasetLibrary(dir);
    const out = join(dir, 'dataset');
    await call(backend, 'export.dataset', { dir: out });
    await backend.close();
    const ds = readDataset(out);
    const lines = ds.jsonl('spans.jsonl') as Array<{
      text: string;
      tokens: Array<{ text: string; start: number; end: number }>;
      spans: Array<{ start: number; end: number; token_start: number; token_end: number; label: string }>;
      meta: { document_id: number };
    }>;
    const emoji = lines.find((l) => l.meta.document_id === id.emoji)!;
    const palembang = emoji.spans.find((s) => s.label === 'REGION')!;
    expect(codePointSlice(emoji.text, palembang.start, palembang.end)).toBe('Palembang');
    expect(palembang.start).toBe(DATASET_TEXTS.emoji.indexOf('Palembang') - 1); // the emoji is two UTF-16 units, one code point
    for (const line of lines) {
      for (const t of line.tokens) expect(codePointSlice(line.text, t.start, t.end)).toBe(t.text);
      for (const s of line.spans) {
        expect(line.tokens[s.token_start]!.start).toBe(s.start);
        expect(line.tokens[s.token_end]!.end).toBe(s.end);
      }
    }
    const conll = ds.text('entities.conll');
    expect(conll).toContain('Kabupaten -X- _ B-REGION\nMusi -X- _ I-REGION\nBanyuasin -X- _ I-REGION\n');
    expect(conll).toContain('Palembang -X- _ B-REGION\n');
    // The line break of the text is a sentence break.
    expect(conll).toContain('. -X- _ O\n\nSel -X- _ O\n');
  });

  it('refuses a folder that holds a dataset unless overwrite, and a folder holding other files; a refusal writes nothing', async () => {
    const dir = tempDir();
    const { backend } = await datasetLibrary(dir);
    const out = join(dir, 'dataset');
    await call(backend, 'export.dataset', { dir: out });
    const before = readDataset(out).text('datapackage.json');
    await expect(call(backend, 'export.dataset', { dir: out, includePending: true })).rejects.toThrow(
      /already holds a dataset.*--overwrite/,
    );
    expect(readDataset(out).text('datapackage.json')).toBe(before);
    await call(backend, 'export.dataset', { dir: out, includePending: true, overwrite: true });
    expect(readDataset(out).descriptor.lontar.counts.documents).toBe(4);

    const other = join(dir, 'other');
    mkdirSync(other);
    writeFileSync(join(other, 'notes.txt'), 'mine');
    await expect(call(backend, 'export.dataset', { dir: other, overwrite: true })).rejects.toThrow(/not empty and holds no dataset/);
    expect(readdirSync(other)).toEqual(['notes.txt']);
    await expect(call(backend, 'export.dataset', { dir: join(dir, 'x'), from: '2026-02-01', to: '2026-01-01' })).rejects.toThrow(
      /Invalid arguments/,
    );
    expect(existsSync(join(dir, 'x'))).toBe(false);
    expect(readdirSync(dir).filter((n) => n.startsWith('.'))).toEqual([]);
    await backend.close();
  });
});
