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

/** A duration as a clerk reads it: "40 s", "3 min", "1 h 5 min" (Intl's unit style, localised). */
export function formatDuration(seconds: number, locale: Locale): string {
  const unit = (value: number, u: 'second' | 'minute' | 'hour') =>
    new Intl.NumberFormat(tag(locale), { style: 'unit', unit: u, unitDisplay: 'short', maximumFractionDigits: 0 }).format(value);
  if (seconds < 60) return unit(Math.max(1, Math.round(seconds)), 'second');
  if (seconds < 3600) return unit(Math.round(seconds / 60), 'minute');
  const minutes = Math.round((seconds % 3600) / 60);
  return minutes > 0 ? `${unit(Math.floor(seconds / 3600), 'hour')} ${unit(minutes, 'minute')}` : unit(Math.floor(seconds / 3600), 'hour');
}
