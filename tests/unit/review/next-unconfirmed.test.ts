import { describe, expect, it } from 'vitest';
import { nextUnconfirmedId } from '../../../renderer/src/features/review/next-unconfirmed.ts';
import type { DocumentLister } from '../../../renderer/src/features/review/next-unconfirmed.ts';

/** A library of documents in list order, answering documents.list pages as the backend does. */
function library(statuses: string[]): DocumentLister & { calls: number } {
  const items = statuses.map((status, i) => ({ id: i + 1, status }));
  const client = {
    calls: 0,
    async call(method: string, args: { offset?: number; limit?: number }) {
      client.calls++;
      if (method !== 'documents.list') throw new Error(method);
      const offset = args.offset ?? 0;
      return { total: items.length, items: items.slice(offset, offset + (args.limit ?? 200)) };
    },
  };
  return client as unknown as DocumentLister & { calls: number };
}

describe('the next document c opens', () => {
  it('is the next one not yet confirmed after the current one, skipping confirmed ones', async () => {
    const api = library(['in_review', 'confirmed', 'confirmed', 'new', 'in_review']);
    expect(await nextUnconfirmedId(api, {}, 1, 0)).toEqual({ id: 4, index: 3 });
  });

  it('wraps to the top when the rest of the list is confirmed', async () => {
    const api = library(['new', 'confirmed', 'confirmed', 'confirmed']);
    expect(await nextUnconfirmedId(api, {}, 3, 2)).toEqual({ id: 1, index: 0 });
  });

  it('is none when every other document is confirmed, or the list is empty', async () => {
    expect(await nextUnconfirmedId(library(['confirmed', 'confirmed', 'confirmed']), {}, 2, 1)).toBeNull();
    expect(await nextUnconfirmedId(library([]), {}, 2, null)).toBeNull();
  });

  it('walks a long list a page at a time, each position once', async () => {
    const statuses = Array.from({ length: 1_200 }, (_, i) => (i === 10 ? 'new' : 'confirmed'));
    const api = library(statuses);
    expect(await nextUnconfirmedId(api, {}, 900, 899)).toEqual({ id: 11, index: 10 });
    expect(api.calls).toBeLessThanOrEqual(5);
  });
});
