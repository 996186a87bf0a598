import { memo, useState } from 'react';
import type { EntityType } from '../../../../shared/types/entity.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { attributeLabel } from '../review/EntityItem.tsx';
import type { RecordSummary } from './RecordsView.tsx';

const SHOWN_DOCUMENTS = 4;

interface Props {
  record: RecordSummary;
  picked: boolean;
  onToggle(record: RecordSummary): void;
  onSplit(record: RecordSummary, key: string): void;
  onOpenDocument(id: number): void;
  onShowDocuments(type: EntityType, key: string): void;
  /** Merges this record into one it may duplicate (its first hint on the `m` key). */
  onMergeHint(record: RecordSummary, into: RecordSummary['likelyDuplicates'][number]): void;
}

export const RecordRow = memo(function RecordRow({
  record,
  picked,
  onToggle,
  onSplit,
  onOpenDocument,
  onShowDocuments,
  onMergeHint,
}: Props) {
  const { t } = useI18n();
  const [allDocs, setAllDocs] = useState(false);
  const docs = allDocs ? record.documents : record.documents.slice(0, SHOWN_DOCUMENTS);
  return (
    <tr
      className={picked ? 'picked' : undefined}
      data-testid="record-row"
      data-record-key={record.key}
      onKeyDown={(e) => {
        // One key merges: with the focus anywhere in the row, `m` merges it into its likeliest twin.
        const twin = record.likelyDuplicates[0];
        if (e.key !== 'm' || !twin || e.ctrlKey || e.metaKey || e.altKey || e.target instanceof HTMLInputElement) return;
        e.preventDefault();
        onMergeHint(record, twin);
      }}
    >
      <td>
        <input
          type="checkbox"
          checked={picked}
          onChange={() => onToggle(record)}
          aria-label={t('records.pickOne', { label: record.label })}
        />
      </td>
      <td>
        <span className={`swatch t-${record.type}`} aria-hidden="true" /> {t(`type.${record.type}`)}
      </td>
      <td>
        <div className="record-label">{record.label}</div>
        {record.label !== record.key && <div className="muted mono">{record.key}</div>}
        {record.likelyDuplicates.length > 0 && (
          <div className="likely-same" data-testid="likely-duplicates">
            <span className="muted">{t('records.likelySame')}</span>{' '}
            {record.likelyDuplicates.map((twin, i) => (
              <button
                key={twin.key}
                type="button"
                className="chip-button"
                data-twin-key={twin.key}
                aria-keyshortcuts={i === 0 ? 'm' : undefined}
                title={
                  i === 0
                    ? t('records.likelySameHint', { from: record.label, into: twin.label })
                    : t('records.mergeHint', { into: twin.label })
                }
                onClick={() => onMergeHint(record, twin)}
              >
                {twin.label}
                {i === 0 && (
                  <kbd className="key-hint" aria-hidden="true">
                    m
                  </kbd>
                )}
              </button>
            ))}
          </div>
        )}
        {record.mergedKeys.length > 0 && (
          <ul className="merged-keys" aria-label={t('records.mergedKeys')}>
            {record.mergedKeys.map((key) => (
              <li key={key}>
                <span className="chip">{key}</span>
                <button type="button" className="link" onClick={() => onSplit(record, key)}>
                  {t('records.split')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </td>
      <td>
        {Object.entries(record.details)
          .filter(([, values]) => values.length > 0)
          .map(([name, values]) => (
            <div key={name} className="record-detail">
              <span className="muted">{attributeLabel(name, t)}:</span> {values.join(' · ')}
            </div>
          ))}
      </td>
      <td className="num">{record.mentions}</td>
      <td>
        <ul className="record-docs">
          {docs.map((d) => (
            <li key={d.id}>
              <button type="button" className="link" onClick={() => onOpenDocument(d.id)}>
                {d.name}
              </button>
            </li>
          ))}
        </ul>
        {record.documents.length > SHOWN_DOCUMENTS && (
          <button type="button" className="link" onClick={() => setAllDocs((v) => !v)}>
            {allDocs ? t('records.fewerDocs') : t('records.moreDocs', { count: record.documents.length - SHOWN_DOCUMENTS })}
          </button>
        )}
        <button type="button" className="link" onClick={() => onShowDocuments(record.type, record.key)}>
          {t('records.inLibrary')}
        </button>
      </td>
    </tr>
  );
});
