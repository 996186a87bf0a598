import { useState } from 'react';
import { useI18n } from '../../i18n/i18n.tsx';
import type { RecordSummary } from './RecordsView.tsx';

/** With two records of one type picked: "merge A into B" (the direction can be swapped). */
export function MergeBar({
  chosen,
  onMerge,
  onClear,
}: {
  chosen: RecordSummary[];
  onMerge(from: RecordSummary, into: RecordSummary): void;
  onClear(): void;
}) {
  const { t } = useI18n();
  const [swapped, setSwapped] = useState(false);
  if (chosen.length < 2) {
    return (
      <div className="merge-bar" role="status">
        {t('records.pickAnother', { label: chosen[0]!.label })}
        <button type="button" className="link" onClick={onClear}>
          {t('common.cancel')}
        </button>
      </div>
    );
  }
  const [a, b] = chosen as [RecordSummary, RecordSummary];
  const [from, into] = swapped ? [b, a] : [a, b];
  return (
    <div className="merge-bar" role="region" aria-label={t('records.mergeTitle')}>
      <span>{t('records.mergeQuestion', { from: from.label, into: into.label })}</span>
      <button type="button" onClick={() => setSwapped((s) => !s)}>
        {t('records.swap')}
      </button>
      <button type="button" className="primary" onClick={() => onMerge(from, into)}>
        {t('records.merge')}
      </button>
      <button type="button" className="link" onClick={onClear}>
        {t('common.cancel')}
      </button>
    </div>
  );
}
