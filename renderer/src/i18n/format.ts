import type { Locale } from './i18n.tsx';

// Intl formatters are costly to build: one per locale, reused by every row.
const dateTimes = new Map<Locale, Intl.DateTimeFormat>();
const dates = new Map<Locale, Intl.DateTimeFormat>();
const tag = (locale: Locale) => (locale === 'id' ? 'id-ID' : 'en-GB');

export function formatDateTime(iso: string, locale: Locale): string {
  let f = dateTimes.get(locale);
  if (!f) dateTimes.set(locale, (f = new Intl.DateTimeFormat(tag(locale), { dateStyle: 'medium', timeStyle: 'short' })));
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : f.format(d);
}

export function formatDate(iso: string, locale: Locale): string {
  let f = dates.get(locale);
  if (!f) dates.set(locale, (f = new Intl.DateTimeFormat(tag(locale), { dateStyle: 'medium' })));
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : f.format(d);
}

export function formatPercent(value: number): string {
  return `${Math.round(value * 100)}%`;
}

export function formatCount(value: number, locale: Locale): string {
  return value.toLocaleString(tag(locale));
}
