import { useEffect, useRef } from 'react';
import type { DecreeDefaults, DecreeRecord } from '../../../../shared/types/decree-record.ts';
import type { DecreeKind } from '../../../../shared/types/particulars.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import type { Translate } from '../../i18n/translate.ts';
import { clerkText, FORM_ROWS, particularText, rowKey } from './decree-form-rows.ts';
import type { FormRow } from './decree-form-rows.ts';
import { ParticularEditor } from './ParticularEditor.tsx';

export interface ParticularActions {
  select(index: number): void;
  startEdit(index: number): void;
  save(row: FormRow, text: string): Promise<void>;
  cancelEdit(): void;
  confirm(confirmed: boolean): void;
}

interface Props {
  record: DecreeRecord;
  defaults: DecreeDefaults | null;
  cursor: number;
  editing: boolean;
  actions: ParticularActions;
}

const labelOf = (row: FormRow, t: Translate) => (row.group === 'particular' ? t(`particular.${row.field}`) : t(`clerkField.${row.field}`));

/**
 * The decree's particulars beside the page, one row per field: its value, review state and where
 * it was read; weak readings stand out. The clerk's own fields follow, defaults from settings shown
 * as such. The keyboard drives it (ReviewView routes keys here while the tab is open).
 */
export function ParticularsPanel({ record, defaults, cursor, editing, actions }: Props) {
  const { t } = useI18n();
  const list = useRef<HTMLDivElement>(null);
  useEffect(() => {
    list.current?.querySelector(`[data-row="${cursor}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [cursor, editing]);
  const confirmed = record.status === 'confirmed';

  return (
    <div className="particulars" data-testid="particulars-panel" data-record-status={record.status}>
      <div className="particulars-head">
        <span className={`record-status ${record.status}`} data-testid="record-status">
          {t(`decree.recordStatus.${record.status}`)}
        </span>
        <button type="button" className={confirmed ? '' : 'primary'} onClick={() => actions.confirm(!confirmed)}>
          {confirmed ? t('decree.reopen') : t('decree.confirm')} <kbd>c</kbd>
        </button>
      </div>
      {!record.instrument && (
        <p className="notice warn" role="note" data-testid="not-instrument">
          {t('decree.notInstrument')}
        </p>
      )}
      <div
        ref={list}
        className="particular-list"
        role="listbox"
        aria-label={t('decree.panel')}
        aria-activedescendant={`particular-row-${cursor}`}
      >
        {FORM_ROWS.map((row, index) => {
          const selected = index === cursor;
          const label = labelOf(row, t);
          const first = row.group === 'clerk' && FORM_ROWS[index - 1]?.group === 'particular';
          let text: string;
          let editText: string;
          let extra: React.ReactNode = null;
          let cls = 'particular-row';
          if (row.group === 'particular') {
            const field = record.fields[row.field];
            text = particularText(record, row.field);
            editText = text;
            // The kind is stored as its code (uu, kepkada …); the clerk reads its name beside it.
            if (row.field === 'kind' && field.value !== null) text = `${text} — ${t(`decreeKind.${field.value as DecreeKind}`)}`;
            cls += ` st-${field.state}`;
            if (field.source?.weak) cls += ' weak';
            extra = (
              <>
                <span className={`field-state st-${field.state}`}>{t(`fieldState.${field.state}`)}</span>
                {field.source?.weak && (
                  <span className="weak-badge" title={t('decree.weak')}>
                    ⚠ {t('decree.weakShort')}
                  </span>
                )}
              </>
            );
          } else {
            const value = clerkText(record, row.field, defaults);
            text = value.text;
            editText = text;
            if (value.fromDefault) extra = <span className="muted small">({t('decree.default')})</span>;
          }
          const source = row.group === 'particular' ? record.fields[row.field].source : null;
          return (
            <div key={rowKey(row)}>
              {first && <h3 className="group-head">{t('decree.clerkFields')}</h3>}
              <div
                id={`particular-row-${index}`}
                role="option"
                aria-selected={selected}
                data-row={index}
                data-field={row.field}
                data-testid="particular-row"
                className={`${cls}${selected ? ' sel' : ''}`}
                title={
                  row.group === 'particular'
                    ? source
                      ? t('decree.source', { rule: source.rule, confidence: `${Math.round(source.confidence * 100)}%` })
                      : t('decree.noSource')
                    : undefined
                }
                onClick={() => actions.select(index)}
                onDoubleClick={() => actions.startEdit(index)}
              >
                <span className="particular-label">{label}</span>
                {selected && editing ? (
                  <ParticularEditor
                    row={row}
                    label={label}
                    initial={editText}
                    onSave={(value) => actions.save(row, value)}
                    onCancel={actions.cancelEdit}
                  />
                ) : (
                  <span className="particular-value" data-testid="particular-value">
                    {text || t('decree.empty')}
                  </span>
                )}
                <span className="particular-extra">{extra}</span>
              </div>
            </div>
          );
        })}
      </div>
      <p className="hint">{t('decree.keysHint')}</p>
    </div>
  );
}
