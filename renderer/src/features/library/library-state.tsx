import { createContext, useCallback, useContext, useMemo, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { NO_FILTERS } from './library-filters.ts';
import type { LibraryFilters } from './library-filters.ts';

interface LibraryState {
  filters: LibraryFilters;
  setFilters(next: LibraryFilters): void;
  /** The row the keyboard is on, and where the list was scrolled: kept while a document is open. */
  activeIndex: number;
  setActiveIndex(index: number): void;
  /** Read when the library appears; written on scroll without redrawing anything. */
  scrollTop(): number;
  setScrollTop(top: number): void;
  /** Where in the library order the open document was (for "confirm and go to the next one"). */
  openedIndex: number | null;
  setOpenedIndex(index: number | null): void;
}

const LibraryStateContext = createContext<LibraryState | null>(null);

/** Library filters and position live above the routes so the library looks the same on return. */
export function LibraryStateProvider({ children }: { children: ReactNode }) {
  const [filters, setFiltersState] = useState<LibraryFilters>(NO_FILTERS);
  const [activeIndex, setActiveIndex] = useState(0);
  const scroll = useRef(0);
  const scrollTop = useCallback(() => scroll.current, []);
  const setScrollTop = useCallback((top: number) => {
    scroll.current = top;
  }, []);
  const [openedIndex, setOpenedIndex] = useState<number | null>(null);
  const value = useMemo<LibraryState>(
    () => ({
      filters,
      setFilters: (next) => {
        setFiltersState(next);
        setActiveIndex(0);
        scroll.current = 0;
      },
      activeIndex,
      setActiveIndex,
      scrollTop,
      setScrollTop,
      openedIndex,
      setOpenedIndex,
    }),
    [filters, activeIndex, scrollTop, setScrollTop, openedIndex],
  );
  return <LibraryStateContext.Provider value={value}>{children}</LibraryStateContext.Provider>;
}

export function useLibraryState(): LibraryState {
  const value = useContext(LibraryStateContext);
  if (!value) throw new Error('useLibraryState outside LibraryStateProvider');
  return value;
}
