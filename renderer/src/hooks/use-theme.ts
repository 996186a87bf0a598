import { useCallback, useEffect, useState } from 'react';

export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

const KEY = 'lontar.theme';

function storedTheme(): Theme {
  const saved = localStorage.getItem(KEY);
  return saved === 'light' || saved === 'dark' ? saved : 'system';
}

const systemDark = () => window.matchMedia('(prefers-color-scheme: dark)');

/**
 * Applies a theme to the document root as data-theme="light"|"dark" ("system" resolved here and
 * kept in step with the system setting), so the stylesheet holds each palette once.
 * Returns the cleanup of the system listener.
 */
export function applyTheme(theme: Theme): () => void {
  const root = document.documentElement;
  if (theme !== 'system') {
    root.dataset.theme = theme;
    return () => undefined;
  }
  const query = systemDark();
  const follow = () => {
    root.dataset.theme = query.matches ? 'dark' : 'light';
  };
  follow();
  query.addEventListener('change', follow);
  return () => query.removeEventListener('change', follow);
}

/** The chosen theme, remembered on this machine; the default follows the system. */
export function useTheme(): [Theme, (theme: Theme) => void] {
  const [theme, setThemeState] = useState<Theme>(storedTheme);
  useEffect(() => applyTheme(theme), [theme]);
  const setTheme = useCallback((next: Theme) => {
    if (next === 'system') localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, next);
    setThemeState(next);
  }, []);
  return [theme, setTheme];
}
