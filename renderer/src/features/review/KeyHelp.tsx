import { Modal } from '../../components/Modal.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import type { MessageKey } from '../../i18n/id.ts';
import { LIBRARY_KEYS, REVIEW_KEYS } from './review-keys.ts';

function KeyTable({ title, keys }: { title: string; keys: ReadonlyArray<{ keys: readonly string[]; label: MessageKey }> }) {
  const { t } = useI18n();
  return (
    <table>
      <caption>{title}</caption>
      <tbody>
        {keys.map((k) => (
          <tr key={k.label}>
            <td>
              {k.keys.map((key, i) => (
                <span key={key}>
                  {i > 0 && ' / '}
                  <kbd>{key}</kbd>
                </span>
              ))}
            </td>
            <td>{t(k.label)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The "?" overlay: every shortcut, the review's first. */
export function KeyHelp({ onClose }: { onClose(): void }) {
  const { t } = useI18n();
  return (
    <Modal title={t('keys.title')} onClose={onClose} className="key-help wide">
      <div className="key-tables">
        <KeyTable title={t('keys.reviewSection')} keys={REVIEW_KEYS} />
        <KeyTable title={t('keys.librarySection')} keys={LIBRARY_KEYS} />
      </div>
      <p className="muted">{t('keys.autosave')}</p>
      <div className="modal-actions">
        <button type="button" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
    </Modal>
  );
}
