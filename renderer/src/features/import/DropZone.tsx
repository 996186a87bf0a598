import { useEffect, useState } from 'react';
import { useI18n } from '../../i18n/i18n.tsx';
import { droppedFiles, droppedPaths } from './dropped-files.ts';
import { useImport } from './use-import.tsx';

/** Files or folders dropped anywhere on the window are imported. */
export function DropZone() {
  const { t } = useI18n();
  const { importFiles, importPaths } = useImport();
  const [dragging, setDragging] = useState(false);

  useEffect(() => {
    let depth = 0;
    const hasFiles = (e: DragEvent) => [...(e.dataTransfer?.types ?? [])].includes('Files');
    const enter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth++;
      setDragging(true);
    };
    const over = (e: DragEvent) => {
      if (hasFiles(e)) e.preventDefault();
    };
    const leave = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const drop = (e: DragEvent) => {
      if (!e.dataTransfer || !hasFiles(e)) return;
      e.preventDefault();
      depth = 0;
      setDragging(false);
      // Desktop: imported by path, never read whole in the window and sent over IPC.
      const paths = droppedPaths(e.dataTransfer, window.lontar?.pathForFile);
      if (paths) void importPaths(paths);
      else void droppedFiles(e.dataTransfer).then(importFiles);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, [importFiles, importPaths]);

  return dragging ? (
    <div className="drop-overlay" aria-hidden="true">
      {t('import.drop')}
    </div>
  ) : null;
}
