import { useCallback, useEffect, useState } from 'react';

export type Route =
  | { view: 'library' }
  | { view: 'document'; id: number }
  | { view: 'records' }
  | { view: 'trash' }
  | { view: 'export' }
  | { view: 'settings' };

/** Routes live in the hash (`#doc/12`) so reloads and the back button behave. */
export function routeFromHash(hash: string): Route {
  const doc = /^#doc\/(\d+)/.exec(hash);
  if (doc) return { view: 'document', id: Number(doc[1]) };
  if (hash.startsWith('#records')) return { view: 'records' };
  if (hash.startsWith('#trash')) return { view: 'trash' };
  if (hash.startsWith('#export')) return { view: 'export' };
  if (hash.startsWith('#settings')) return { view: 'settings' };
  // `#token=…` (browser mode's first load) and anything unknown land in the library.
  return { view: 'library' };
}

export function hashFor(route: Route): string {
  return route.view === 'document' ? `#doc/${route.id}` : `#${route.view}`;
}

export function useHashRoute(): [Route, (route: Route) => void] {
  const [route, setRoute] = useState<Route>(() => routeFromHash(window.location.hash));
  useEffect(() => {
    const onHash = () => setRoute(routeFromHash(window.location.hash));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  const navigate = useCallback((next: Route) => {
    window.location.hash = hashFor(next);
  }, []);
  return [route, navigate];
}
