import { useCallback, useEffect, useState } from 'react';
import type { MethodResult } from '../../../../shared/contract/api.ts';
import { useApi } from '../../api/ApiContext.tsx';
import type { ListArgs } from './library-filters.ts';
import { useListRefresh } from './use-list-refresh.ts';

export type FilterCounts = MethodResult<'documents.counts'>;

/** The counts on the library's filters for the current filters, fetched again when documents change. */
export function useFilterCounts(args: ListArgs): FilterCounts | null {
  const api = useApi();
  const { sort: _sort, descending: _descending, ...filter } = args;
  const key = JSON.stringify(filter);
  const [state, setState] = useState<{ key: string; counts: FilterCounts } | null>(null);
  const [generation, setGeneration] = useState(0);
  const refresh = useCallback(() => setGeneration((g) => g + 1), []);
  useListRefresh(refresh);
  useEffect(() => {
    let live = true;
    // A failure leaves the filters without counts: they still work.
    api.call('documents.counts', JSON.parse(key) as ListArgs).then(
      (counts) => {
        if (live) setState({ key, counts });
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [api, key, generation]);
  // Counts of older filters stay shown until the new ones arrive (no blinking on each letter).
  return state?.counts ?? null;
}
