import { contextBridge, ipcRenderer } from 'electron';
import type { IpcRendererEvent } from 'electron';

// Kept in sync with electron/main/ipc.ts (the preload is bundled alone, sandboxed).
const INVOKE_CHANNEL = 'lontar:invoke';
const EVENT_CHANNEL = 'lontar:event';

/**
 * The whole surface the page gets: `invoke` one contract method, and `onEvent` for push events.
 * No Node, no ipcRenderer, no arbitrary channels.
 */
contextBridge.exposeInMainWorld('lontar', {
  invoke: (method: string, args: unknown): Promise<unknown> => ipcRenderer.invoke(INVOKE_CHANNEL, method, args),
  onEvent: (listener: (event: unknown) => void): (() => void) => {
    const wrapped = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on(EVENT_CHANNEL, wrapped);
    return () => ipcRenderer.removeListener(EVENT_CHANNEL, wrapped);
  },
});
