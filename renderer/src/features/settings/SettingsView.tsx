import { useEffect, useState } from 'react';
import type { MethodResult } from '../../../../shared/contract/api.ts';
import { useApi } from '../../api/ApiContext.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { useDocumentTitle } from '../../hooks/use-document-title.ts';
import { useSettings } from '../../hooks/use-settings.ts';
import { THEMES } from '../../hooks/use-theme.ts';
import type { Theme } from '../../hooks/use-theme.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { DecreeDefaultsForm } from './DecreeDefaultsForm.tsx';
import type { Locale } from '../../i18n/i18n.tsx';

/** The clerk's name (for the audit trail), language, theme, and where the library lives. */
export function SettingsView({ theme, onTheme }: { theme: Theme; onTheme(theme: Theme): void }) {
  const api = useApi();
  const { t, locale, setLocale } = useI18n();
  useDocumentTitle(t('settings.title'), t('app.title'));
  const { settings, save } = useSettings();
  const [name, setName] = useState(settings?.clerkName ?? '');
  const [loadedName, setLoadedName] = useState(settings?.clerkName ?? null);
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [info, setInfo] = useState<MethodResult<'app.info'> | null>(null);

  // The name arrives after the first render when the settings load late.
  if ((settings?.clerkName ?? null) !== loadedName) {
    setLoadedName(settings?.clerkName ?? null);
    setName(settings?.clerkName ?? '');
  }

  useEffect(() => {
    api.call('app.info', {}).then(setInfo, () => undefined);
  }, [api]);

  return (
    <main className="settings view" aria-labelledby="settings-heading">
      <div className="toolbar">
        <h2 id="settings-heading">{t('settings.title')}</h2>
      </div>
      <form
        className="settings-form"
        onSubmit={(e) => {
          e.preventDefault();
          setSaved(false);
          setError(null);
          save(name.trim() || null).then(() => setSaved(true), setError);
        }}
      >
        <label className="field">
          <span>{t('settings.clerkName')}</span>
          <input
            type="text"
            value={name}
            onChange={(e) => {
              setName(e.target.value);
              setSaved(false);
            }}
            maxLength={200}
            placeholder={settings?.systemUser ?? ''}
            autoComplete="name"
          />
        </label>
        <p className="hint">{t('settings.clerkNameHelp', { user: settings?.systemUser ?? '—' })}</p>
        <div className="form-actions">
          <button type="submit" className="primary">
            {t('common.save')}
          </button>
          {saved && <span role="status">{t('settings.saved')}</span>}
        </div>
        <ErrorMessage error={error} />
      </form>
      <div className="settings-form">
        <label className="field">
          <span>{t('app.language')}</span>
          <select value={locale} onChange={(e) => setLocale(e.target.value as Locale)}>
            <option value="id">Bahasa Indonesia</option>
            <option value="en">English</option>
          </select>
        </label>
        <label className="field">
          <span>{t('settings.theme')}</span>
          <select value={theme} onChange={(e) => onTheme(e.target.value as Theme)}>
            {THEMES.map((th) => (
              <option key={th} value={th}>
                {t(`theme.option.${th}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {settings && <DecreeDefaultsForm defaults={settings.decreeDefaults} />}
      {info && (
        <dl className="app-info">
          <dt>{t('settings.version')}</dt>
          <dd>{info.version}</dd>
          <dt>{t('settings.dataDir')}</dt>
          <dd className="mono">{info.dataDir}</dd>
          <dt>{t('settings.schema')}</dt>
          <dd>{info.schemaVersion}</dd>
        </dl>
      )}
    </main>
  );
}
