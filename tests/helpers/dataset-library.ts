import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createBackend } from '../../electron/backend/backend.ts';
import type { Backend } from '../../electron/backend/backend.ts';
import type { MethodArgs, MethodName, MethodResult } from '../../shared/contract/api.ts';
import { dispatch } from '../../shared/contract/dispatch.ts';
import type { Attributes } from '../../shared/types/entity.ts';
import { importTexts } from './backend-calls.ts';
import { composedDecreeText, decreeParts } from './decree-parts.ts';
import { plainTextParts } from './plain-text-parts.ts';

export async function call<M extends MethodName>(backend: Backend, method: M, args: MethodArgs<M>): Promise<MethodResult<M>> {
  const result = await dispatch(backend.handlers, method, args);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as MethodResult<M>;
}

export const DATASET_TEXTS = {
  confirmed: 'Dinas Sosial Kabupaten Musi Banyuasin (kode 16.10) menetapkan Perda 1/2021.\nSel =SUM(A1) untuk Dinas Sosial.',
  inReview: 'Laporan Dinas Sosial yang belum diperiksa.',
  emoji: '🏛️ Dinas Sosial di Palembang, kode 16.71.',
  trashed: 'Dinas Sosial dalam dokumen yang dibuang.',
  fresh: 'Dokumen baru dari Dinas Sosial, belum dibuka.',
};

/**
 * A small library for dataset exports: one confirmed document with codes a spreadsheet would
 * mangle (16.10, 1/2021, a formula-looking cell), one in review, one new with an emoji (UTF-16
 * and code points apart, confirmed), one in the trash, one never opened.
 */
export async function datasetLibrary(dir: string) {
  const parts = { ...plainTextParts(), regionExists: () => true };
  const backend = createBackend({ dataDir: join(dir, 'data'), version: '9.9.9-test', parts, systemUser: 'sistem' });
  const names = Object.keys(DATASET_TEXTS) as Array<keyof typeof DATASET_TEXTS>;
  const files = names.map((name) => {
    const file = join(dir, `${name}.txt`);
    writeFileSync(file, DATASET_TEXTS[name]);
    return file;
  });
  const { jobId } = await call(backend, 'import.start', { sources: files.map((path) => ({ path })) });
  const imported = (await backend.importer.whenDone(jobId)!).imported;
  const id = Object.fromEntries(
    names.map((name, i) => [name, imported.find((item) => item.file.endsWith(files[i]!.split('/').pop()!))!.id]),
  ) as Record<keyof typeof DATASET_TEXTS, number>;

  const text = DATASET_TEXTS.confirmed;
  const confirmed = await call(backend, 'documents.get', { id: id.confirmed });
  await call(backend, 'entities.review', { id: confirmed.entities[0]!.id, action: 'accept' });
  const add = (
    documentId: number,
    source: string,
    type: MethodArgs<'entities.add'>['type'],
    surface: string,
    normalized?: string,
    from = 0,
  ) => {
    const start = source.indexOf(surface, from);
    return call(backend, 'entities.add', { documentId, type, start, end: start + surface.length, ...(normalized ? { normalized } : {}) });
  };
  await add(id.confirmed, text, 'region', 'Kabupaten Musi Banyuasin', '16.10');
  await add(id.confirmed, text, 'decree', 'Perda 1/2021', '1/2021');
  await add(id.confirmed, text, 'organization', '=SUM(A1)', '=SUM(A1)');
  await call(backend, 'documents.setStatus', { id: id.confirmed, status: 'confirmed' });

  const review = await call(backend, 'documents.get', { id: id.inReview });
  await call(backend, 'documents.setStatus', { id: id.inReview, status: 'in_review' });
  await add(id.emoji, DATASET_TEXTS.emoji, 'region', 'Palembang', '16.71');
  const emoji = await call(backend, 'documents.get', { id: id.emoji });
  for (const e of emoji.entities) await call(backend, 'entities.review', { id: e.id, action: 'accept' });
  await call(backend, 'documents.setStatus', { id: id.emoji, status: 'confirmed' });
  await call(backend, 'documents.delete', { id: id.trashed });
  return { backend, id, pendingInReview: review.entities.length };
}

/** The score and decree records `mergedRecordsLibrary`'s clerk merged: each `from` into its `into`. */
export const MERGED_RECORDS = {
  score: { from: '4.52|Sukamaju|IPP|2024', into: '4.52|16.99|IPP|2024' },
  // "Bupati Sukamaju" folds to bupatisukamaju, "Bupati Kabupaten Sukamaju" to its initials: two records until merged.
  decree: { from: '188.45/0545/DISPUS/2025|kepkada|bupatisukamaju', into: '188.45/0545/DISPUS/2025|kepkada|bks' },
} as const;

/**
 * A library where a clerk merged two score records (one subject keyed by its region code, once by
 * its bare name) and two decree records (one instrument, its issuer written two ways): a composed
 * decree with its stored record, and a composed article citing it and giving the scores. The
 * extractor's suggestions are rejected, so the records are the clerk's own, keys set by hand.
 */
export async function mergedRecordsLibrary(dir: string) {
  const { parts } = decreeParts();
  const backend = createBackend({
    dataDir: join(dir, 'data'),
    version: '9.9.9-test',
    parts: { ...parts, regionExists: () => true },
    systemUser: 'sistem',
  });
  const article = [
    'Kabupaten Sukamaju meraih nilai 4,52 dalam IPP 2024.',
    'Sukamaju dengan nilai 4,52 menjadi contoh daerah lain.',
    'Keputusan Bupati Kabupaten Sukamaju Nomor 188.45/0545/DISPUS/2025 menetapkan taman bacaan.',
  ].join('\n');
  const texts = [composedDecreeText(), article];
  const ids = await importTexts(backend, dir, texts);
  for (const id of ids) {
    for (const e of (await call(backend, 'documents.get', { id })).entities) {
      if (e.status === 'pending') await call(backend, 'entities.review', { id: e.id, action: 'reject' });
    }
  }
  const add = (doc: number, surface: string, from: number, type: 'score' | 'decree', normalized: string, attributes: Attributes) => {
    const start = texts[doc]!.indexOf(surface, from);
    return call(backend, 'entities.add', { documentId: ids[doc]!, type, start, end: start + surface.length, normalized, attributes });
  };
  const number = '188.45/0545/DISPUS/2025';
  await add(0, number, 0, 'decree', number, { kind: 'kepkada', issuer: 'Bupati Sukamaju' });
  await add(1, number, 0, 'decree', number, { kind: 'kepkada', issuer: 'Bupati Kabupaten Sukamaju' });
  const score = { index: 'IPP', year: '2024' };
  await add(1, '4,52', 0, 'score', '4.52', { ...score, subject: 'Kabupaten Sukamaju', subject_key: '16.99' });
  await add(1, '4,52', article.indexOf('\n'), 'score', '4.52', { ...score, subject: 'Sukamaju', subject_key: 'Sukamaju' });
  for (const id of ids) await call(backend, 'documents.setStatus', { id, status: 'confirmed' });
  for (const type of ['score', 'decree'] as const) await call(backend, 'records.merge', { type, ...MERGED_RECORDS[type] });
  return { backend, ids };
}
