import { contextBridge, ipcRenderer } from 'electron';
import type { IpcRendererEvent } from 'electron';
import { IPC_CHANNELS } from '../../shared/contract/ipc-channels.ts';

const { invoke: INVOKE_CHANNEL, event: EVENT_CHANNEL } = IPC_CHANNELS;

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
