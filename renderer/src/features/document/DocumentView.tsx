import { useEffect, useState } from 'react';
import type { MethodResult } from '../../../../shared/contract/api.ts';
import { useApi } from '../../api/ApiContext.tsx';
import { useI18n } from '../../i18n/i18n.tsx';

type Detail = MethodResult<'documents.get'>;

export function DocumentView({ id, onBack }: { id: number; onBack: () => void }) {
  const api = useApi();
  const { t } = useI18n();
  const [doc, setDoc] = useState<Detail | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    api.call('documents.get', { id })
      .then((d) => { if (live) setDoc(d); })
      .catch((e: unknown) => { if (live) setError(e instanceof Error ? e.message : String(e)); });
    return () => { live = false; };
  }, [api, id]);

  return (
    <main className="document">
      <div className="toolbar">
        <button type="button" onClick={onBack}>← {t('document.back')}</button>
        {doc && <h2>{doc.title ?? doc.name}</h2>}
      </div>
      {error && <div className="error" role="alert">{t('error.generic', { message: error })}</div>}
      {!doc && !error && <p>{t('document.loading')}</p>}
      {/* Document text is rendered as text, never as markup. */}
      {doc && <pre className="document-text" aria-label={t('document.text')} data-testid="document-text">{doc.text}</pre>}
    </main>
  );
}
