import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackend } from '../../../electron/backend/backend.ts';
import type { Backend } from '../../../electron/backend/backend.ts';
import { codePointOffsets } from '../../../electron/backend/export/code-points.ts';
import { csvCell } from '../../../electron/backend/export/csv.ts';
import type { MethodArgs, MethodName, MethodResult } from '../../../shared/contract/api.ts';
import { dispatch } from '../../../shared/contract/dispatch.ts';
import { plainTextParts } from '../../helpers/plain-text-parts.ts';
import { useTempDirs } from '../../helpers/temp-dir.ts';

const tempDir = useTempDirs();

async function call<M extends MethodName>(backend: Backend, method: M, args: MethodArgs<M>): Promise<MethodResult<M>> {
  const result = await dispatch(backend.handlers, method, args);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as MethodResult<M>;
}

/** Two documents; the emoji in the second puts UTF-16 and code-point offsets apart. */
async function library() {
  const dir = tempDir();
  const backend = createBackend({ dataDir: join(dir, 'data'), version: 'test', parts: plainTextParts(), systemUser: 'sistem' });
  const texts = ['Dinas Sosial Musi Banyuasin, nilai 4,52.', '🏛️ Dinsos "=SUM(A1)" dan Dinas Sosial lagi.'];
  const files = texts.map((text, i) => {
    const file = join(dir, `doc-${i}.txt`);
    writeFileSync(file, text);
    return file;
  });
  const { jobId } = await call(backend, 'import.start', { sources: files.map((path) => ({ path })) });
  const ids = (await backend.importer.whenDone(jobId)!).imported.map((i) => i.id);
  return { backend, ids, texts, dir };
}

describe('records', () => {
  it('lists confirmed records across documents, merges two keys into one record and splits them again', async () => {
    const { backend, ids, texts } = await library();
    const [a, b] = ids as [number, number];
    const docA = await call(backend, 'documents.get', { id: a });
    await call(backend, 'entities.review', { id: docA.entities[0]!.id, action: 'accept' });
    const dinsosStart = texts[1]!.indexOf('Dinsos');
    await call(backend, 'entities.add', {
      documentId: b,
      type: 'organization',
      start: dinsosStart,
      end: dinsosStart + 6,
      normalized: 'Dinsos',
    });
    let items = (await call(backend, 'records.list', { type: 'organization' })).items;
    expect(items.map((r) => r.key).sort()).toEqual(['Dinas Sosial', 'Dinsos']);

    await call(backend, 'records.merge', { type: 'organization', from: 'Dinsos', into: 'Dinas Sosial' });
    items = (await call(backend, 'records.list', { type: 'organization' })).items;
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ key: 'Dinas Sosial', mergedKeys: ['Dinsos'], documents: [{ id: a }, { id: b }] });
    // The record filter of the library follows merges.
    const mentioning = await call(backend, 'documents.list', { record: { type: 'organization', key: 'Dinas Sosial' } });
    expect(mentioning.items.map((d) => d.id).sort()).toEqual([a, b].sort());

    await call(backend, 'records.split', { type: 'organization', key: 'Dinsos' });
    expect((await call(backend, 'records.list', { type: 'organization' })).items).toHaveLength(2);
    await backend.close();
  });
});

describe('export', () => {
  it("--format csv writes the dataset's tables only: one BOM-prefixed CSV per type with confirmed, edited and added entities, merges applied", async () => {
    const { backend, ids, texts, dir } = await library();
    const [a, b] = ids as [number, number];
    const docA = await call(backend, 'documents.get', { id: a });
    const docB = await call(backend, 'documents.get', { id: b });
    await call(backend, 'entities.review', { id: docA.entities[0]!.id, action: 'accept' });
    await call(backend, 'entities.review', { id: docB.entities[0]!.id, action: 'reject' });
    const formula = texts[1]!.indexOf('"=SUM');
    await call(backend, 'entities.add', {
      documentId: b,
      type: 'organization',
      start: formula + 1,
      end: formula + 9,
      normalized: '=SUM(A1)',
    });
    await call(backend, 'records.merge', { type: 'organization', from: '=SUM(A1)', into: 'Dinas Sosial' });

    for (const id of [a, b]) await call(backend, 'documents.setStatus', { id, status: 'confirmed' });

    const out = join(dir, 'export');
    const result = await call(backend, 'export.dataset', { dir: out, format: 'csv' });
    // Through the dataset writer: its tables, described by datapackage.json and README.md, and nothing else.
    expect(result.files.map((f) => f.slice(out.length + 1))).toEqual([
      'datapackage.json',
      'README.md',
      'documents.csv',
      'region.csv',
      'official.csv',
      'organization.csv',
      'score.csv',
      'date.csv',
      'decree.csv',
      'scores.csv',
      'decrees.csv',
    ]);
    expect(readdirSync(out).sort()).toEqual(result.files.map((f) => f.slice(out.length + 1)).sort());
    expect(result).toMatchObject({ documents: 2, entities: 2 });
    const descriptor = JSON.parse(readFileSync(join(out, 'datapackage.json'), 'utf8')) as {
      lontar: { format: string; counts: { documents: number; entities: number } };
      resources: Array<{ path: string; count: number }>;
    };
    expect(descriptor.lontar).toMatchObject({ format: 'csv', counts: { documents: 2, entities: 2 } });
    expect(descriptor.resources.find((r) => r.path === 'documents.csv')!.count).toBe(2);
    const csv = readFileSync(join(out, 'organization.csv'), 'utf8');
    expect(
      csv.startsWith(
        '\uFEFFdocument_id,document_name,record_key,normalized,text,start,end,status,origin,confidence,rule,mentions,abbreviation,region,attributes_json,document_status,entity_id\r\n',
      ),
    ).toBe(true);
    const rows = csv.trim().split('\r\n').slice(1);
    expect(rows).toHaveLength(2); // the rejected one is not there
    expect(rows[0]).toMatch(/^1,doc-0\.txt,Dinas Sosial,Dinas Sosial,Dinas Sosial,0,12,confirmed,extractor,/);
    // A formula from an imported page is neutralised, and the merge gives it the record's key.
    expect(rows[1]).toMatch(/^2,doc-1\.txt,Dinas Sosial,'=SUM\(A1\),'=SUM\(A1\),\d+,\d+,confirmed,clerk,/);
    expect(readFileSync(join(out, 'date.csv'), 'utf8').trim().split('\r\n')).toHaveLength(1);

    const withPending = await call(backend, 'export.dataset', { dir: join(dir, 'with-pending'), format: 'csv', includePending: true });
    expect(withPending.entities).toBe(2); // the only pending one was rejected
    // A folder that already holds a dataset is refused without overwrite, and left as it was.
    await expect(call(backend, 'export.dataset', { dir: out, format: 'jsonl' })).rejects.toThrow(/already holds a dataset/);
    expect(readFileSync(join(out, 'organization.csv'), 'utf8')).toBe(csv);
    await backend.close();
  });

  it('--format jsonl writes documents.jsonl only, with UTF-16 and code-point offsets', async () => {
    const { backend, ids, texts, dir } = await library();
    const b = ids[1]!;
    const docB = await call(backend, 'documents.get', { id: b });
    await call(backend, 'entities.review', { id: docB.entities[0]!.id, action: 'accept' });
    for (const id of ids) await call(backend, 'documents.setStatus', { id, status: 'confirmed' });
    const out = join(dir, 'jsonl');
    const built = await call(backend, 'export.dataset', { dir: out, format: 'jsonl' });
    expect(built.files.map((f) => f.slice(out.length + 1))).toEqual(['datapackage.json', 'README.md', 'documents.jsonl']);
    const lines = readFileSync(join(out, 'documents.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: number; text: string; entities: Array<Record<string, number | string>> });
    expect(lines.map((l) => l.id)).toEqual(ids);
    const entity = lines[1]!.entities[0]!;
    const start = texts[1]!.indexOf('Dinas Sosial');
    expect(entity).toMatchObject({ key: 'Dinas Sosial', start, end: start + 12 });
    // 🏛️ is two code points in three UTF-16 units: Python's offsets are one less.
    expect(entity.startCodePoint).toBe(start - 1);
    expect([...lines[1]!.text].slice(entity.startCodePoint as number, entity.endCodePoint as number).join('')).toBe('Dinas Sosial');
    await backend.close();
  });

  it('converts offsets and quotes cells correctly', () => {
    const text = 'a😀b\u{1F3DB}\uFE0Fc';
    const map = codePointOffsets(text, [0, 1, 3, 4, text.length]);
    expect([...map.entries()]).toEqual([
      [0, 0],
      [1, 1],
      [3, 2],
      [4, 3],
      [text.length, [...text].length],
    ]);
    expect(csvCell('a,"b"\nc')).toBe('"a,""b""\nc"');
    expect(csvCell('-5', { numeric: true })).toBe('-5');
    expect(csvCell('@cmd')).toBe("'@cmd");
    expect(csvCell(null)).toBe('');
  });
});
