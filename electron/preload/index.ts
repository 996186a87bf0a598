import { contextBridge, ipcRenderer, webUtils } from 'electron';
import type { IpcRendererEvent } from 'electron';

// Kept in sync with electron/main/ipc.ts (the preload is bundled alone, sandboxed).
const INVOKE_CHANNEL = 'lontar:invoke';
const EVENT_CHANNEL = 'lontar:event';

/**
 * The whole surface the page gets: `invoke` one contract method, `onEvent` for push events, and
 * `pathForFile`: where a dropped file lies on disk, so the desktop app imports it by path instead
 * of reading it whole in the window. No Node, no ipcRenderer, no arbitrary channels; main checks
 * every path it is given (electron/main/import-paths.ts).
 */
contextBridge.exposeInMainWorld('lontar', {
  invoke: (method: string, args: unknown): Promise<unknown> => ipcRenderer.invoke(INVOKE_CHANNEL, method, args),
  onEvent: (listener: (event: unknown) => void): (() => void) => {
    const wrapped = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on(EVENT_CHANNEL, wrapped);
    return () => ipcRenderer.removeListener(EVENT_CHANNEL, wrapped);
  },
  // Empty for anything but a File from disk (a File built in the page has no path).
  pathForFile: (file: unknown): string => (file instanceof File ? webUtils.getPathForFile(file) : ''),
});
