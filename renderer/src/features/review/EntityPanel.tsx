import { useEffect, useRef } from 'react';
import { EmptyState } from '../../components/EmptyState.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import type { Translate } from '../../i18n/i18n.tsx';
import { groupEntities } from './entity-order.ts';
import { EntityItem } from './EntityItem.tsx';
import type { SaveEdit } from './EntityEditForm.tsx';
import type { EntityRecord } from './review-types.ts';
import type { BulkScope } from './use-review.ts';
import type { PanelSection } from './zone-sections.ts';
import type { Zone } from '../../../../shared/review/zones.ts';

export interface EntityActions {
  select(id: number): void;
  review(id: number, action: 'accept' | 'reject' | 'reset'): void;
  startEdit(id: number): void;
  saveEdit: SaveEdit;
  cancelEdit(): void;
  /** Accept or reject these entities' pending ones as one step. */
  bulk(action: 'accept' | 'reject', entities: readonly EntityRecord[], scope: BulkScope): void;
  toggleZone(key: string): void;
}

interface Props {
  sections: readonly PanelSection[];
  selectedId: number | null;
  editingId: number | null;
  saving: ReadonlySet<number>;
  actions: EntityActions;
}

/** A zone in the clerk's words: the body, "Lampiran I", "Table in Lampiran I". */
export function zoneName(zone: Zone, t: Translate): string {
  if (zone.kind === 'body') return t('zone.body');
  if (zone.kind === 'lampiran') return zone.label ?? t('zone.lampiran');
  return zone.within ? t('zone.tableIn', { label: zone.within }) : t('zone.table');
}

function BulkButtons({
  entities,
  scope,
  actions,
  label,
}: {
  entities: readonly EntityRecord[];
  scope: BulkScope;
  actions: EntityActions;
  label: string;
}) {
  const { t } = useI18n();
  return (
    <span className="bulk-buttons" role="group" aria-label={label}>
      <button
        type="button"
        onClick={(e) => {
          e.stopPropagation();
          actions.bulk('accept', entities, scope);
        }}
      >
        {t('bulk.acceptAll')}
      </button>
      <button
        type="button"
        onClick={(e) => {
          e.stopPropagation();
          actions.bulk('reject', entities, scope);
        }}
      >
        {t('bulk.rejectAll')}
      </button>
    </span>
  );
}

/** A section's entities grouped by type, each type with its own bulk buttons. */
function TypeGroups({ section, selectedId, editingId, saving, actions }: Omit<Props, 'sections'> & { section: PanelSection }) {
  const { t } = useI18n();
  const groups = groupEntities(section.entities);
  // A zone of one type has its bulk buttons on the zone's head already.
  const typeButtons = section.zone.kind === 'body' || groups.length > 1;
  return groups.map((group) => {
    const id = `group-${section.key}-${group.type}`.replace(/[^\w-]/g, '-');
    return (
      <div key={group.type} role="group" aria-labelledby={id} className="entity-group">
        <h3 id={id} className="group-head">
          <span className={`swatch t-${group.type}`} aria-hidden="true" />
          {t(`type.${group.type}`)}
          <span className="muted">
            {t('review.groupCounts', { total: group.entities.length, pending: group.pending, confirmed: group.confirmed })}
          </span>
          {typeButtons && group.pending > 1 && (
            <BulkButtons entities={group.entities} scope="type" actions={actions} label={t(`type.${group.type}`)} />
          )}
        </h3>
        <ul role="presentation">
          {group.entities.map((e) => (
            <EntityItem
              key={e.id}
              entity={e}
              selected={e.id === selectedId}
              editing={e.id === editingId}
              saving={saving.has(e.id)}
              actions={actions}
            />
          ))}
        </ul>
      </div>
    );
  });
}

/**
 * Entities by zone (the body, then each table and Lampiran, long ones collapsed) and by type
 * inside each; the selected one is the keyboard's cursor.
 */
export function EntityPanel({ sections, selectedId, editingId, saving, actions }: Props) {
  const { t } = useI18n();
  const list = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (selectedId === null) return;
    list.current?.querySelector(`#entity-${selectedId}`)?.scrollIntoView({ block: 'nearest' });
  }, [selectedId, editingId]);

  if (sections.length === 0) return <EmptyState>{t('review.noEntities')}</EmptyState>;
  const only = sections.length === 1 && sections[0]!.zone.kind === 'body';
  return (
    <div
      ref={list}
      className="entity-list"
      role="listbox"
      aria-label={t('review.entities')}
      aria-activedescendant={selectedId === null ? undefined : `entity-${selectedId}`}
      data-testid="entity-panel"
    >
      {sections.map((section) => {
        const groups = <TypeGroups section={section} selectedId={selectedId} editingId={editingId} saving={saving} actions={actions} />;
        if (only) return <div key={section.key}>{groups}</div>;
        const name = zoneName(section.zone, t);
        return (
          <section
            key={section.key}
            className="zone"
            data-testid="zone"
            data-zone-key={section.key}
            data-zone-kind={section.zone.kind}
            data-collapsed={section.collapsed}
          >
            <div className="zone-head">
              <button
                type="button"
                className="zone-toggle"
                aria-expanded={!section.collapsed}
                onClick={() => actions.toggleZone(section.key)}
                title={section.collapsed ? t('zone.show') : t('zone.hide')}
                data-testid="zone-toggle"
              >
                <span aria-hidden="true">{section.collapsed ? '▸' : '▾'}</span>
                {name}
                <span className="muted">{t('zone.counts', { total: section.entities.length, pending: section.pending })}</span>
              </button>
              {section.zone.kind !== 'body' && <BulkButtons entities={section.entities} scope="zone" actions={actions} label={name} />}
            </div>
            {section.collapsed ? <p className="zone-hint">{t('zone.collapsedHint', { count: section.entities.length })}</p> : groups}
          </section>
        );
      })}
    </div>
  );
}
