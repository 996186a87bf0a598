import { useEffect, useState } from 'react';
import { LibraryView } from './features/library/LibraryView.tsx';
import { DocumentView } from './features/document/DocumentView.tsx';
import { useI18n } from './i18n/i18n.tsx';
import type { Locale } from './i18n/i18n.tsx';

type Route = { view: 'library' } | { view: 'document'; id: number };

/** Routes live in the hash (`#doc/12`) so reloads and the back button behave. */
function routeFromHash(): Route {
  const match = /#doc\/(\d+)/.exec(window.location.hash);
  return match ? { view: 'document', id: Number(match[1]) } : { view: 'library' };
}

export function App() {
  const { t, locale, setLocale } = useI18n();
  const [route, setRoute] = useState<Route>(routeFromHash);

  useEffect(() => {
    const onHash = () => setRoute(routeFromHash());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  useEffect(() => {
    document.title = route.view === 'document' ? `${t('app.title')} — #${route.id}` : `${t('app.title')} — ${t('library.title')}`;
  }, [route, t]);

  return (
    <div className="app">
      <header className="app-header">
        <h1>{t('app.title')}</h1>
        <span className="tagline">{t('app.tagline')}</span>
        <label className="locale-switch">
          {t('app.language')}{' '}
          <select value={locale} onChange={(e) => setLocale(e.target.value as Locale)} aria-label={t('app.language')}>
            <option value="id">Bahasa Indonesia</option>
            <option value="en">English</option>
          </select>
        </label>
      </header>
      {route.view === 'library' ? (
        <LibraryView onOpen={(id) => { window.location.hash = `doc/${id}`; }} />
      ) : (
        <DocumentView id={route.id} onBack={() => { window.location.hash = ''; }} />
      )}
    </div>
  );
}
