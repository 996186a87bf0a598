import { useEffect } from 'react';

/** "<what the clerk is looking at> — Lontar" in the window title and the taskbar. */
export function useDocumentTitle(title: string | null, appName: string): void {
  useEffect(() => {
    document.title = title ? `${title} — ${appName}` : appName;
  }, [title, appName]);
}
