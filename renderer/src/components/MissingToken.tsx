import { useI18n } from '../i18n/i18n.tsx';

export function MissingToken() {
  const { t } = useI18n();
  return (
    <main className="empty-state" role="alert">
      {t('error.noToken')}
    </main>
  );
}
