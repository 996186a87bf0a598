import { StatusBadge } from '../../components/StatusBadge.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import type { ReviewState } from './review-state.ts';

interface Props {
  state: ReviewState;
  pending: number;
  onBack(): void;
  onUndo(): void;
  onRedo(): void;
  onAcceptAbove(): void;
  onBulk(): void;
  onConfirm(): void;
  onReopen(): void;
  onHelp(): void;
}

export function ReviewToolbar({ state, pending, onBack, onUndo, onRedo, onAcceptAbove, onBulk, onConfirm, onReopen, onHelp }: Props) {
  const { t } = useI18n();
  const doc = state.doc;
  return (
    <div className="toolbar review-toolbar">
      <button type="button" onClick={onBack} title="b">
        ← {t('document.back')}
      </button>
      <div className="review-title">
        <h2 title={doc.title ?? doc.name}>{doc.title ?? doc.name}</h2>
        <div className="review-subtitle">
          {doc.title && <span className="doc-file">{doc.name}</span>}
          <StatusBadge status={doc.status} />
          <span data-testid="review-counts">{t('review.counts', { pending: doc.pendingCount, confirmed: doc.confirmedCount })}</span>
          <span className={`save-state${pending > 0 ? ' saving' : ''}`} role="status" data-testid="save-state">
            {pending > 0 ? t('review.saving') : t('review.saved')}
          </span>
        </div>
      </div>
      <div className="spacer" />
      <button type="button" onClick={onUndo} disabled={!state.canUndo} title="u / Ctrl+Z">
        {t('review.undo')}
      </button>
      <button type="button" onClick={onRedo} disabled={!state.canRedo} title="U / Ctrl+Shift+Z">
        {t('review.redo')}
      </button>
      <button type="button" onClick={onAcceptAbove} title="A">
        {t('review.acceptAbove')}
      </button>
      <button type="button" onClick={onBulk} title="B" data-testid="bulk-open">
        {t('bulk.button')}
      </button>
      {doc.status === 'confirmed' ? (
        <button type="button" onClick={onReopen}>
          {t('review.reopen')}
        </button>
      ) : (
        <button type="button" className="primary" onClick={onConfirm} title="c">
          {t('review.confirm')}
        </button>
      )}
      <button type="button" onClick={onHelp} aria-label={t('keys.title')} title="?">
        ?
      </button>
    </div>
  );
}
