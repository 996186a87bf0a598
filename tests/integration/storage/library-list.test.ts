import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackend } from '../../../electron/backend/backend.ts';
import type { Backend } from '../../../electron/backend/backend.ts';
import { call, refusal } from '../../helpers/backend-calls.ts';
import { plainTextParts } from '../../helpers/plain-text-parts.ts';
import { useTempDirs } from '../../helpers/temp-dir.ts';

// Issue 11: the library sorts by its columns in SQL, shows where a search hit, and counts what
// each filter would show; records hint at one person spelled two ways.
const tempDir = useTempDirs();

const TEXTS: Record<string, string> = {
  'c-laporan.txt': 'Laporan tahunan. Dinas Sosial menyalurkan bantuan pangan kepada warga di tiga kecamatan pada bulan Maret.',
  'a-surat.txt': 'Surat edaran tentang jam kerja pegawai selama bulan puasa, tanpa menyebut dinas mana pun.',
  'b-berita.txt': 'Berita singkat: Dinas Sosial membuka posko pengaduan. Warga dapat melapor setiap hari kerja.',
};

async function library(dir: string): Promise<{ backend: Backend; ids: Record<string, number> }> {
  const backend = createBackend({ dataDir: join(dir, 'data'), version: 'test', parts: plainTextParts(), systemUser: 'tester' });
  const paths = Object.entries(TEXTS).map(([name, text]) => {
    writeFileSync(join(dir, name), text);
    return join(dir, name);
  });
  const { jobId } = await call(backend, 'import.start', { sources: paths.map((path) => ({ path })) });
  const summary = await backend.importer.whenDone(jobId)!;
  return { backend, ids: Object.fromEntries(summary.imported.map((i) => [i.file.slice(dir.length + 1), i.id])) };
}

describe('library list', () => {
  it('sorts by name and by pending count, either way, in SQL', async () => {
    const dir = tempDir();
    const { backend } = await library(dir);
    const names = async (sort: 'name' | 'pending', descending = false) =>
      (await call(backend, 'documents.list', { sort, descending })).items.map((d) => d.name);
    expect(await names('name')).toEqual(['a-surat.txt', 'b-berita.txt', 'c-laporan.txt']);
    expect(await names('name', true)).toEqual(['c-laporan.txt', 'b-berita.txt', 'a-surat.txt']);
    // One pending entity in each "Dinas Sosial" text, none in the circular; ties newest first.
    expect(await names('pending')).toEqual(['a-surat.txt', 'b-berita.txt', 'c-laporan.txt']);
    expect((await names('pending', true))[2]).toBe('a-surat.txt');
    // Only whitelisted columns: anything else is refused at the contract, before SQL.
    expect((await refusal(call(backend, 'documents.list', { sort: 'clean_text; DROP TABLE documents' as 'name' }))).code).toBe(
      'invalid_request',
    );
    await backend.close();
  });

  it('gives each search hit its passage, the hit marked as a piece of plain text', async () => {
    const dir = tempDir();
    const { backend } = await library(dir);
    const { items } = await call(backend, 'documents.list', { query: 'posko', sort: 'name' });
    expect(items.map((d) => d.name)).toEqual(['b-berita.txt']);
    const pieces = items[0]!.snippet!;
    expect(pieces.filter((p) => p.hit).map((p) => p.text)).toEqual(['posko']);
    expect(pieces.map((p) => p.text).join('')).toContain('membuka posko pengaduan');
    // Without a search there is no passage.
    expect((await call(backend, 'documents.list', {})).items.every((d) => d.snippet === null)).toBe(true);
    // Markup in the text stays text: the pieces never carry tags of their own.
    const tagged = join(dir, 'd-tag.txt');
    writeFileSync(tagged, 'Catatan <b>posko</b> lama & baru.');
    await backend.importer.whenDone((await call(backend, 'import.start', { sources: [{ path: tagged }] })).jobId);
    const hit = (await call(backend, 'documents.list', { query: 'posko', sort: 'name' })).items.find((d) => d.name === 'd-tag.txt')!;
    expect(hit.snippet!.map((p) => p.text).join('')).toBe('Catatan <b>posko</b> lama & baru.');
    await backend.close();
  });

  it('counts per filter value with the other filters applied', async () => {
    const dir = tempDir();
    const { backend, ids } = await library(dir);
    await call(backend, 'documents.setStatus', { id: ids['b-berita.txt']!, status: 'confirmed' });
    const all = await call(backend, 'documents.counts', {});
    expect(all.status).toEqual({ new: 2, confirmed: 1 });
    expect(all.entityType).toEqual({ organization: 2 });
    // Filtering by status does not narrow the status counts (they say what another choice gives) …
    const confirmed = await call(backend, 'documents.counts', { status: 'confirmed' });
    expect(confirmed.status).toEqual({ new: 2, confirmed: 1 });
    // … but narrows the others.
    expect(confirmed.entityType).toEqual({ organization: 1 });
    expect((await call(backend, 'documents.counts', { query: 'puasa' })).status).toEqual({ new: 1 });
    await backend.close();
  });
});

describe('records', () => {
  it('hints that "Toha" and "Toha Tohet", "Efendi" and "Effendi" may be one person, until merged', async () => {
    const dir = tempDir();
    const text =
      'Rapat dipimpin Toha Tohet. Toha menutup rapat. Sambutan oleh Efendi, lalu Effendi membacakan doa. Hadir juga Hendra dan Hendri.';
    writeFileSync(join(dir, 'rapat.txt'), text);
    const backend = createBackend({ dataDir: join(dir, 'data'), version: 'test', parts: plainTextParts(), systemUser: 'tester' });
    const { jobId } = await call(backend, 'import.start', { sources: [{ path: join(dir, 'rapat.txt') }] });
    const documentId = (await backend.importer.whenDone(jobId)!).imported[0]!.id;
    for (const name of ['Toha Tohet', 'Toha', 'Efendi', 'Effendi', 'Hendra', 'Hendri']) {
      const start = text.indexOf(name, name === 'Toha' ? text.indexOf('. Toha') : 0);
      await call(backend, 'entities.add', { documentId, type: 'official', start, end: start + name.length, normalized: name });
    }
    const hints = async () =>
      Object.fromEntries(
        (await call(backend, 'records.list', { type: 'official' })).items.map((r) => [r.key, r.likelyDuplicates.map((d) => d.key)]),
      );
    expect(await hints()).toEqual({
      'Toha Tohet': ['Toha'],
      Toha: ['Toha Tohet'],
      Efendi: ['Effendi'],
      Effendi: ['Efendi'],
      Hendra: [],
      Hendri: [],
    });
    await call(backend, 'records.merge', { type: 'official', from: 'Toha', into: 'Toha Tohet' });
    expect((await hints())['Toha Tohet']).toEqual([]);
    await backend.close();
  });
});
