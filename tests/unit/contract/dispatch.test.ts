import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../shared/contract/dispatch.ts';
import type { Handlers } from '../../../shared/contract/dispatch.ts';
import { WorkbenchError } from '../../../shared/contract/errors.ts';
import { fromWire, toWire, bytesToBase64, base64ToBytes } from '../../../shared/contract/wire.ts';

const summary = {
  id: 1,
  name: 'a.txt',
  sourcePath: null,
  status: 'new',
  sourceType: 'text',
  mime: 'text/plain',
  size: 1,
  importedAt: '2025-01-01T00:00:00.000Z',
  title: null,
  pageCount: 0,
  pendingCount: 0,
  confirmedCount: 0,
  nearDuplicateOf: null,
  decree: null,
  snippet: null,
} as const;

function handlers(overrides: Partial<Handlers>): Handlers {
  return overrides as Handlers;
}

describe('dispatch', () => {
  it('validates arguments, fills defaults and wraps the result', async () => {
    let seen: unknown;
    const h = handlers({
      'documents.list': (args) => {
        seen = args;
        return { total: 1, items: [summary] };
      },
    });
    const result = await dispatch(h, 'documents.list', { query: 'sosial' });
    expect(result).toEqual({ ok: true, value: { total: 1, items: [summary] } });
    expect(seen).toEqual({ query: 'sosial', sort: 'imported', descending: false, trashed: false, limit: 200, offset: 0 });
  });

  it('returns typed errors for unknown methods and malformed calls, without calling the handler', async () => {
    let called = false;
    const h = handlers({
      'documents.get': () => {
        called = true;
        throw new Error('unreachable');
      },
    });
    expect(await dispatch(h, 'documents.drop', {})).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    expect(await dispatch(h, '__proto__', {})).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    expect(await dispatch(h, 42, {})).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    const bad = await dispatch(h, 'documents.get', { id: 'one' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_request', issues: [{ path: 'id' }] } });
    expect(await dispatch(h, 'documents.get', { id: 1, extra: true })).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    expect(await dispatch(h, 'documents.get', 'not an object')).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    expect(called).toBe(false);
  });

  it('turns handler failures into envelopes instead of throwing into the host', async () => {
    const h = handlers({
      'documents.get': () => {
        throw new WorkbenchError('not_found', 'Document 9 does not exist.');
      },
      'documents.list': () => {
        throw new TypeError('boom');
      },
      'app.info': () => ({ version: 1 }) as never,
    });
    expect(await dispatch(h, 'documents.get', { id: 9 })).toEqual({
      ok: false,
      error: { code: 'not_found', message: 'Document 9 does not exist.' },
    });
    expect(await dispatch(h, 'documents.list', {})).toMatchObject({
      ok: false,
      error: { code: 'internal', message: 'Unexpected error: boom' },
    });
    // A handler returning data outside the contract is a backend bug, reported, not passed on.
    expect(await dispatch(h, 'app.info', {})).toMatchObject({ ok: false, error: { code: 'internal' } });
  });
});

describe('wire codec', () => {
  it('carries bytes through JSON, Node Buffers included', () => {
    const bytes = new Uint8Array(1000).map((_, i) => (i * 37) % 256);
    const decoded = fromWire(toWire({ name: 'x', bytes, buffer: Buffer.from([1, 2, 3]) })) as { bytes: Uint8Array; buffer: Uint8Array };
    expect([...decoded.bytes]).toEqual([...bytes]);
    expect([...decoded.buffer]).toEqual([1, 2, 3]);
    for (const n of [0, 1, 2, 3, 4, 5, 30000]) {
      const b = new Uint8Array(n).map((_, i) => (i * 7 + 3) % 256);
      expect(bytesToBase64(b)).toBe(Buffer.from(b).toString('base64'));
      expect([...base64ToBytes(Buffer.from(b).toString('base64'))]).toEqual([...b]);
    }
    expect(() => base64ToBytes('ab$d')).toThrow(/Invalid base64/);
  });
});
