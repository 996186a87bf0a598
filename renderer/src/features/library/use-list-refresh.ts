import { useEffect } from 'react';
import { useApi } from '../../api/ApiContext.tsx';

/** Fetches the rows on screen again when documents change (imports, reviews in another tab). */
export function useListRefresh(refresh: () => void): void {
  const api = useApi();
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    // Bursts (a folder of 500 files) become one refresh per quarter second.
    const kick = () => {
      if (timer !== undefined) return;
      timer = setTimeout(() => {
        timer = undefined;
        refresh();
      }, 250);
    };
    const offs = [
      api.on('document.updated', kick),
      api.on('import.finished', kick),
      api.on('import.progress', (p) => {
        if (p.phase === 'imported') kick();
      }),
    ];
    return () => {
      clearTimeout(timer);
      for (const off of offs) off();
    };
  }, [api, refresh]);
}
