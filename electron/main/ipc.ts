import { ipcMain } from 'electron';
import type { BrowserWindow, IpcMainInvokeEvent } from 'electron';
import { dispatch } from '../../shared/contract/dispatch.ts';
import type { Handlers } from '../../shared/contract/dispatch.ts';
import type { EventBus } from '../backend/events.ts';
import { refusedImportPath } from './import-paths.ts';
import { isAppUrl } from './window.ts';

export const INVOKE_CHANNEL = 'lontar:invoke';
export const EVENT_CHANNEL = 'lontar:event';

/**
 * One channel for every call. The payload is validated by dispatch (zod) like any other host's;
 * calls from anything but our own UI (a frame that navigated elsewhere) are refused.
 */
export function registerIpc(handlers: Handlers, devServerUrl: string | undefined): () => void {
  ipcMain.handle(INVOKE_CHANNEL, async (event: IpcMainInvokeEvent, method: unknown, args: unknown) => {
    const senderUrl = event.senderFrame?.url ?? '';
    if (!isAppUrl(senderUrl, devServerUrl)) {
      return { ok: false, error: { code: 'unauthorized', message: 'Calls are accepted only from the Lontar window' } };
    }
    const refused = refusedImportPath(method, args);
    if (refused) return { ok: false, error: { code: 'invalid_request', message: refused } };
    return dispatch(handlers, method, args);
  });
  return () => ipcMain.removeHandler(INVOKE_CHANNEL);
}

/** Forwards backend push events to the window. */
export function forwardEvents(events: EventBus, win: BrowserWindow): () => void {
  return events.subscribe((event) => {
    if (!win.isDestroyed()) win.webContents.send(EVENT_CHANNEL, event);
  });
}
