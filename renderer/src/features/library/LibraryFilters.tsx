import { useState } from 'react';
import type { RefObject } from 'react';
import { DOCUMENT_STATUSES } from '../../../../shared/types/document.ts';
import type { DocumentStatus } from '../../../../shared/types/document.ts';
import { ENTITY_TYPES } from '../../../../shared/types/entity.ts';
import type { EntityType } from '../../../../shared/types/entity.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { DecreeFilters } from './DecreeFilters.tsx';
import { hasFilters, listArgs, NO_FILTERS } from './library-filters.ts';
import { useFilterCounts } from './use-filter-counts.ts';
import { formatCount } from '../../i18n/format.ts';
import type { LibraryFilters as Filters } from './library-filters.ts';

interface Props {
  filters: Filters;
  onChange(next: Filters): void;
  searchRef: RefObject<HTMLInputElement | null>;
}

/** Full-text search, status, entity type and "mentions this record" filters. */
export function LibraryFilters({ filters, onChange, searchRef }: Props) {
  const { t, locale } = useI18n();
  // The record key applies on Enter or when leaving the field, not on every letter.
  const [recordDraft, setRecordDraft] = useState(filters.recordKey);
  const [draftFor, setDraftFor] = useState(filters.recordKey);
  if (draftFor !== filters.recordKey) {
    setDraftFor(filters.recordKey);
    setRecordDraft(filters.recordKey);
  }
  const applyRecord = () => {
    if (recordDraft.trim() !== filters.recordKey.trim()) onChange({ ...filters, recordKey: recordDraft.trim() });
  };
  const active = hasFilters(filters);
  const counts = useFilterCounts(listArgs(filters));
  const withCount = (label: string, count: number | undefined) =>
    counts ? t('library.filter.withCount', { label, count: formatCount(count ?? 0, locale) }) : label;

  return (
    <div className="filters" role="search">
      <input
        ref={searchRef}
        type="search"
        className="search"
        placeholder={t('library.search')}
        aria-label={t('library.search')}
        value={filters.query}
        onChange={(e) => onChange({ ...filters, query: e.target.value })}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && filters.query) onChange({ ...filters, query: '' });
          if (e.key === 'ArrowDown' || e.key === 'Enter') e.currentTarget.blur();
        }}
      />
      <label className="field-inline">
        <span>{t('library.filter.status')}</span>
        <select value={filters.status} onChange={(e) => onChange({ ...filters, status: e.target.value as DocumentStatus | '' })}>
          <option value="">{t('library.filter.all')}</option>
          {DOCUMENT_STATUSES.map((s) => (
            <option key={s} value={s}>
              {withCount(t(`status.${s}`), counts?.status[s])}
            </option>
          ))}
        </select>
      </label>
      <label className="field-inline">
        <span>{t('library.filter.entityType')}</span>
        <select
          value={filters.entityType}
          onChange={(e) => onChange({ ...filters, entityType: e.target.value as EntityType | '', recordKey: '' })}
        >
          <option value="">{t('library.filter.anyType')}</option>
          {ENTITY_TYPES.map((type) => (
            <option key={type} value={type}>
              {withCount(t(`type.${type}`), counts?.entityType[type])}
            </option>
          ))}
        </select>
      </label>
      {filters.entityType && (
        <label className="field-inline">
          <span>{t('library.filter.record')}</span>
          <input
            type="text"
            className="record-key"
            placeholder={t(`library.filter.recordPlaceholder.${filters.entityType}`)}
            value={recordDraft}
            onChange={(e) => setRecordDraft(e.target.value)}
            onBlur={applyRecord}
            onKeyDown={(e) => {
              if (e.key === 'Enter') applyRecord();
            }}
          />
        </label>
      )}
      <DecreeFilters filters={filters} onChange={onChange} kindCounts={counts?.decreeKind ?? null} />
      {active && (
        <button
          type="button"
          className="link"
          onClick={() => onChange({ ...NO_FILTERS, sort: filters.sort, descending: filters.descending })}
        >
          {t('library.filter.clear')}
        </button>
      )}
    </div>
  );
}
