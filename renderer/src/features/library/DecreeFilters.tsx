import { LIBRARY_SORTS } from '../../../../shared/contract/decree-schemas.ts';
import { DECREE_KINDS } from '../../../../shared/types/particulars.ts';
import type { DecreeKind } from '../../../../shared/types/particulars.ts';
import { formatCount } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import type { LibraryFilters, LibrarySort } from './library-filters.ts';

/** Decree filters (kind, issuer, year) and the library's order, beside the search. */
export function DecreeFilters({
  filters,
  onChange,
  kindCounts,
}: {
  filters: LibraryFilters;
  onChange(next: LibraryFilters): void;
  kindCounts?: Record<string, number> | null;
}) {
  const { t, locale } = useI18n();
  return (
    <>
      <label className="field-inline">
        <span>{t('library.filter.decreeKind')}</span>
        <select value={filters.decreeKind} onChange={(e) => onChange({ ...filters, decreeKind: e.target.value as DecreeKind | '' })}>
          <option value="">{t('library.filter.anyKind')}</option>
          {DECREE_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {kindCounts
                ? t('library.filter.withCount', { label: t(`decreeKind.${kind}`), count: formatCount(kindCounts[kind] ?? 0, locale) })
                : t(`decreeKind.${kind}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="field-inline">
        <span>{t('library.filter.issuer')}</span>
        <input type="text" className="issuer" value={filters.issuer} onChange={(e) => onChange({ ...filters, issuer: e.target.value })} />
      </label>
      <label className="field-inline">
        <span>{t('library.filter.year')}</span>
        <input
          type="text"
          className="year"
          inputMode="numeric"
          maxLength={4}
          value={filters.year}
          onChange={(e) => onChange({ ...filters, year: e.target.value })}
        />
      </label>
      <label className="field-inline">
        <span>{t('library.sort')}</span>
        <select value={filters.sort} onChange={(e) => onChange({ ...filters, sort: e.target.value as LibrarySort })}>
          {LIBRARY_SORTS.map((sort) => (
            <option key={sort} value={sort}>
              {t(`library.sort.${sort}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="field-inline">
        <input type="checkbox" checked={filters.descending} onChange={(e) => onChange({ ...filters, descending: e.target.checked })} />
        <span>{t('library.sort.descending')}</span>
      </label>
    </>
  );
}
