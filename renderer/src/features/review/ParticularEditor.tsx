import { useId, useState } from 'react';
import { ApiCallError } from '../../api/client.ts';
import { errorText } from '../../components/ErrorMessage.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { issueText } from './issue-text.ts';
import { suggestionsFor } from './decree-form-rows.ts';
import type { FormRow } from './decree-form-rows.ts';

interface Props {
  row: FormRow;
  label: string;
  initial: string;
  onSave(text: string): Promise<void>;
  onCancel(): void;
}

/** Inline edit of one field. Enter saves, Escape cancels; a refusal shows under the field and nothing is written. */
export function ParticularEditor({ row, label, initial, onSave, onCancel }: Props) {
  const { t } = useI18n();
  const id = useId();
  const [text, setText] = useState(initial);
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const suggestions = suggestionsFor(row);

  const submit = async () => {
    if (text.trim() === initial.trim()) return onCancel();
    setSaving(true);
    setProblem(null);
    try {
      await onSave(text);
    } catch (e) {
      setSaving(false);
      const own = e instanceof ApiCallError ? (e.issues?.find((i) => i.path === row.field) ?? e.issues?.[0]) : undefined;
      setProblem(own ? issueText(own, t) : errorText(e));
    }
  };

  return (
    <form
      className="particular-edit"
      aria-label={label}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          e.stopPropagation();
          onCancel();
        }
      }}
    >
      <input
        id={id}
        name={row.field}
        autoFocus
        aria-label={label}
        onFocus={(e) => e.currentTarget.select()}
        value={text}
        list={suggestions ? `${id}-list` : undefined}
        onChange={(e) => setText(e.target.value)}
        aria-invalid={problem !== null}
        aria-describedby={problem ? `${id}-error` : undefined}
        readOnly={saving}
      />
      {suggestions && (
        <datalist id={`${id}-list`}>
          {suggestions.map((s) => (
            <option key={s} value={s} />
          ))}
        </datalist>
      )}
      {problem && (
        <p className="field-error" id={`${id}-error`} role="alert">
          {problem}
        </p>
      )}
      <p className="muted small">
        {row.group === 'particular' && row.field === 'legal_basis' ? `${t('decree.listHint')} · ` : ''}
        {t('decree.editHint')}
      </p>
    </form>
  );
}
