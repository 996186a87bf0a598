import type { ApiClient } from '../../api/client.ts';
import type { ListArgs } from './library-filters.ts';

/**
 * The document after `currentId` in the library order (the clerk's filters). When confirming
 * made the current document leave a filtered list, the one now at its place is next.
 */
export async function nextDocumentId(
  api: ApiClient,
  args: ListArgs,
  currentId: number,
  hintIndex: number | null,
): Promise<{ id: number; index: number } | null> {
  const from = hintIndex == null ? 0 : Math.max(0, hintIndex - 25);
  const page = await api.call('documents.list', { ...args, offset: from, limit: hintIndex == null ? 1000 : 60 });
  const at = page.items.findIndex((d) => d.id === currentId);
  if (at >= 0) {
    const index = from + at + 1;
    const next = page.items[at + 1];
    if (next) return { id: next.id, index };
    if (index >= page.total) return null;
    const more = await api.call('documents.list', { ...args, offset: index, limit: 1 });
    return more.items[0] ? { id: more.items[0].id, index } : null;
  }
  if (hintIndex != null) {
    const candidate = page.items[hintIndex - from];
    if (candidate) return { id: candidate.id, index: hintIndex };
  }
  return null;
}
