import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Backend } from '../../../electron/backend/backend.ts';
import type { MethodArgs, MethodName, MethodResult } from '../../../shared/contract/api.ts';
import { dispatch } from '../../../shared/contract/dispatch.ts';
import type { ApiError } from '../../../shared/contract/errors.ts';
import { documentZones, zoneIndexAt } from '../../../shared/review/zones.ts';
import { openBackend } from '../../../electron/backend/open-backend.ts';
import { useTempDirs } from '../../helpers/temp-dir.ts';

/*
 * Issue 11, item 1: bulk accept/reject of a zone, a type, a selection, or below a confidence is
 * one undo step in the audit trail, and on zero items writes nothing. Item 3: a span moved by
 * keyboard is checked by the backend too. Real backend (readers and extraction engine), real
 * SQLite file, every call through the contract's dispatch as the hosts make it.
 */
const tempDir = useTempDirs();
const TEXT = [
  'Dinas Sosial Kabupaten Musi Banyuasin menerima kunjungan kerja pada 14 Maret 2025.',
  '',
  'TARIF PERJALANAN DINAS',
  'Kabupaten Ogan Ilir 1.200.000 1.400.000',
  'Kabupaten Lahat 1.300.000 1.500.000',
  'Kota Palembang 1.100.000 1.250.000',
  'Kota Pagar Alam 1.450.000 1.700.000',
  '',
  'Bupati Musi Banyuasin menetapkan tarif ini untuk dilaksanakan oleh seluruh perangkat daerah.',
].join('\n');

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

async function withDocument(text = TEXT) {
  const backend = await openBackend({ dataDir: join(tempDir(), 'data') });
  const file = join(tempDir(), 'tarif.txt');
  writeFileSync(file, text);
  const { jobId } = await call(backend, 'import.start', { sources: [{ path: file }] });
  const id = (await backend.importer.whenDone(jobId)!).imported[0]!.id;
  const doc = await call(backend, 'documents.get', { id });
  return { backend, id, doc };
}

describe('bulk review', () => {
  it('rejects a table zone in one step, in the audit trail, and one undo brings every entity back', async () => {
    const { backend, id, doc } = await withDocument();
    const zones = documentZones(doc.text);
    expect(zones.map((z) => z.kind)).toEqual(['body', 'table']);
    const inTable = doc.entities.filter((e) => zoneIndexAt(zones, e.start) === 1);
    expect(inTable.map((e) => e.text)).toEqual(['Kabupaten Ogan Ilir', 'Kabupaten Lahat', 'Kota Palembang', 'Kota Pagar Alam']);
    const outside = doc.entities.filter((e) => !inTable.includes(e));
    expect(outside.length).toBeGreaterThan(0);

    const rejected = await call(backend, 'entities.bulkReview', {
      documentId: id,
      action: 'reject',
      ids: inTable.map((e) => e.id),
      scope: 'zone',
    });
    expect(rejected.entities.map((e) => e.status)).toEqual(inTable.map(() => 'rejected'));
    expect(rejected.document.status).toBe('in_review');
    const history = (await call(backend, 'documents.history', { id })).events;
    expect(
      history
        .filter((e) => e.action === 'entity.reject')
        .map((e) => e.entityId)
        .sort(),
    ).toEqual(inTable.map((e) => e.id).sort());
    expect(history.find((e) => e.action === 'bulk.reject')).toMatchObject({
      actor: expect.any(String),
      after: { scope: 'zone', count: 4 },
    });

    const undone = await call(backend, 'review.undo', { documentId: id });
    expect(undone.canUndo).toBe(false);
    const after = await call(backend, 'documents.get', { id });
    expect(after.entities.every((e) => e.status === 'pending')).toBe(true);
    expect(after.status).toBe('new');
    // One step: the new-document status change, the four rejections and the summary were one batch.
    const undo = (await call(backend, 'documents.history', { id })).events.find((e) => e.action === 'undo');
    expect((undo?.after as { actions: string[] }).actions).toEqual([
      'document.status',
      ...inTable.map(() => 'entity.reject'),
      'bulk.reject',
    ]);
    const redone = await call(backend, 'review.redo', { documentId: id });
    expect(redone.entities.filter((e) => e.status === 'rejected')).toHaveLength(4);
    await backend.close();
  });

  it('leaves decided entities as decided and on zero pending items writes nothing', async () => {
    const { backend, id, doc } = await withDocument();
    const [first, ...rest] = doc.entities;
    await call(backend, 'entities.review', { id: first!.id, action: 'accept' });
    const accepted = await call(backend, 'entities.bulkReview', {
      documentId: id,
      action: 'reject',
      ids: doc.entities.map((e) => e.id),
      scope: 'all',
    });
    expect(accepted.entities.map((e) => e.id)).toEqual(rest.map((e) => e.id));
    expect((await call(backend, 'documents.get', { id })).entities.find((e) => e.id === first!.id)!.status).toBe('confirmed');

    const before = (await call(backend, 'documents.history', { id })).events.length;
    const nothing = await call(backend, 'entities.bulkReview', {
      documentId: id,
      action: 'reject',
      ids: doc.entities.map((e) => e.id),
      scope: 'selection',
    });
    expect(nothing.entities).toEqual([]);
    const empty = await call(backend, 'entities.bulkReview', { documentId: id, action: 'accept', ids: [], scope: 'below' });
    expect(empty.entities).toEqual([]);
    expect((await call(backend, 'documents.history', { id })).events).toHaveLength(before);
    await backend.close();
  });

  it('on a new document, zero items leave it new and undo has nothing to undo (accept-above too)', async () => {
    const { backend, id } = await withDocument();
    const nothing = await call(backend, 'entities.acceptAbove', { documentId: id, threshold: 1 });
    expect(nothing).toMatchObject({ entities: [], canUndo: false, document: { status: 'new' } });
    const none = await call(backend, 'entities.bulkReview', { documentId: id, action: 'reject', ids: [], scope: 'type' });
    expect(none).toMatchObject({ entities: [], canUndo: false, document: { status: 'new' } });
    expect((await call(backend, 'documents.history', { id })).events).toEqual([]);
    await backend.close();
  });

  it('refuses entities of another document, unknown ones and malformed calls', async () => {
    const { backend, id, doc } = await withDocument();
    const other = await withDocumentIn(backend);
    expect(
      (
        await failure(
          call(backend, 'entities.bulkReview', { documentId: other, action: 'reject', ids: [doc.entities[0]!.id], scope: 'zone' }),
        )
      ).code,
    ).toBe('invalid_request');
    expect(
      (await failure(call(backend, 'entities.bulkReview', { documentId: id, action: 'reject', ids: [999_999], scope: 'zone' }))).code,
    ).toBe('not_found');
    expect(
      (await failure(call(backend, 'entities.bulkReview', { documentId: id, action: 'reset' as 'accept', ids: [], scope: 'zone' }))).code,
    ).toBe('invalid_request');
    expect((await call(backend, 'documents.history', { id })).events).toEqual([]);
    await backend.close();
  });
});

async function withDocumentIn(backend: Backend): Promise<number> {
  const file = join(tempDir(), 'lain.txt');
  writeFileSync(file, 'Kota Palembang menerima penghargaan pada 2 Mei 2025.');
  const { jobId } = await call(backend, 'import.start', { sources: [{ path: file }] });
  return (await backend.importer.whenDone(jobId)!).imported[0]!.id;
}

describe('moving a span', () => {
  const SPAN_TEXT = 'Kepala Dinas Sosial Kabupaten Musi Banyuasin hadir.';
  const at = (part: string) => ({ start: SPAN_TEXT.indexOf(part), end: SPAN_TEXT.indexOf(part) + part.length });

  it('widens a clerk entity, follows its key, undoes in one step, and refuses past the end or across another entity', async () => {
    const { backend, id, doc } = await withDocument(SPAN_TEXT);
    const region = doc.entities.find((e) => e.type === 'region')!;
    expect(region.text).toBe('Kabupaten Musi Banyuasin');
    const added = (await call(backend, 'entities.add', { documentId: id, type: 'organization', ...at('Dinas Sosial') })).entities[0]!;
    expect(added.normalized).toBe('Dinas Sosial');

    const wider = (await call(backend, 'entities.resize', { id: added.id, ...at('Dinas Sosial Kabupaten Musi Banyuasin') })).entities[0]!;
    expect(wider).toMatchObject({
      text: 'Dinas Sosial Kabupaten Musi Banyuasin',
      normalized: 'Dinas Sosial Kabupaten Musi Banyuasin',
      status: 'confirmed',
    });
    expect(wider.mentions).toEqual([expect.objectContaining({ ...at('Dinas Sosial Kabupaten Musi Banyuasin') })]);

    const crossing = await failure(call(backend, 'entities.resize', { id: added.id, ...at('Dinas Sosial Kabupaten Musi') }));
    expect(crossing).toMatchObject({ code: 'invalid_request', issues: [{ code: 'span_crosses' }] });
    const past = await failure(call(backend, 'entities.resize', { id: added.id, start: 7, end: SPAN_TEXT.length + 3 }));
    expect(past.issues?.[0]).toMatchObject({ code: 'span_outside' });

    // An extracted entity moved by the clerk counts as edited.
    const narrowed = (await call(backend, 'entities.resize', { id: region.id, ...at('Musi Banyuasin') })).entities[0]!;
    expect(narrowed).toMatchObject({ status: 'edited', text: 'Musi Banyuasin', normalized: region.normalized });

    await call(backend, 'review.undo', { documentId: id });
    await call(backend, 'review.undo', { documentId: id });
    const back = (await call(backend, 'documents.get', { id })).entities.find((e) => e.id === added.id)!;
    expect(back).toMatchObject({ text: 'Dinas Sosial', normalized: 'Dinas Sosial' });
    const actions = (await call(backend, 'documents.history', { id })).events.map((e) => e.action);
    expect(actions.filter((a) => a === 'entity.resize')).toHaveLength(2);
    await backend.close();
  });
});
