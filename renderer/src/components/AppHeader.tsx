import type { Route } from '../hooks/use-hash-route.ts';
import { reviewerName, useSettings } from '../hooks/use-settings.ts';
import type { Theme } from '../hooks/use-theme.ts';
import { useI18n } from '../i18n/i18n.tsx';
import type { Locale } from '../i18n/i18n.tsx';
import type { MessageKey } from '../i18n/id.ts';

const NAV: ReadonlyArray<{ view: Exclude<Route['view'], 'document'>; label: MessageKey }> = [
  { view: 'library', label: 'nav.library' },
  { view: 'records', label: 'nav.records' },
  { view: 'export', label: 'nav.export' },
  { view: 'trash', label: 'nav.trash' },
  { view: 'settings', label: 'nav.settings' },
];

const NEXT_THEME: Record<Theme, Theme> = { system: 'light', light: 'dark', dark: 'system' };

interface Props {
  route: Route;
  onNavigate(route: Route): void;
  theme: Theme;
  onTheme(theme: Theme): void;
}

export function AppHeader({ route, onNavigate, theme, onTheme }: Props) {
  const { t, locale, setLocale } = useI18n();
  const { settings } = useSettings();
  const current = route.view === 'document' ? 'library' : route.view;
  return (
    <header className="app-header">
      <h1>{t('app.title')}</h1>
      <nav aria-label={t('nav.label')}>
        <ul>
          {NAV.map((item) => (
            <li key={item.view}>
              <a
                href={`#${item.view}`}
                aria-current={current === item.view ? 'page' : undefined}
                onClick={(e) => {
                  e.preventDefault();
                  onNavigate({ view: item.view } as Route);
                }}
              >
                {t(item.label)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <div className="header-end">
        {settings && (
          <button
            type="button"
            className="link reviewer-link"
            onClick={() => onNavigate({ view: 'settings' })}
            title={t('history.changeName')}
          >
            {t('history.reviewer', { name: reviewerName(settings) ?? '—' })}
          </button>
        )}
        <button
          type="button"
          className="theme-toggle"
          onClick={() => onTheme(NEXT_THEME[theme])}
          aria-label={t('settings.theme')}
          title={t('settings.theme')}
        >
          {t(`theme.${theme}`)}
        </button>
        <select
          className="locale-switch"
          value={locale}
          onChange={(e) => setLocale(e.target.value as Locale)}
          aria-label={t('app.language')}
        >
          <option value="id">ID</option>
          <option value="en">EN</option>
        </select>
      </div>
    </header>
  );
}
