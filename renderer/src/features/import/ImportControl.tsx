import { useEffect, useRef, useState } from 'react';
import type { EventPayload } from '../../../../shared/contract/events.ts';
import { useApi } from '../../api/ApiContext.tsx';
import { useI18n } from '../../i18n/i18n.tsx';

type Progress = EventPayload<'import.progress'>;
type Summary = EventPayload<'import.finished'>;

/** Import by file picker or by dropping files on the window; progress and failures shown inline. */
export function ImportControl() {
  const api = useApi();
  const { t } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [summary, setSummary] = useState<Summary | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);

  useEffect(() => {
    const offProgress = api.on('import.progress', setProgress);
    const offFinished = api.on('import.finished', (s) => { setSummary(s); setProgress(null); });
    return () => { offProgress(); offFinished(); };
  }, [api]);

  async function importFiles(files: readonly File[]) {
    if (files.length === 0) return;
    setError(null);
    setSummary(null);
    try {
      const sources = [];
      for (const file of files) {
        const { stagedId } = await api.call('import.stage', { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
        sources.push({ stagedId, name: file.name });
      }
      await api.call('import.start', { sources });
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }

  useEffect(() => {
    const over = (e: DragEvent) => { e.preventDefault(); setDragging(true); };
    const leave = (e: DragEvent) => { if (e.relatedTarget === null) setDragging(false); };
    const drop = (e: DragEvent) => {
      e.preventDefault();
      setDragging(false);
      void importFiles([...(e.dataTransfer?.files ?? [])]);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  });

  const fraction = progress ? (progress.fileIndex + (progress.pageCount ? (progress.page ?? 0) / progress.pageCount : 0)) / Math.max(1, progress.fileCount) : 0;

  return (
    <section className="import-control" aria-live="polite">
      <button type="button" onClick={() => input.current?.click()}>{t('import.button')}</button>
      <input ref={input} type="file" multiple hidden data-testid="import-input"
        onChange={(e) => { void importFiles([...(e.target.files ?? [])]); e.target.value = ''; }} />
      {progress && (
        <div className="import-progress">
          <progress max={1} value={fraction} />
          <span>{t('import.running', { file: progress.file, index: progress.fileIndex + 1, count: progress.fileCount })}</span>
        </div>
      )}
      {summary && (
        <div className="import-summary" role="status">
          {t('import.done', { imported: summary.imported.length, duplicates: summary.duplicates.length, failed: summary.failed.length })}
          {summary.failed.length > 0 && (
            <ul className="import-failures">
              {summary.failed.map((f) => <li key={f.file}>{t('import.failed', { file: f.file, error: f.error })}</li>)}
            </ul>
          )}
        </div>
      )}
      {error && <div className="error" role="alert">{t('error.generic', { message: error })}</div>}
      {dragging && <div className="drop-overlay">{t('import.drop')}</div>}
    </section>
  );
}
