import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { MethodResult } from '../../../../shared/contract/api.ts';
import { useApi } from '../../api/ApiContext.tsx';
import type { ListArgs } from './library-filters.ts';

export type DocumentSummary = MethodResult<'documents.list'>['items'][number];

/** Rows per call: small enough to answer fast, large enough that scrolling rarely waits. */
export const PAGE_SIZE = 200;

interface ListState {
  key: string;
  generation: number;
  total: number | null;
  pages: Map<number, DocumentSummary[]>;
  error: unknown;
}

export interface DocumentList {
  /** Null until the first page of the current filters arrived. */
  total: number | null;
  /** True while the rows shown belong to older filters (a new search is on its way). */
  stale: boolean;
  itemAt(index: number): DocumentSummary | undefined;
  /** Fetches the pages covering rows [first, last) that are not there yet. */
  ensureRange(first: number, last: number): void;
  /** Fetches the rows on screen again (after an import or a change elsewhere). */
  refresh(): void;
  error: unknown;
}

/**
 * The library as pages fetched on demand: `documents.list` gives at most 1000 rows per call,
 * so only the pages the clerk scrolls to are asked for. Answers for older filters are dropped.
 */
export function useDocumentList(args: ListArgs): DocumentList {
  const api = useApi();
  const key = JSON.stringify(args);
  const [state, setState] = useState<ListState>({ key: '', generation: 0, total: null, pages: new Map(), error: null });
  // The latest state for ensureRange, which must stay one function (the list calls it on scroll).
  const live = useRef(state);
  useLayoutEffect(() => {
    live.current = state;
  }, [state]);
  const request = useRef({ key, generation: 0, inflight: new Set<number>(), range: [0, 50] as [number, number] });

  const fetchPage = useCallback(
    (page: number, generation: number, forKey: string) => {
      const req = request.current;
      req.inflight.add(page);
      const parsed = JSON.parse(forKey) as ListArgs;
      api.call('documents.list', { ...parsed, limit: PAGE_SIZE, offset: page * PAGE_SIZE }).then(
        (result) => {
          if (request.current.generation !== generation) return;
          req.inflight.delete(page);
          setState((prev) => {
            // The first answer of a new generation starts a new page map (keeping the rows on
            // screen of the same filters, so a refresh does not blink).
            let pages: Map<number, DocumentSummary[]>;
            if (prev.generation === generation) pages = new Map(prev.pages);
            else if (prev.key === forKey) pages = new Map([...prev.pages].filter(([p]) => isVisiblePage(p, request.current.range)));
            else pages = new Map();
            pages.set(page, result.items);
            return { key: forKey, generation, total: result.total, pages, error: null };
          });
        },
        (error: unknown) => {
          if (request.current.generation !== generation) return;
          req.inflight.delete(page);
          setState((prev) => ({ ...prev, error }));
        },
      );
    },
    [api],
  );

  const start = useCallback(
    (forKey: string, pages: number[]) => {
      const req = request.current;
      req.generation++;
      req.key = forKey;
      req.inflight = new Set();
      for (const page of pages) fetchPage(page, req.generation, forKey);
    },
    [fetchPage],
  );

  useEffect(() => {
    // New filters: the list starts from the top.
    request.current.range = [0, 50];
    start(key, [0]);
  }, [key, start]);

  const ensureRange = useCallback(
    (first: number, last: number) => {
      const req = request.current;
      req.range = [first, last];
      const current = live.current;
      const pages = current.key === req.key && current.generation === req.generation ? current.pages : null;
      for (let p = Math.floor(first / PAGE_SIZE); p <= Math.floor(Math.max(first, last - 1) / PAGE_SIZE); p++) {
        if (current.total !== null && p * PAGE_SIZE >= current.total && p > 0) break;
        if (pages?.has(p) || req.inflight.has(p)) continue;
        fetchPage(p, req.generation, req.key);
      }
    },
    [fetchPage],
  );

  const refresh = useCallback(() => {
    const [first, last] = request.current.range;
    const pages: number[] = [];
    for (let p = Math.floor(first / PAGE_SIZE); p <= Math.floor(Math.max(first, last - 1) / PAGE_SIZE); p++) pages.push(p);
    start(request.current.key, pages);
  }, [start]);

  return useMemo(
    () => ({
      total: state.total,
      stale: state.key !== key,
      error: state.error,
      itemAt: (index: number) => state.pages.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE],
      ensureRange,
      refresh,
    }),
    [state, key, ensureRange, refresh],
  );
}

function isVisiblePage(page: number, [first, last]: [number, number]): boolean {
  return page >= Math.floor(first / PAGE_SIZE) && page <= Math.floor(Math.max(first, last - 1) / PAGE_SIZE);
}
