import type { DocumentStatus } from '../../../shared/types/document.ts';
import { useI18n } from '../i18n/i18n.tsx';

export function StatusBadge({ status }: { status: DocumentStatus }) {
  const { t } = useI18n();
  return <span className={`badge badge-${status}`}>{t(`status.${status}`)}</span>;
}
