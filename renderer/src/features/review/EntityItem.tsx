import { memo } from 'react';
import type { AttributeValue } from '../../../../shared/types/entity.ts';
import { formatPercent } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import type { Translate } from '../../i18n/i18n.tsx';
import type { MessageKey } from '../../i18n/id.ts';
import { formatAttribute } from './attribute-fields.ts';
import { EntityEditForm } from './EntityEditForm.tsx';
import type { EntityRecord } from './review-types.ts';
import type { EntityActions } from './EntityPanel.tsx';

interface Props {
  entity: EntityRecord;
  selected: boolean;
  saving: boolean;
  editing: boolean;
  actions: EntityActions;
}

function hasValue(value: AttributeValue | undefined): boolean {
  return value !== undefined && value !== null && value !== '' && !(Array.isArray(value) && value.length === 0);
}

export function attributeLabel(name: string, t: Translate): string {
  const key = `attr.${name}` as MessageKey;
  return t(key) === key ? name : t(key);
}

/** An attribute's value in the clerk's words: a region's level by its name ("Kabupaten"), not its code. */
export function attributeText(name: string, value: AttributeValue, t: Translate): string {
  if (name === 'level' && typeof value === 'string') {
    const key = `level.${value}` as MessageKey;
    if (t(key) !== key) return t(key);
  }
  return formatAttribute(value);
}

/** One entity in the panel: surface text, normalised value, attributes, confidence and rule. */
export const EntityItem = memo(function EntityItem({ entity, selected, saving, editing, actions }: Props) {
  const { t } = useI18n();
  // Empty attributes (no honorifics, no region) say nothing: only those with a value are listed.
  const regionName =
    entity.type === 'region' && typeof entity.attributes['name'] === 'string' && entity.attributes['name']
      ? entity.attributes['name']
      : null;
  // The region's name heads the item, so it is not repeated among the attributes.
  const attributes = Object.entries(entity.attributes)
    .filter((entry): entry is [string, AttributeValue] => hasValue(entry[1]))
    .filter(([name]) => !(regionName && name === 'name'));
  const surfaces = [...new Set(entity.mentions.map((m) => m.text))];
  return (
    <li
      id={`entity-${entity.id}`}
      role="option"
      aria-selected={selected}
      className={`entity st-${entity.status}${selected ? ' selected' : ''}`}
      data-testid="entity-item"
      data-entity-id={entity.id}
      data-status={entity.status}
      data-saving={saving || undefined}
      onClick={() => actions.select(entity.id)}
      onDoubleClick={() => actions.startEdit(entity.id)}
    >
      <div className="entity-head">
        <span className={`swatch t-${entity.type}`} aria-hidden="true" />
        {/* A region by its name first; the Kemendagri code stays beside it, secondary. */}
        {regionName && <span className="entity-name">{regionName}</span>}
        <span
          className={regionName ? 'entity-value entity-code muted' : 'entity-value'}
          data-testid="entity-value"
          title={regionName ? t('review.regionCode') : undefined}
        >
          {entity.normalized}
        </span>
        <span className={`entity-status st-${entity.status}`}>
          {t(`entityStatus.${entity.status}`)}
          {saving ? ' …' : ''}
        </span>
      </div>
      <div className="entity-meta">
        <span className="entity-surface" title={surfaces.join(' · ')}>
          “{entity.text}”
        </span>
        {entity.mentions.length > 1 && <span className="muted">{t('review.mentions', { count: entity.mentions.length })}</span>}
        <span className="muted" title={t('review.confidence')}>
          {formatPercent(entity.confidence)}
        </span>
        {entity.origin === 'clerk' && <span className="muted">{t('review.addedByClerk')}</span>}
      </div>
      {/* Rule ids speak to developers: kept behind a toggle for whoever wants to know why. */}
      {entity.origin !== 'clerk' && (
        <details className="entity-details" onClick={(e) => e.stopPropagation()}>
          <summary>{t('review.details')}</summary>
          <span className="rule" title={t('review.rule')}>
            {t('review.rule')}: {entity.rule}
          </span>
        </details>
      )}
      {attributes.length > 0 && !editing && (
        <dl className="entity-attrs">
          {attributes.map(([name, value]) => (
            <div key={name}>
              <dt>{attributeLabel(name, t)}</dt>
              <dd>{attributeText(name, value, t)}</dd>
            </div>
          ))}
        </dl>
      )}
      {selected && !editing && (
        <div className="entity-actions">
          <button
            type="button"
            onClick={(e) => {
              e.stopPropagation();
              actions.review(entity.id, 'accept');
            }}
            title="a"
          >
            {t('review.accept')}
          </button>
          <button
            type="button"
            onClick={(e) => {
              e.stopPropagation();
              actions.review(entity.id, 'reject');
            }}
            title="r"
          >
            {t('review.reject')}
          </button>
          {entity.status !== 'pending' && (
            <button
              type="button"
              onClick={(e) => {
                e.stopPropagation();
                actions.review(entity.id, 'reset');
              }}
              title="p"
            >
              {t('review.reset')}
            </button>
          )}
          <button
            type="button"
            onClick={(e) => {
              e.stopPropagation();
              actions.startEdit(entity.id);
            }}
            title="e"
          >
            {t('review.edit')}
          </button>
        </div>
      )}
      {editing && <EntityEditForm entity={entity} onSave={actions.saveEdit} onCancel={actions.cancelEdit} />}
    </li>
  );
});
