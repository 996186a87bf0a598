import type { MethodArgs, MethodResult } from '../../../../shared/contract/api.ts';
import type { ListArgs } from '../library/library-filters.ts';

/** The one call this needs (the app's ApiClient is one; so is a test's stand-in). */
export interface DocumentLister {
  call(method: 'documents.list', args: MethodArgs<'documents.list'>): Promise<MethodResult<'documents.list'>>;
}

const PAGE = 500;

/**
 * The next document in the library order (the clerk's filters) that is not yet confirmed,
 * after `currentId` and then from the top; null when every other one is confirmed. Walks the
 * list a page at a time from where the current document was opened.
 */
export async function nextUnconfirmedId(
  api: DocumentLister,
  args: ListArgs,
  currentId: number,
  hintIndex: number | null,
): Promise<{ id: number; index: number } | null> {
  const first = await api.call('documents.list', { ...args, offset: 0, limit: 1 });
  const total = first.total;
  if (total === 0) return null;
  const start = Math.max(0, Math.min(total - 1, hintIndex ?? 0));
  // From the current place to the end, then from the top to it: each position once.
  for (let seen = 0; seen < total;) {
    const offset = (start + seen) % total;
    const limit = Math.min(PAGE, total - offset, total - seen);
    seen += limit;
    const page = await api.call('documents.list', { ...args, offset, limit });
    const at = page.items.findIndex((d) => d.id !== currentId && d.status !== 'confirmed');
    if (at >= 0) return { id: page.items[at]!.id, index: offset + at };
    if (page.items.length === 0) break;
  }
  return null;
}
