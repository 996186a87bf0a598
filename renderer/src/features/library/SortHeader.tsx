import type { MessageKey } from '../../i18n/id.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import type { LibrarySort } from './library-filters.ts';

interface Props {
  column: LibrarySort;
  label: MessageKey;
  className: string;
  sort?: { by: LibrarySort; descending: boolean } | undefined;
  onSort?: ((by: LibrarySort) => void) | undefined;
}

/**
 * A column header that sorts by its column (a second press: the other way). It is a button, so
 * Tab reaches it and Enter or Space sort as a click does. "Imported" is newest first unless
 * reversed, so its arrow shows the order the rows are really in.
 */
export function SortHeader({ column, label, className, sort, onSort }: Props) {
  const { t } = useI18n();
  const active = sort?.by === column;
  const reallyDescending = active && (column === 'imported' ? !sort.descending : sort.descending);
  const direction = active ? (reallyDescending ? 'descending' : 'ascending') : undefined;
  return (
    <div role="columnheader" className={className} aria-sort={direction ?? 'none'}>
      {onSort ? (
        <button
          type="button"
          className="link sort-header"
          data-sort={column}
          title={t('library.sortBy', { column: t(label) })}
          onClick={() => onSort(column)}
        >
          {t(label)}
          {direction && <span aria-hidden="true">{reallyDescending ? ' ↓' : ' ↑'}</span>}
          {direction && (
            <span className="visually-hidden"> ({t(reallyDescending ? 'library.sortedDescending' : 'library.sortedAscending')})</span>
          )}
        </button>
      ) : (
        t(label)
      )}
    </div>
  );
}
