import { useEffect, useRef, useState } from 'react';
import { useApi } from '../../api/ApiContext.tsx';
import { sortWords } from './page-boxes.ts';
import type { WordBox } from './review-types.ts';

export interface LoadedPage {
  pageNo: number;
  /** A blob: URL of the PNG (the CSP allows blob: images, nothing remote). */
  url: string;
  width: number;
  height: number;
  words: WordBox[];
}

/**
 * Page images of one document, fetched when shown (and the next one ahead of time), kept for
 * the life of the view and their blob URLs released when it closes.
 */
export function usePageImage(documentId: number, pageNo: number | null, pageCount: number): { page: LoadedPage | null; error: unknown } {
  const api = useApi();
  const cache = useRef(new Map<number, Promise<LoadedPage>>());
  const urls = useRef<string[]>([]);
  const [page, setPage] = useState<LoadedPage | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    const owned = urls.current;
    const pages = cache.current;
    return () => {
      for (const url of owned.splice(0)) URL.revokeObjectURL(url);
      pages.clear();
    };
  }, [documentId]);

  useEffect(() => {
    if (pageNo === null) return;
    let live = true;
    const load = (n: number): Promise<LoadedPage> => {
      let promise = cache.current.get(n);
      if (!promise) {
        promise = api.call('documents.page', { id: documentId, pageNo: n }).then((p) => {
          // Copy into a fresh ArrayBuffer-backed array: Blob wants exactly that.
          const url = URL.createObjectURL(new Blob([new Uint8Array(p.png)], { type: 'image/png' }));
          urls.current.push(url);
          return { pageNo: p.pageNo, url, width: p.width, height: p.height, words: sortWords(p.words) };
        });
        promise.catch(() => cache.current.delete(n));
        cache.current.set(n, promise);
      }
      return promise;
    };
    setError(null);
    load(pageNo).then(
      (p) => {
        if (!live) return;
        setPage(p);
        if (pageNo < pageCount) void load(pageNo + 1).catch(() => undefined);
      },
      (e: unknown) => {
        if (live) setError(e);
      },
    );
    return () => {
      live = false;
    };
  }, [api, documentId, pageNo, pageCount]);

  return { page: page && page.pageNo === pageNo ? page : null, error };
}
