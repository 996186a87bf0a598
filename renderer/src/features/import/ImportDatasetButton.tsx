import { useState } from 'react';
import type { MethodResult } from '../../../../shared/contract/api.ts';
import { useApi } from '../../api/ApiContext.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { useI18n } from '../../i18n/i18n.tsx';

/** Desktop only: bring a dataset Lontar exported (back) into the library, from a folder the clerk picks. */
export function ImportDatasetButton() {
  const api = useApi();
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<MethodResult<'import.dataset'> | null>(null);
  const [error, setError] = useState<unknown>(null);

  const run = async () => {
    setError(null);
    setResult(null);
    try {
      const { path } = await api.call('dialog.chooseFolder', {});
      if (!path) return;
      setBusy(true);
      setResult(await api.call('import.dataset', { dir: path }));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <button type="button" disabled={busy} onClick={() => void run()}>
        {t('import.datasetButton')}
      </button>
      {result && (
        <span role="status" className="muted">
          {t('import.datasetDone', { ...result })}
        </span>
      )}
      <ErrorMessage error={error} onDismiss={() => setError(null)} />
    </>
  );
}
