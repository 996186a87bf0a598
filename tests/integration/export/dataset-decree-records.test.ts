import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackend } from '../../../electron/backend/backend.ts';
import type { Backend } from '../../../electron/backend/backend.ts';
import type { DecreeRecord } from '../../../shared/types/decree-record.ts';
import { importTexts } from '../../helpers/backend-calls.ts';
import { readDataset } from '../../helpers/dataset-files.ts';
import { call } from '../../helpers/dataset-library.ts';
import { composedDecreeText, decreeParts } from '../../helpers/decree-parts.ts';
import { plainTextParts } from '../../helpers/plain-text-parts.ts';
import { useTempDirs } from '../../helpers/temp-dir.ts';

const tempDir = useTempDirs();
const emptyLibrary = (dir: string, name: string) =>
  createBackend({
    dataDir: join(dir, name),
    version: 'test',
    parts: { ...plainTextParts(), regionExists: () => true },
    systemUser: 'peneliti',
  });

const ARTICLE = 'Dinas Perpustakaan Kabupaten Sukamaju membuka taman bacaan baru di setiap kecamatan.';
const SIGNATORY = 'Ratna Dewi Lestari, S.Sos.';

/**
 * A library with a composed decree whose particulars a clerk reviewed without confirming the
 * record (so its fields keep different states): the title accepted, the signatory corrected, a
 * file number set, the number left pending as read (weak); and an article beside it.
 */
async function reviewedDecreeLibrary(dir: string) {
  const { parts } = decreeParts();
  const backend = createBackend({
    dataDir: join(dir, 'source'),
    version: '9.9.9-test',
    parts: { ...parts, regionExists: () => true },
    systemUser: 'sistem',
  });
  const [decreeId, articleId] = (await importTexts(backend, dir, [composedDecreeText(), ARTICLE])) as [number, number];
  await call(backend, 'decrees.reviewField', { documentId: decreeId, field: 'title', action: 'accept' });
  await call(backend, 'decrees.editField', { documentId: decreeId, field: 'signatory', value: SIGNATORY });
  await call(backend, 'decrees.editClerkField', { documentId: decreeId, field: 'nomor_berkas', value: 'B-07/2025' });
  for (const id of [decreeId, articleId]) await call(backend, 'documents.setStatus', { id, status: 'confirmed' });
  const { record } = await call(backend, 'decrees.get', { documentId: decreeId });
  return { backend, decreeId, record: record! };
}

const withoutId = ({ documentId: _, ...rest }: DecreeRecord) => rest;

/** The library id of the document named `name`. */
async function idByName(backend: Backend, name: string): Promise<number> {
  const { items } = await call(backend, 'documents.list', { limit: 100, offset: 0 });
  return items.find((d) => d.name === name)!.id;
}

async function mergedEvents(backend: Backend, id: number) {
  return (await call(backend, 'documents.history', { id })).events.filter((e) => e.action === 'document.merged');
}

describe('decree records through a dataset', () => {
  it("carries a decree's record with the clerk's review states and edits; an import restores it and re-exports the same decrees.csv", async () => {
    const dir = tempDir();
    const { backend, decreeId, record } = await reviewedDecreeLibrary(dir);
    // What the clerk did, as the repository keeps it.
    expect(record.fields.title.state).toBe('accepted');
    expect(record.fields.signatory).toMatchObject({ value: SIGNATORY, state: 'edited' });
    expect(record.fields.number).toMatchObject({ state: 'pending', source: { weak: true } });
    expect(record.clerk.nomor_berkas).toBe('B-07/2025');
    expect(record.status).toBe('pending');

    const first = join(dir, 'first');
    await call(backend, 'export.dataset', { dir: first, includePending: true });
    const lines = readDataset(first).jsonl('documents.jsonl');
    const decreeName = (await call(backend, 'documents.get', { id: decreeId })).name;
    expect(lines.map((l) => [l.name, l.decree])).toEqual(
      expect.arrayContaining([
        [decreeName, withoutId(record)],
        [expect.not.stringMatching(decreeName), null],
      ]),
    );
    expect(readDataset(first).csvRows('decrees.csv')).toHaveLength(1);
    expect(readDataset(first).text('README.md')).toContain('**Decree records**');
    // Confirmed records only by default, as decrees.csv: the pending one stays out of both.
    const confirmedOnly = join(dir, 'confirmed-only');
    await call(backend, 'export.dataset', { dir: confirmedOnly });
    expect(
      readDataset(confirmedOnly)
        .jsonl('documents.jsonl')
        .map((l) => l.decree),
    ).toEqual([null, null]);
    expect(readDataset(confirmedOnly).csvRows('decrees.csv')).toHaveLength(0);

    const other = emptyLibrary(dir, 'other');
    expect(await call(other, 'import.dataset', { dir: first })).toMatchObject({ added: 2 });
    const backId = await idByName(other, decreeName);
    const back = (await call(other, 'decrees.get', { documentId: backId })).record;
    expect(back && withoutId(back)).toEqual(withoutId(record));
    // The audit trail says where it came from and that the clerk had reviewed it there.
    expect((await mergedEvents(other, backId)).map((e) => e.after)).toEqual([
      expect.objectContaining({ source: first, newDocument: true, decreeRecord: { status: 'pending', reviewed: true } }),
    ]);

    const second = join(dir, 'second');
    await call(other, 'export.dataset', { dir: second, includePending: true });
    expect(readDataset(second).text('decrees.csv')).toBe(readDataset(first).text('decrees.csv'));
    expect(readDataset(second).text('decrees.csv')).toContain(SIGNATORY);
    await other.close();
    await backend.close();
  });

  it("keeps the library's own record, and the clerk's decisions on it, for a document it already holds", async () => {
    const dir = tempDir();
    const { backend, decreeId } = await reviewedDecreeLibrary(dir);
    const ds = join(dir, 'ds');
    await call(backend, 'export.dataset', { dir: ds, includePending: true });
    // After the export the clerk corrects the signatory again and confirms the record.
    await call(backend, 'decrees.editField', { documentId: decreeId, field: 'signatory', value: 'Ratna Dewi Lestari' });
    await call(backend, 'decrees.confirm', { documentId: decreeId, confirmed: true });
    const before = (await call(backend, 'decrees.get', { documentId: decreeId })).record;

    expect(await call(backend, 'import.dataset', { dir: ds })).toMatchObject({ added: 0, existing: 2 });
    expect((await call(backend, 'decrees.get', { documentId: decreeId })).record).toEqual(before);
    const merged = await mergedEvents(backend, decreeId);
    expect(merged.map((e) => e.after)).toEqual([expect.objectContaining({ source: ds, newDocument: false })]);
    expect(merged[0]!.after).not.toHaveProperty('decreeRecord');
    await backend.close();
  });

  it('imports a dataset written before records travelled; refuses a malformed record naming file and line, writing nothing', async () => {
    const dir = tempDir();
    const { backend } = await reviewedDecreeLibrary(dir);
    const ds = join(dir, 'ds');
    await call(backend, 'export.dataset', { dir: ds, includePending: true });
    await backend.close();
    const path = join(ds, 'documents.jsonl');
    const original = readFileSync(path, 'utf8');
    const lines = original.split('\n').filter((l) => l.length > 0);
    const at = lines.findIndex((l) => (JSON.parse(l) as { decree: unknown }).decree !== null);
    const rewrite = (change: (line: { decree?: Record<string, unknown> | null }) => void) =>
      writeFileSync(
        path,
        `${lines
          .map((l, i) => {
            if (i !== at) return l;
            const line = JSON.parse(l) as { decree?: Record<string, unknown> | null };
            change(line);
            return JSON.stringify(line);
          })
          .join('\n')}\n`,
      );

    const target = emptyLibrary(dir, 'target');
    rewrite((line) => {
      (line.decree!.fields as Record<string, { state: string }>).title!.state = 'maybe';
    });
    await expect(call(target, 'import.dataset', { dir: ds })).rejects.toThrow(
      new RegExp(`documents\\.jsonl, line ${at + 1}: decree\\.fields\\.title\\.state`),
    );
    rewrite((line) => {
      (line.decree!.fields as Record<string, { source: { end: number } }>).number!.source.end = 1_000_000;
    });
    await expect(call(target, 'import.dataset', { dir: ds })).rejects.toThrow(
      new RegExp(`documents\\.jsonl, line ${at + 1}: decree field number: the span .* lies outside`),
    );
    expect((await call(target, 'documents.list', { limit: 10, offset: 0 })).total).toBe(0);

    // A dataset from before: no `decree` on any line. It imports; the decree comes back without a record.
    writeFileSync(path, lines.map((l) => JSON.stringify({ ...(JSON.parse(l) as object), decree: undefined })).join('\n'));
    expect(readFileSync(path, 'utf8')).not.toContain('"decree"');
    expect(await call(target, 'import.dataset', { dir: ds })).toMatchObject({ added: 2 });
    const id = await idByName(target, (JSON.parse(lines[at]!) as { name: string }).name);
    expect((await call(target, 'decrees.get', { documentId: id })).record).toBeNull();
    await target.close();
  });
});
