import { useI18n } from '../i18n/i18n.tsx';

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** A backend or network failure, in words a clerk can pass on. */
export function ErrorMessage({ error, onDismiss }: { error: unknown; onDismiss?: () => void }) {
  const { t } = useI18n();
  if (error == null) return null;
  return (
    <div className="error" role="alert">
      <span>{t('error.generic', { message: errorText(error) })}</span>
      {onDismiss && (
        <button type="button" className="link" onClick={onDismiss}>
          {t('common.dismiss')}
        </button>
      )}
    </div>
  );
}
