import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackend } from '../../../electron/backend/backend.ts';
import type { Backend } from '../../../electron/backend/backend.ts';
import type { MethodArgs, MethodName, MethodResult } from '../../../shared/contract/api.ts';
import { dispatch } from '../../../shared/contract/dispatch.ts';
import type { ApiError } from '../../../shared/contract/errors.ts';
import { plainTextParts } from '../../helpers/plain-text-parts.ts';
import { useTempDirs } from '../../helpers/temp-dir.ts';

const tempDir = useTempDirs();
const TEXT = 'Dinas Sosial Kabupaten Musi Banyuasin meraih nilai 4,52 pada 14 Maret 2025.';
const spanOf = (part: string) => ({ start: TEXT.indexOf(part), end: TEXT.indexOf(part) + part.length });

async function call<M extends MethodName>(backend: Backend, method: M, args: MethodArgs<M>): Promise<MethodResult<M>> {
  const result = await dispatch(backend.handlers, method, args);
  if (!result.ok) throw Object.assign(new Error(result.error.message), { api: result.error });
  return result.value as MethodResult<M>;
}

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    return (error as { api: ApiError }).api;
  }
  throw new Error('expected the call to fail');
}

async function withDocument(dataDir = join(tempDir(), 'data')) {
  const backend = createBackend({ dataDir, version: 'test', parts: plainTextParts(), systemUser: 'sistem' });
  const file = join(tempDir(), 'a.txt');
  writeFileSync(file, TEXT);
  const { jobId } = await call(backend, 'import.start', { sources: [{ path: file }] });
  const summary = await backend.importer.whenDone(jobId)!;
  const id = summary.imported[0]!.id;
  const doc = await call(backend, 'documents.get', { id });
  return { backend, id, entityId: doc.entities[0]!.id, dataDir };
}

describe('review', () => {
  it('accepts and rejects at once, puts the document in review and writes the audit trail', async () => {
    const { backend, id, entityId } = await withDocument();
    const accepted = await call(backend, 'entities.review', { id: entityId, action: 'accept' });
    expect(accepted.entities[0]).toMatchObject({ id: entityId, status: 'confirmed' });
    expect(accepted.document).toMatchObject({ status: 'in_review', confirmedCount: 1, pendingCount: 0 });
    expect(accepted.canUndo).toBe(true);
    const rejected = await call(backend, 'entities.review', { id: entityId, action: 'reject' });
    expect(rejected.entities[0]!.status).toBe('rejected');
    const { events } = await call(backend, 'documents.history', { id });
    expect(events.map((e) => e.action)).toEqual(['document.status', 'entity.accept', 'entity.reject']);
    expect(events[1]).toMatchObject({
      actor: 'sistem',
      entityId,
      before: expect.objectContaining({ status: 'pending' }),
      after: expect.objectContaining({ status: 'confirmed' }),
    });
    await call(backend, 'settings.set', { clerkName: 'Sari Dewi' });
    await call(backend, 'entities.review', { id: entityId, action: 'accept' });
    expect((await call(backend, 'documents.history', { id })).events.at(-1)!.actor).toBe('Sari Dewi');
    await backend.close();
  });

  it('edits values, refusing ones invalid for the type with a field message', async () => {
    const { backend, id } = await withDocument();
    const added = await call(backend, 'entities.add', {
      documentId: id,
      type: 'date',
      ...spanOf('14 Maret 2025'),
      normalized: '2025-03-14',
    });
    const date = added.entities[0]!;
    expect(date).toMatchObject({ type: 'date', text: '14 Maret 2025', origin: 'clerk', status: 'confirmed', normalized: '2025-03-14' });
    const bad = await failure(call(backend, 'entities.edit', { id: date.id, normalized: '2025-02-30' }));
    expect(bad).toMatchObject({
      code: 'invalid_request',
      issues: [{ path: 'normalized', message: '2025-02-30 is not a date that exists.' }],
    });
    const region = await failure(
      call(backend, 'entities.add', { documentId: id, type: 'region', ...spanOf('Kabupaten Musi Banyuasin'), normalized: '99.99' }),
    );
    expect(region.issues?.[0]).toMatchObject({
      path: 'normalized',
      message: expect.stringMatching(/not a province, regency or city code/),
    });
    const score = await call(backend, 'entities.add', {
      documentId: id,
      type: 'score',
      ...spanOf('4,52'),
      attributes: { year: '2024', grade: 'A' },
    });
    expect(score.entities[0]).toMatchObject({ normalized: '4.52', text: '4,52' });
    const edited = await call(backend, 'entities.edit', { id: score.entities[0]!.id, attributes: { year: '2025', grade: 'A' } });
    expect(edited.entities[0]).toMatchObject({ status: 'edited', attributes: { year: '2025', grade: 'A' } });
    expect(
      (await failure(call(backend, 'entities.edit', { id: score.entities[0]!.id, attributes: { year: '25' } }))).issues?.[0]?.path,
    ).toBe('attributes.year');
    await backend.close();
  });

  it('undoes and redoes every action, batches included, and a new action clears redo', async () => {
    const { backend, id, entityId } = await withDocument();
    const add = await call(backend, 'entities.add', {
      documentId: id,
      type: 'organization',
      ...spanOf('Dinas Sosial'),
      normalized: 'Dinas Sosial',
    });
    const clerkId = add.entities[0]!.id;
    await call(backend, 'entities.review', { id: entityId, action: 'reject' });
    let undo = await call(backend, 'review.undo', { documentId: id });
    expect(undo.entities[0]).toMatchObject({ id: entityId, status: 'pending' });
    undo = await call(backend, 'review.undo', { documentId: id });
    expect(undo.removedEntityIds).toEqual([clerkId]);
    expect(undo.document.status).toBe('new'); // the auto move to review is undone with the first action
    expect(undo.canUndo).toBe(false);
    expect(undo.canRedo).toBe(true);
    const redo = await call(backend, 'review.redo', { documentId: id });
    expect(redo.entities[0]).toMatchObject({ id: clerkId, normalized: 'Dinas Sosial', status: 'confirmed' });
    expect(redo.canRedo).toBe(true);
    await call(backend, 'entities.acceptAbove', { documentId: id, threshold: 0.5 });
    expect((await call(backend, 'documents.get', { id })).entities.find((e) => e.id === entityId)!.status).toBe('confirmed');
    const afterNew = await call(backend, 'review.undo', { documentId: id });
    expect(afterNew.canRedo).toBe(true);
    expect(afterNew.entities.map((e) => e.status)).toEqual(['pending']);
    const confirmed = await call(backend, 'documents.setStatus', { id, status: 'confirmed' });
    expect(confirmed.document.status).toBe('confirmed');
    expect(confirmed.canRedo).toBe(false);
    expect((await call(backend, 'review.undo', { documentId: id })).document.status).toBe('in_review');
    const actions = (await call(backend, 'documents.history', { id })).events.map((e) => e.action);
    expect(actions.filter((a) => a === 'undo')).toHaveLength(4);
    await backend.close();
  });

  it('keeps every decision across a restart of the backend', async () => {
    const { backend, id, entityId, dataDir } = await withDocument();
    await call(backend, 'entities.review', { id: entityId, action: 'accept' });
    await backend.close();
    const again = createBackend({ dataDir, version: 'test', parts: plainTextParts() });
    expect((await call(again, 'documents.get', { id })).entities[0]!.status).toBe('confirmed');
    expect((await call(again, 'review.undo', { documentId: id })).entities[0]!.status).toBe('pending');
    await again.close();
  });

  it('moves documents to the trash and back, and empties it with an audit record', async () => {
    const { backend, id, dataDir } = await withDocument();
    await call(backend, 'documents.delete', { id });
    expect((await call(backend, 'documents.list', {})).total).toBe(0);
    expect((await call(backend, 'documents.list', { trashed: true })).items.map((d) => d.id)).toEqual([id]);
    expect((await failure(call(backend, 'entities.acceptAbove', { documentId: id, threshold: 0 }))).code).toBe('conflict');
    await call(backend, 'documents.restore', { id });
    expect((await call(backend, 'documents.list', {})).total).toBe(1);
    await call(backend, 'documents.delete', { id });
    // The kept original (and a page image cached from it) outlive the trash until it is emptied.
    const hash = backend.store.documents.get(id)!.contentHash;
    const original = join(dataDir, 'originals', hash.slice(0, 2), hash);
    const pageImage = join(dataDir, 'cache', 'pages', `${hash}-1.png`);
    mkdirSync(dirname(pageImage), { recursive: true });
    writeFileSync(pageImage, 'png');
    expect(readFileSync(original, 'utf8')).toBe(TEXT);
    expect(await call(backend, 'trash.empty', {})).toEqual({ purged: 1 });
    expect((await failure(call(backend, 'documents.get', { id }))).code).toBe('not_found');
    const audit = backend.store.reviewEvents.history(id).map((e) => e.action);
    expect(audit).toEqual(['document.delete', 'document.restore', 'document.delete', 'document.purge']);
    expect(existsSync(original)).toBe(false);
    expect(existsSync(pageImage)).toBe(false);
    await backend.close();
  });
});
