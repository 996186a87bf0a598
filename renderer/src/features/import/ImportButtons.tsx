import { useEffect, useRef, useState } from 'react';
import { useApi } from '../../api/ApiContext.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { visibleFiles } from './dropped-files.ts';
import { ImportJobsDialog } from './ImportJobsDialog.tsx';
import { ImportDatasetButton } from './ImportDatasetButton.tsx';
import { useImport } from './use-import.tsx';

/** "Import files", "Import folder" and the import history; native dialogs in the desktop app. */
export function ImportButtons() {
  const api = useApi();
  const { t } = useI18n();
  const { importFiles, importPaths } = useImport();
  const files = useRef<HTMLInputElement>(null);
  const folder = useRef<HTMLInputElement>(null);
  const [historyOpen, setHistoryOpen] = useState(false);
  const desktop = Boolean(window.lontar);

  useEffect(() => {
    // Not a React prop: set the folder picker's attribute on the element.
    if (folder.current) folder.current.webkitdirectory = true;
  }, []);

  const pick = async (folders: boolean) => {
    if (!desktop) {
      (folders ? folder : files).current?.click();
      return;
    }
    const { paths } = await api.call('dialog.openFiles', { folders });
    await importPaths(paths);
  };

  return (
    <div className="import-buttons">
      <button type="button" className="primary" onClick={() => void pick(false)}>
        {t('import.button')}
      </button>
      <button type="button" onClick={() => void pick(true)}>
        {t('import.folderButton')}
      </button>
      {desktop && <ImportDatasetButton />}
      <button type="button" className="link" onClick={() => setHistoryOpen(true)}>
        {t('import.history')}
      </button>
      <input
        ref={files}
        type="file"
        multiple
        hidden
        data-testid="import-input"
        aria-label={t('import.button')}
        onChange={(e) => {
          void importFiles(visibleFiles(e.target.files));
          e.target.value = '';
        }}
      />
      <input
        ref={folder}
        type="file"
        multiple
        hidden
        data-testid="import-folder-input"
        aria-label={t('import.folderButton')}
        onChange={(e) => {
          void importFiles(visibleFiles(e.target.files));
          e.target.value = '';
        }}
      />
      {historyOpen && <ImportJobsDialog onClose={() => setHistoryOpen(false)} />}
    </div>
  );
}
