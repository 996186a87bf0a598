import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackend } from '../../../electron/backend/backend.ts';
import { readDataset } from '../../helpers/dataset-files.ts';
import type { Backend } from '../../../electron/backend/backend.ts';
import { MERGED_RECORDS, call, datasetLibrary, mergedRecordsLibrary } from '../../helpers/dataset-library.ts';
import { plainTextParts } from '../../helpers/plain-text-parts.ts';
import { useTempDirs } from '../../helpers/temp-dir.ts';

const tempDir = useTempDirs();
const emptyLibrary = (dir: string) =>
  createBackend({
    dataDir: join(dir, 'other-data'),
    version: 'test',
    parts: { ...plainTextParts(), regionExists: () => true },
    systemUser: 'peneliti',
  });

/** Entity rows without the ids that differ between libraries. */
function entityFacts(dir: string, type: string): string[] {
  return readDataset(dir)
    .csvRows(`${type}.csv`)
    .map((r) => r.split(',').slice(1, 10).join(','))
    .sort();
}

/** The cells of one CSV row (RFC 4180 quoting; no line breaks in these tests' cells). */
function cells(row: string): string[] {
  return [...row.matchAll(/(?:"((?:[^"]|"")*)"|([^,]*))(?:,|$)/g)].slice(0, -1).map((m) => (m[1] ?? m[2] ?? '').replaceAll('""', '"'));
}

/** One column of a dataset CSV, by its header name. */
function column(dir: string, file: string, name: string): string[] {
  const [header, ...rows] = readDataset(dir)
    .text(file)
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .filter((l) => l.length > 0);
  const at = cells(header!).indexOf(name);
  expect(at, `${file} has ${name}`).toBeGreaterThanOrEqual(0);
  return rows.map((r) => cells(r)[at]!);
}

/** The score and decree records as the Records view lists them, without the ids that differ between libraries. */
async function scoreAndDecreeRecords(backend: Backend) {
  const { items } = await call(backend, 'records.list', { limit: 1000 });
  return items
    .filter((r) => r.type === 'score' || r.type === 'decree')
    .map((r) => ({ type: r.type, key: r.key, mergedKeys: r.mergedKeys, mentions: r.mentions, documents: r.documents.map((d) => d.name) }));
}

describe('lontar import --dataset (round trip)', () => {
  it('brings every document, entity, decision and merge into another library, once', async () => {
    const dir = tempDir();
    const { backend } = await datasetLibrary(dir);
    await call(backend, 'records.merge', { type: 'organization', from: '=SUM(A1)', into: 'Dinas Sosial' });
    const first = join(dir, 'first');
    const exported = await call(backend, 'export.dataset', { dir: first, includePending: true });

    const other = emptyLibrary(dir);
    const updated: number[] = [];
    other.events.subscribe((event) => {
      if (event.name === 'document.updated') updated.push(event.payload.id);
    });
    const result = await call(other, 'import.dataset', { dir: first });
    expect(updated).toHaveLength(exported.documents); // open library views refresh
    expect(result).toMatchObject({
      documents: exported.documents,
      added: exported.documents,
      existing: 0,
      entities: exported.entities,
      merges: 1,
    });
    const second = join(dir, 'second');
    const again = await call(other, 'export.dataset', { dir: second, includePending: true });
    expect(again).toMatchObject({ documents: exported.documents, entities: exported.entities, entitiesByType: exported.entitiesByType });
    for (const type of ['region', 'organization', 'decree']) expect(entityFacts(second, type), type).toEqual(entityFacts(first, type));
    const shaAndStatus = (d: string) =>
      readDataset(d)
        .csvRows('documents.csv')
        .map((r) => `${r.split(',')[13]} ${r.split(',')[4]}`)
        .sort();
    expect(shaAndStatus(second)).toEqual(shaAndStatus(first));
    // The audit trail says where each document came from.
    const history = await call(other, 'documents.history', { id: 1 });
    expect(history.events.some((e) => e.action === 'document.merged' && JSON.stringify(e.after).includes(first))).toBe(true);

    // Again, and into the library it came from: nothing duplicated.
    expect(await call(other, 'import.dataset', { dir: first })).toMatchObject({
      added: 0,
      existing: exported.documents,
      entities: 0,
      merges: 0,
    });
    expect(await call(backend, 'import.dataset', { dir: first })).toMatchObject({ added: 0, existing: exported.documents, entities: 0 });
    expect((await call(other, 'documents.list', { limit: 100, offset: 0 })).total).toBe(exported.documents);
    await other.close();
    await backend.close();
  });

  it("carries the clerk's merges of score and decree records: record_key in every table, the same records after import, once", async () => {
    const dir = tempDir();
    const { backend } = await mergedRecordsLibrary(dir);
    const records = await scoreAndDecreeRecords(backend);
    // Each merged pair is one record in the library it was merged in.
    expect(records.map((r) => [r.type, r.key, r.mergedKeys, r.mentions])).toEqual([
      ['decree', MERGED_RECORDS.decree.into, [MERGED_RECORDS.decree.from], 2],
      ['score', MERGED_RECORDS.score.into, [MERGED_RECORDS.score.from], 2],
    ]);
    const first = join(dir, 'first');
    const exported = await call(backend, 'export.dataset', { dir: first, includePending: true });

    // record_key is the combined key after the merge, in every table that has it, the workbook's sheets filled from them.
    for (const type of ['score', 'decree'] as const) {
      expect(column(first, `${type}.csv`, 'record_key'), type).toEqual([MERGED_RECORDS[type].into, MERGED_RECORDS[type].into]);
    }
    expect(column(first, 'score.csv', 'normalized')).toEqual(['4.52', '4.52']);
    expect(column(first, 'scores.csv', 'record_key')).toEqual([MERGED_RECORDS.score.into, MERGED_RECORDS.score.into]);
    // The instrument's own record (its particulars: key, kind, issuer) is the one merged into the other.
    expect(column(first, 'decrees.csv', 'record_key')).toEqual([MERGED_RECORDS.decree.into]);
    const keys = readDataset(first)
      .jsonl('documents.jsonl')
      .flatMap((d) => d.entities as Array<{ type: string; key: string }>)
      .map((e) => `${e.type} ${e.key}`);
    const merged = (type: 'score' | 'decree') => `${type} ${MERGED_RECORDS[type].into}`;
    expect(keys.sort()).toEqual([merged('decree'), merged('decree'), merged('score'), merged('score')]);
    const ds = readDataset(first);
    const recordKeyField = ds.descriptor.resources.find((r) => r.name === 'scores')!.schema!.fields.find((f) => f.name === 'record_key');
    expect(recordKeyField).toMatchObject({ type: 'string', description: expect.stringContaining('value|subject_key|index|year') });
    expect(ds.text('README.md')).toMatch(/\*\*Records\*\*: `record_key`[\s\S]*`key\|kind\|issuer`/);

    const other = emptyLibrary(dir);
    expect(await call(other, 'import.dataset', { dir: first })).toMatchObject({
      added: exported.documents,
      entities: exported.entities,
      merges: 2,
    });
    expect(await scoreAndDecreeRecords(other)).toEqual(records);
    // The audit trail says which dataset each merge came from.
    const history = await Promise.all([1, 2].map(async (id) => (await call(other, 'documents.history', { id })).events));
    const merges = history.flat().filter((e) => e.action === 'record.merge');
    expect(merges.map((e) => e.after)).toEqual(
      expect.arrayContaining([
        { type: 'score', ...MERGED_RECORDS.score, source: first },
        { type: 'decree', ...MERGED_RECORDS.decree, source: first },
      ]),
    );

    // Again: nothing changes; and its export carries the same record keys.
    expect(await call(other, 'import.dataset', { dir: first })).toMatchObject({ added: 0, entities: 0, merges: 0 });
    expect(await scoreAndDecreeRecords(other)).toEqual(records);
    const second = join(dir, 'second');
    await call(other, 'export.dataset', { dir: second, includePending: true });
    for (const [file, name] of [
      ['score.csv', 'record_key'],
      ['decree.csv', 'record_key'],
      ['scores.csv', 'record_key'],
    ] as const) {
      expect(column(second, file, name), file).toEqual(column(first, file, name));
    }
    await other.close();
    await backend.close();
  });

  it('refuses a newer format, a missing file and a span that does not point at its text, naming file and line; nothing is written', async () => {
    const dir = tempDir();
    const { backend } = await datasetLibrary(dir);
    const ds = join(dir, 'ds');
    await call(backend, 'export.dataset', { dir: ds, includePending: true });
    await backend.close();
    const other = emptyLibrary(dir);
    const lines = join(ds, 'documents.jsonl');
    const original = readFileSync(lines, 'utf8');

    const broken = original.split('\n');
    const doc = JSON.parse(broken[1]!) as { entities: Array<{ start: number }> };
    doc.entities[0]!.start += 1;
    broken[1] = JSON.stringify(doc);
    writeFileSync(lines, broken.join('\n'));
    await expect(call(other, 'import.dataset', { dir: ds })).rejects.toThrow(/documents\.jsonl, line 2: entity 1 .* does not point at/);
    writeFileSync(lines, original);

    const descriptorPath = join(ds, 'datapackage.json');
    const descriptor = readFileSync(descriptorPath, 'utf8');
    writeFileSync(descriptorPath, descriptor.replace('"datasetFormatVersion": 1', '"datasetFormatVersion": 2'));
    await expect(call(other, 'import.dataset', { dir: ds })).rejects.toThrow(/datapackage\.json: dataset format 2 is newer/);
    writeFileSync(descriptorPath, descriptor);

    rmSync(lines);
    await expect(call(other, 'import.dataset', { dir: ds })).rejects.toThrow(/documents\.jsonl is missing/);
    expect((await call(other, 'documents.list', { limit: 10, offset: 0 })).total).toBe(0);
    await other.close();
  });

  it('brings originals and pages back with --with-originals; without them documents come back text only', async () => {
    const dir = tempDir();
    const parts = plainTextParts();
    // A one-page reading of every text, so pages (and their words) have to travel with the original.
    const paged = {
      ...parts,
      regionExists: () => true,
      readDocument: async (...args: Parameters<typeof parts.readDocument>) => {
        const read = await parts.readDocument(...args);
        return {
          ...read,
          pages: [
            {
              pageNo: 1,
              text: read.text,
              start: 0,
              end: read.text.length,
              width: 600,
              height: 800,
              source: 'ocr' as const,
              ocrConfidence: 0.9,
              words: [{ text: 'x', start: 0, end: 1, x: 1, y: 2, width: 3, height: 4 }],
            },
          ],
        };
      },
    };
    const source = createBackend({ dataDir: join(dir, 'source'), version: 'test', parts: paged, systemUser: 'sistem' });
    writeFileSync(join(dir, 'a.txt'), 'Dinas Sosial membuka layanan.');
    const { jobId } = await call(source, 'import.start', { sources: [{ path: join(dir, 'a.txt') }] });
    const { id } = (await source.importer.whenDone(jobId)!).imported[0]!;
    await call(source, 'documents.setStatus', { id, status: 'confirmed' });
    const withOriginals = await call(source, 'export.dataset', { dir: join(dir, 'full'), withOriginals: true });
    await call(source, 'export.dataset', { dir: join(dir, 'bare') });
    await source.close();
    expect(withOriginals).toMatchObject({ originals: 1, originalsMissing: 0 });
    expect(readDataset(join(dir, 'full')).jsonl('pages.jsonl')).toHaveLength(1);
    expect(readDataset(join(dir, 'bare')).text('README.md')).toContain('text only');

    const full = emptyLibrary(join(dir, 'x'));
    expect(await call(full, 'import.dataset', { dir: join(dir, 'full') })).toMatchObject({ added: 1, textOnly: 0 });
    const back = await call(full, 'documents.get', { id: 1 });
    expect(back.pages.map((p) => [p.pageNo, p.width, p.height])).toEqual([[1, 600, 800]]);
    const sha = String(readDataset(join(dir, 'full')).jsonl('documents.jsonl')[0]!.sha256);
    expect(readFileSync(join(full.dataDir, 'originals', sha.slice(0, 2), sha), 'utf8')).toBe('Dinas Sosial membuka layanan.');
    await full.close();

    const bare = emptyLibrary(join(dir, 'y'));
    expect(await call(bare, 'import.dataset', { dir: join(dir, 'bare') })).toMatchObject({ added: 1, textOnly: 1 });
    expect((await call(bare, 'documents.get', { id: 1 })).pages).toEqual([]);
    await bare.close();
  });
});
