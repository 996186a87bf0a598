import { useState } from 'react';
import { CLERK_FIELD_CHOICES, DEFAULTED_CLERK_FIELDS } from '../../../../shared/types/decree-record.ts';
import type { DecreeDefaults } from '../../../../shared/types/decree-record.ts';
import { useApi } from '../../api/ApiContext.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { useSettings } from '../../hooks/use-settings.ts';
import { useI18n } from '../../i18n/i18n.tsx';

const FIELDS = [...DEFAULTED_CLERK_FIELDS, 'jdih_base_url'] as const;

/** The unit's defaults for the clerk-only decree fields (holding unit, status …) and the JDIH base URL. */
export function DecreeDefaultsForm({ defaults }: { defaults: DecreeDefaults }) {
  const api = useApi();
  const { reload } = useSettings();
  const { t } = useI18n();
  const [values, setValues] = useState<Record<string, string>>(() => Object.fromEntries(FIELDS.map((f) => [f, defaults[f] ?? ''])));
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const save = async () => {
    setSaved(false);
    setError(null);
    try {
      await api.call('decrees.setDefaults', Object.fromEntries(FIELDS.map((f) => [f, values[f]?.trim() || null])));
      await reload();
      setSaved(true);
    } catch (e) {
      setError(e);
    }
  };

  return (
    <form
      className="settings-form"
      aria-labelledby="decree-defaults-heading"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h3 id="decree-defaults-heading">{t('settings.decreeDefaults')}</h3>
      <p className="hint">{t('settings.decreeDefaultsHelp')}</p>
      {FIELDS.map((field) => {
        const choices = field === 'jdih_base_url' ? undefined : CLERK_FIELD_CHOICES[field];
        return (
          <label className="field" key={field}>
            <span>{field === 'jdih_base_url' ? t('settings.jdih_base_url') : t(`clerkField.${field}`)}</span>
            {choices ? (
              <select value={values[field] ?? ''} onChange={(e) => setValues((v) => ({ ...v, [field]: e.target.value }))}>
                <option value="">—</option>
                {choices.map((c) => (
                  <option key={c} value={c}>
                    {c}
                  </option>
                ))}
              </select>
            ) : (
              <input
                type={field === 'jdih_base_url' ? 'url' : 'text'}
                value={values[field] ?? ''}
                onChange={(e) => setValues((v) => ({ ...v, [field]: e.target.value }))}
              />
            )}
          </label>
        );
      })}
      <div className="form-actions">
        <button type="submit">{t('settings.saveDefaults')}</button>
        {saved && <span role="status">{t('settings.savedDefaults')}</span>}
      </div>
      <ErrorMessage error={error} />
    </form>
  );
}
