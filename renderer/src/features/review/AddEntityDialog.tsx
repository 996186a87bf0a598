import { useState } from 'react';
import { ENTITY_TYPES } from '../../../../shared/types/entity.ts';
import type { EntityType } from '../../../../shared/types/entity.ts';
import { ApiCallError } from '../../api/client.ts';
import { issueText } from './issue-text.ts';
import { errorText } from '../../components/ErrorMessage.tsx';
import { Modal } from '../../components/Modal.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { typeForKey, typeLetter } from './review-keys.ts';

interface Props {
  surface: string;
  /** Resolves when added; rejects with the backend's refusal. */
  onAdd(type: EntityType, normalized?: string): Promise<void>;
  onClose(): void;
}

/**
 * After "n": which type the selected text is (1–6 or the type's initial). The text itself is
 * tried as the normalised value first; when the backend refuses it (a region needs its code,
 * a date its ISO form) the clerk types the value, with the backend's message beside the field.
 */
export function AddEntityDialog({ surface, onAdd, onClose }: Props) {
  const { t } = useI18n();
  const [type, setType] = useState<EntityType | null>(null);
  const [value, setValue] = useState(surface);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const attempt = async (picked: EntityType, normalized?: string) => {
    setBusy(true);
    setType(picked);
    try {
      await onAdd(picked, normalized);
    } catch (e) {
      setBusy(false);
      const issue = e instanceof ApiCallError ? e.issues?.find((i) => i.path === 'normalized') : undefined;
      setProblem(issue ? issueText(issue, t) : errorText(e));
    }
  };

  return (
    <Modal title={t('review.addTitle')} onClose={onClose}>
      <p className="add-surface">“{surface}”</p>
      {problem === null || type === null ? (
        <div
          onKeyDown={(e) => {
            if (e.ctrlKey || e.metaKey || e.altKey || busy) return;
            const picked = typeForKey(e.key, t);
            if (picked) {
              e.preventDefault();
              void attempt(picked);
            }
          }}
        >
          <ul className="type-picker" role="list">
            {ENTITY_TYPES.map((ty, i) => (
              <li key={ty}>
                <button
                  type="button"
                  className="type-choice"
                  onClick={() => void attempt(ty)}
                  data-testid={`add-type-${ty}`}
                  disabled={busy}
                  autoFocus={i === 0}
                >
                  <kbd>{i + 1}</kbd>
                  <kbd>{typeLetter(ty, t)}</kbd>
                  <span className={`swatch t-${ty}`} aria-hidden="true" />
                  {t(`type.${ty}`)}
                </button>
              </li>
            ))}
          </ul>
          <p className="muted">{t('review.addHint')}</p>
        </div>
      ) : (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void attempt(type, value.trim());
          }}
        >
          <label className="field">
            <span>{t('review.addNormalized', { type: t(`type.${type}`) })}</span>
            <input
              autoFocus
              value={value}
              onChange={(e) => setValue(e.target.value)}
              onFocus={(e) => e.currentTarget.select()}
              aria-invalid="true"
              aria-describedby="add-problem"
              name="normalized"
            />
          </label>
          <p className="field-error" id="add-problem" role="alert">
            {problem}
          </p>
          <div className="modal-actions">
            <button type="button" onClick={() => setProblem(null)}>
              {t('review.addOtherType')}
            </button>
            <button type="submit" className="primary" disabled={busy || !value.trim()}>
              {t('review.addGo')}
            </button>
          </div>
        </form>
      )}
    </Modal>
  );
}
