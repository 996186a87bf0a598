import { BrowserWindow, dialog, session } from 'electron';
import type { WebContents } from 'electron';
import { join } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../hosts/content-security-policy.ts';
import { openExternalLink } from './external-links.ts';
import { APP_ORIGIN } from './protocol.ts';

export interface WindowOptions {
  preloadPath: string;
  /** The dev server's URL in `electron-vite dev`, else undefined (the app:// protocol). */
  devServerUrl: string | undefined;
  bounds?: { x?: number; y?: number; width: number; height: number };
}

/** Whether a URL belongs to the UI (the app:// origin, or the dev server in development). */
export function isAppUrl(url: string, devServerUrl: string | undefined): boolean {
  try {
    const origin = new URL(url).origin;
    return url.startsWith(`${APP_ORIGIN}/`) || (devServerUrl !== undefined && origin === new URL(devServerUrl).origin);
  } catch {
    return false;
  }
}

/**
 * The main window, locked down: isolated, sandboxed, no Node in the page, strict CSP, no
 * navigation, no new windows, no permissions. Allowed links (external-links.ts) open in the system browser.
 */
export function createMainWindow(options: WindowOptions): BrowserWindow {
  const win = new BrowserWindow({
    width: options.bounds?.width ?? 1280,
    height: options.bounds?.height ?? 820,
    ...(options.bounds?.x !== undefined && options.bounds.y !== undefined ? { x: options.bounds.x, y: options.bounds.y } : {}),
    minWidth: 800,
    minHeight: 560,
    title: 'Lontar',
    show: false,
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
    },
  });
  lockDown(win.webContents, options.devServerUrl);
  // The page asks to stay open while a review decision is still being saved (beforeunload);
  // Electron would silently keep the window open, so ask the clerk instead.
  win.webContents.on('will-prevent-unload', (event) => {
    const choice = dialog.showMessageBoxSync(win, {
      type: 'question',
      buttons: ['Tunggu / Wait', 'Tutup / Close'],
      defaultId: 0,
      cancelId: 0,
      message: 'Lontar masih menyimpan keputusan terakhir. / Lontar is still saving the last decision.',
    });
    if (choice === 1) event.preventDefault();
  });
  win.once('ready-to-show', () => win.show());
  if (options.devServerUrl) void win.loadURL(options.devServerUrl);
  else void win.loadURL(`${APP_ORIGIN}/index.html`);
  return win;
}

function lockDown(contents: WebContents, devServerUrl: string | undefined): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, devServerUrl)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url, devServerUrl)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openExternalLink(url);
    return { action: 'deny' };
  });
}

/** Session-wide rules: every permission request denied; the CSP also on dev-server responses. */
export function hardenSession(devServerUrl: string | undefined): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  if (devServerUrl) {
    ses.webRequest.onHeadersReceived((details, callback) => {
      // Vite's dev server needs its HMR websocket; the production CSP is set by the protocol handler.
      callback({
        responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [`${CONTENT_SECURITY_POLICY}; connect-src 'self' ws:`] },
      });
    });
  }
}

export const preloadPathFrom = (mainDir: string) => join(mainDir, '../preload/index.cjs');
