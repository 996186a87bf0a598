import { Modal } from '../../components/Modal.tsx';
import { useI18n } from '../../i18n/i18n.tsx';

/** Confirming a document with entities still pending is allowed, but asked about. */
export function ConfirmPendingDialog({ pending, onConfirm, onClose }: { pending: number; onConfirm(): void; onClose(): void }) {
  const { t } = useI18n();
  return (
    <Modal title={t('review.confirmTitle')} onClose={onClose}>
      <p>{t('review.confirmPending', { count: pending })}</p>
      <div className="modal-actions">
        <button type="button" onClick={onClose}>
          {t('common.cancel')}
        </button>
        <button type="button" className="primary" autoFocus onClick={onConfirm}>
          {t('review.confirmAnyway')}
        </button>
      </div>
    </Modal>
  );
}
