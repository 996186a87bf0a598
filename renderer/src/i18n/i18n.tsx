import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { en } from './en.ts';
import { id } from './id.ts';
import type { Translate } from './translate.ts';

export const LOCALES = { id, en } as const;
export type Locale = keyof typeof LOCALES;

export type { Translate };

interface I18n {
  locale: Locale;
  setLocale(locale: Locale): void;
  t: Translate;
}

const I18nContext = createContext<I18n | null>(null);

function storedLocale(): Locale {
  const saved = localStorage.getItem('lontar.locale');
  return saved === 'en' || saved === 'id' ? saved : 'id';
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(storedLocale);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  const setLocale = useCallback((next: Locale) => {
    localStorage.setItem('lontar.locale', next);
    setLocaleState(next);
  }, []);
  const t = useCallback<Translate>(
    (key, params) => {
      // A key computed at run time (an attribute or action name) may have no message: show the key.
      const template: string = (LOCALES[locale] as Record<string, string>)[key] ?? key;
      return params ? template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`)) : template;
    },
    [locale],
  );
  const value = useMemo(() => ({ locale, setLocale, t }), [locale, setLocale, t]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
