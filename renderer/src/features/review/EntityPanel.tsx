import { useEffect, useMemo, useRef } from 'react';
import { EmptyState } from '../../components/EmptyState.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { groupEntities } from './entity-order.ts';
import { EntityItem } from './EntityItem.tsx';
import type { SaveEdit } from './EntityEditForm.tsx';
import type { EntityRecord } from './review-types.ts';

export interface EntityActions {
  select(id: number): void;
  review(id: number, action: 'accept' | 'reject' | 'reset'): void;
  startEdit(id: number): void;
  saveEdit: SaveEdit;
  cancelEdit(): void;
}

interface Props {
  ordered: readonly EntityRecord[];
  selectedId: number | null;
  editingId: number | null;
  saving: ReadonlySet<number>;
  actions: EntityActions;
}

/** Entities grouped by type; the selected one is the keyboard's cursor. */
export function EntityPanel({ ordered, selectedId, editingId, saving, actions }: Props) {
  const { t } = useI18n();
  const groups = useMemo(() => groupEntities(ordered), [ordered]);
  const list = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (selectedId === null) return;
    list.current?.querySelector(`#entity-${selectedId}`)?.scrollIntoView({ block: 'nearest' });
  }, [selectedId, editingId]);

  if (ordered.length === 0) return <EmptyState>{t('review.noEntities')}</EmptyState>;
  return (
    <div
      ref={list}
      className="entity-list"
      role="listbox"
      aria-label={t('review.entities')}
      aria-activedescendant={selectedId === null ? undefined : `entity-${selectedId}`}
      data-testid="entity-panel"
    >
      {groups.map((group) => (
        <div key={group.type} role="group" aria-labelledby={`group-${group.type}`} className="entity-group">
          <h3 id={`group-${group.type}`} className="group-head">
            <span className={`swatch t-${group.type}`} aria-hidden="true" />
            {t(`type.${group.type}`)}
            <span className="muted">{t('review.groupCounts', { total: group.entities.length, pending: group.pending, confirmed: group.confirmed })}</span>
          </h3>
          <ul role="presentation">
            {group.entities.map((e) => (
              <EntityItem key={e.id} entity={e} selected={e.id === selectedId} editing={e.id === editingId} saving={saving.has(e.id)} actions={actions} />
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
