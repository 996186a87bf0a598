import { dialog } from 'electron';
import type { BrowserWindow } from 'electron';
import type { Handlers } from '../../shared/contract/dispatch.ts';
import { SUPPORTED_EXTENSIONS } from '../backend/import/sniff.ts';

/** The contract's dialog methods, answered with native dialogs (the backend alone cannot). */
export function dialogHandlers(window: () => BrowserWindow | undefined): Pick<Handlers, 'dialog.openFiles' | 'dialog.chooseFolder'> {
  return {
    'dialog.openFiles': async ({ folders }) => {
      const win = window();
      const options: Electron.OpenDialogOptions = {
        properties: folders ? ['openDirectory', 'multiSelections'] : ['openFile', 'multiSelections'],
        filters: folders
          ? []
          : [
              { name: 'Documents', extensions: SUPPORTED_EXTENSIONS.map((e) => e.slice(1)) },
              { name: 'All files', extensions: ['*'] },
            ],
      };
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return { paths: result.canceled ? [] : result.filePaths };
    },
    'dialog.chooseFolder': async () => {
      const win = window();
      const options: Electron.OpenDialogOptions = { properties: ['openDirectory', 'createDirectory'] };
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return { path: result.canceled ? null : (result.filePaths[0] ?? null) };
    },
  };
}
