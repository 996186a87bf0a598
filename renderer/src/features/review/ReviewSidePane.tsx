import { useSettings } from '../../hooks/use-settings.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { EntityPanel } from './EntityPanel.tsx';
import type { EntityActions } from './EntityPanel.tsx';
import { HistoryPanel } from './HistoryPanel.tsx';
import { ParticularsPanel } from './ParticularsPanel.tsx';
import type { ReviewState } from './review-state.ts';
import type { Particulars } from './use-particulars.ts';
import type { PanelSection } from './zone-sections.ts';

export type ReviewTab = 'entities' | 'particulars' | 'history';

interface Props {
  doc: ReviewState['doc'];
  /** Changes with every applied review outcome: the history reloads on it. */
  revision: number;
  tab: ReviewTab;
  onTab(tab: ReviewTab): void;
  entityCount: number;
  /** Whether the document has page images: then the pane offers to hide or show them. */
  paged: boolean;
  showPages: boolean;
  onTogglePages(): void;
  particulars: Particulars;
  sections: readonly PanelSection[];
  selectedId: number | null;
  editingId: number | null;
  saving: ReadonlySet<number>;
  actions: EntityActions;
  onSettings(): void;
}

/** The side pane: the tabs, and under them the particulars form, the entity panel or the history. */
export function ReviewSidePane(p: Props) {
  const { t } = useI18n();
  const { settings } = useSettings();
  const { doc, tab, onTab } = p;
  return (
    <aside className="side-pane">
      <div className="tabs" role="tablist" aria-label={t('review.panels')}>
        {doc.decreeRecord && (
          <button type="button" role="tab" aria-selected={tab === 'particulars'} onClick={() => onTab('particulars')}>
            {t('decree.tab')}
          </button>
        )}
        <button type="button" role="tab" aria-selected={tab === 'entities'} onClick={() => onTab('entities')}>
          {t('review.entities')} <span className="muted">{p.entityCount}</span>
        </button>
        <button type="button" role="tab" aria-selected={tab === 'history'} onClick={() => onTab('history')}>
          {t('review.history')}
        </button>
        {p.paged && (
          <button type="button" className="link toggle-pages" onClick={p.onTogglePages}>
            {p.showPages ? t('review.hidePages') : t('review.showPages')}
          </button>
        )}
      </div>
      <div className="tab-body" role="tabpanel">
        {tab === 'particulars' && doc.decreeRecord ? (
          <ParticularsPanel
            record={doc.decreeRecord}
            defaults={settings?.decreeDefaults ?? null}
            cursor={p.particulars.cursor}
            editing={p.particulars.editing}
            actions={p.particulars.actions}
          />
        ) : tab !== 'history' ? (
          <EntityPanel sections={p.sections} selectedId={p.selectedId} editingId={p.editingId} saving={p.saving} actions={p.actions} />
        ) : (
          <HistoryPanel documentId={doc.id} version={p.revision} onSettings={p.onSettings} />
        )}
      </div>
      <p className="hint">{t('review.keysHint')}</p>
    </aside>
  );
}
