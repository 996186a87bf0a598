import { useId, useState } from 'react';
import type { Attributes } from '../../../../shared/types/entity.ts';
import { ApiCallError } from '../../api/client.ts';
import { issueText } from './issue-text.ts';
import { errorText } from '../../components/ErrorMessage.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { attributeToText, fieldsFor, textToAttribute } from './attribute-fields.ts';
import { attributeLabel } from './EntityItem.tsx';
import type { EntityRecord } from './review-types.ts';

export type SaveEdit = (entityId: number, change: { normalized?: string; attributes?: Attributes }) => Promise<void>;

/**
 * Inline correction of the normalised value and attributes. Enter saves, Escape cancels. A
 * refusal names its field (`normalized`, `attributes.year` …): the message shows under it.
 */
export function EntityEditForm({ entity, onSave, onCancel }: { entity: EntityRecord; onSave: SaveEdit; onCancel: () => void }) {
  const { t } = useI18n();
  const formId = useId();
  const fields = fieldsFor(entity.type, entity.attributes);
  const [normalized, setNormalized] = useState(entity.normalized);
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(fields.map((f) => [f.name, attributeToText(entity.attributes[f.name])])),
  );
  const [issues, setIssues] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const submit = async () => {
    const change: { normalized?: string; attributes?: Attributes } = {};
    if (normalized.trim() !== entity.normalized) change.normalized = normalized.trim();
    const attributes: Attributes = { ...entity.attributes };
    let attributesChanged = false;
    for (const field of fields) {
      const text = values[field.name] ?? '';
      if (text === attributeToText(entity.attributes[field.name])) continue;
      const value = textToAttribute(field, text, entity.attributes[field.name]);
      if (value === undefined) delete attributes[field.name];
      else attributes[field.name] = value;
      attributesChanged = true;
    }
    if (attributesChanged) change.attributes = attributes;
    if (change.normalized === undefined && change.attributes === undefined) {
      onCancel();
      return;
    }
    setSaving(true);
    setIssues({});
    setGeneral(null);
    try {
      await onSave(entity.id, change);
    } catch (e) {
      setSaving(false);
      if (e instanceof ApiCallError && e.issues?.length) {
        const byField: Record<string, string> = {};
        const rest: string[] = [];
        for (const issue of e.issues) {
          const name =
            issue.path === 'normalized'
              ? 'normalized'
              : issue.path.startsWith('attributes.')
                ? issue.path.slice('attributes.'.length)
                : null;
          if (name && (name === 'normalized' || fields.some((f) => f.name === name))) byField[name] = issueText(issue, t);
          else rest.push(issueText(issue, t));
        }
        setIssues(byField);
        setGeneral(rest.length ? rest.join(' ') : Object.keys(byField).length ? null : e.message);
      } else {
        setGeneral(errorText(e));
      }
    }
  };

  const fieldId = (name: string) => `${formId}-${name}`;
  return (
    <form
      className="entity-edit"
      aria-label={t('review.editTitle')}
      onClick={(e) => e.stopPropagation()}
      onDoubleClick={(e) => e.stopPropagation()}
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
      <label htmlFor={fieldId('normalized')}>{t('review.normalized')}</label>
      <input
        id={fieldId('normalized')}
        name="normalized"
        autoFocus
        onFocus={(e) => e.currentTarget.select()}
        value={normalized}
        onChange={(e) => setNormalized(e.target.value)}
        aria-invalid={Boolean(issues.normalized)}
        aria-describedby={issues.normalized ? `${fieldId('normalized')}-error` : undefined}
      />
      {issues.normalized && (
        <p className="field-error" id={`${fieldId('normalized')}-error`} role="alert">
          {issues.normalized}
        </p>
      )}
      {fields.map((field) => (
        <div key={field.name} className="edit-field">
          <label htmlFor={fieldId(field.name)}>
            {attributeLabel(field.name, t)}
            {field.kind === 'list' && <span className="muted"> {t('review.listHint')}</span>}
          </label>
          <input
            id={fieldId(field.name)}
            name={`attributes.${field.name}`}
            inputMode={field.kind === 'number' ? 'decimal' : undefined}
            list={field.suggestions ? `${fieldId(field.name)}-list` : undefined}
            value={values[field.name] ?? ''}
            onChange={(e) => setValues((v) => ({ ...v, [field.name]: e.target.value }))}
            aria-invalid={Boolean(issues[field.name])}
            aria-describedby={issues[field.name] ? `${fieldId(field.name)}-error` : undefined}
          />
          {field.suggestions && (
            <datalist id={`${fieldId(field.name)}-list`}>
              {field.suggestions.map((s) => (
                <option key={s} value={s} />
              ))}
            </datalist>
          )}
          {issues[field.name] && (
            <p className="field-error" id={`${fieldId(field.name)}-error`} role="alert">
              {issues[field.name]}
            </p>
          )}
        </div>
      ))}
      {general && (
        <p className="field-error" role="alert">
          {general}
        </p>
      )}
      <div className="edit-actions">
        <button type="submit" className="primary" disabled={saving}>
          {t('common.save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
        <span className="muted">{t('review.editKeys')}</span>
      </div>
    </form>
  );
}
