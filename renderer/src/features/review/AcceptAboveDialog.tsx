import { useState } from 'react';
import { Modal } from '../../components/Modal.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import type { EntityRecord } from './review-types.ts';

const KEY = 'lontar.acceptThreshold';

function storedThreshold(): number {
  const saved = Number(localStorage.getItem(KEY));
  return Number.isFinite(saved) && saved > 0 && saved <= 100 ? saved : 90;
}

/** Accept every pending entity at or above a confidence (in percent; remembered). */
export function AcceptAboveDialog({
  entities,
  onAccept,
  onClose,
}: {
  entities: readonly EntityRecord[];
  onAccept(threshold: number): void;
  onClose(): void;
}) {
  const { t } = useI18n();
  const [percent, setPercent] = useState(storedThreshold);
  const valid = Number.isFinite(percent) && percent >= 0 && percent <= 100;
  const count = valid ? entities.filter((e) => e.status === 'pending' && e.confidence * 100 >= percent - 1e-9).length : 0;
  return (
    <Modal title={t('review.acceptAboveTitle')} onClose={onClose}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!valid) return;
          localStorage.setItem(KEY, String(percent));
          onAccept(percent / 100);
        }}
      >
        <label className="field">
          <span>{t('review.threshold')}</span>
          <input
            type="number"
            min={0}
            max={100}
            step={1}
            autoFocus
            value={Number.isFinite(percent) ? percent : ''}
            onChange={(e) => setPercent(e.target.valueAsNumber)}
            aria-describedby="accept-above-count"
          />
        </label>
        <p id="accept-above-count" aria-live="polite">
          {t('review.acceptAboveCount', { count })}
        </p>
        <div className="modal-actions">
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="primary" disabled={!valid || count === 0}>
            {t('review.acceptAboveGo', { count })}
          </button>
        </div>
      </form>
    </Modal>
  );
}
