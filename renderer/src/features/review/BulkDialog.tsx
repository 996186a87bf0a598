import { useMemo, useState } from 'react';
import { Modal } from '../../components/Modal.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { zoneName } from './EntityPanel.tsx';
import type { EntityRecord, Span } from './review-types.ts';
import type { BulkScope } from './use-review.ts';
import { entitiesBelow, entitiesInSpan } from './zone-sections.ts';
import type { PanelSection } from './zone-sections.ts';

interface Props {
  ordered: readonly EntityRecord[];
  /** The entity at the cursor: its zone and its type are two of the scopes. */
  current: EntityRecord | null;
  section: PanelSection | null;
  /** The text the clerk selected, when she opened the dialog. */
  selection: Span | null;
  onRun(action: 'accept' | 'reject', entities: readonly EntityRecord[], scope: BulkScope): void;
  onClose(): void;
}

const KEY = 'lontar.bulkBelow';

/**
 * "B": accept or reject at once the pending entities of the cursor's zone, of its type, of the
 * selected text, or below a confidence. Each is one undo step; the counts are of pending ones.
 */
export function BulkDialog({ ordered, current, section, selection, onRun, onClose }: Props) {
  const { t } = useI18n();
  const [percent, setPercent] = useState(() => Number(localStorage.getItem(KEY)) || 50);
  const scopes = useMemo(() => {
    const list: Array<{ scope: BulkScope; label: string; entities: readonly EntityRecord[] }> = [];
    if (section) list.push({ scope: 'zone', label: t('bulk.scope.zone', { name: zoneName(section.zone, t) }), entities: section.entities });
    if (current)
      list.push({
        scope: 'type',
        label: t('bulk.scope.type', { type: t(`type.${current.type}`) }),
        entities: ordered.filter((e) => e.type === current.type),
      });
    list.push({ scope: 'selection', label: t('bulk.scope.selection'), entities: entitiesInSpan(ordered, selection) });
    return list;
  }, [ordered, current, section, selection, t]);
  const below = useMemo(() => entitiesBelow(ordered, percent), [ordered, percent]);
  const all = [...scopes, { scope: 'below' as const, label: t('bulk.scope.below'), entities: below }];
  const [scope, setScope] = useState<BulkScope>(all[0]!.scope);
  const chosen = all.find((s) => s.scope === scope) ?? all[0]!;
  const pending = chosen.entities.filter((e) => e.status === 'pending').length;

  const run = (action: 'accept' | 'reject') => {
    if (scope === 'below') localStorage.setItem(KEY, String(percent));
    onRun(action, chosen.entities, scope);
  };

  return (
    <Modal title={t('bulk.title')} onClose={onClose}>
      <div
        onKeyDown={(e) => {
          if (e.ctrlKey || e.metaKey || e.altKey || (e.target instanceof HTMLInputElement && e.target.type === 'number')) return;
          if (e.key === 'a' || e.key === 'r') {
            e.preventDefault();
            run(e.key === 'a' ? 'accept' : 'reject');
          }
        }}
      >
        <ul className="bulk-scopes" role="radiogroup" aria-label={t('bulk.title')}>
          {all.map((s) => (
            <li key={s.scope}>
              <label>
                <input
                  type="radio"
                  name="bulk-scope"
                  value={s.scope}
                  checked={s.scope === scope}
                  autoFocus={s.scope === scope}
                  onChange={() => setScope(s.scope)}
                  data-testid={`bulk-scope-${s.scope}`}
                />
                {s.label}
                {s.scope === 'below' && (
                  <input
                    type="number"
                    min={0}
                    max={100}
                    step={1}
                    value={Number.isFinite(percent) ? percent : ''}
                    onChange={(e) => {
                      setPercent(e.target.valueAsNumber);
                      setScope('below');
                    }}
                    aria-label={t('review.threshold')}
                  />
                )}
                <span className="muted">{t('bulk.pending', { count: s.entities.filter((e) => e.status === 'pending').length })}</span>
              </label>
            </li>
          ))}
        </ul>
        <p className="muted">{t('bulk.hint')}</p>
        <div className="modal-actions">
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="button" onClick={() => run('accept')} data-testid="bulk-accept">
            {t('bulk.accept', { count: pending })}
          </button>
          <button type="button" className="primary" onClick={() => run('reject')} data-testid="bulk-reject">
            {t('bulk.reject', { count: pending })}
          </button>
        </div>
      </div>
    </Modal>
  );
}
