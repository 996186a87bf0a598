// Lifecycle of the desktop app: one instance, one window, the backend in this process.
import { app, dialog, Menu, screen } from 'electron';
import type { BrowserWindow } from 'electron';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { resolveDataDir } from '../backend/data-dir.ts';
import { openBackend } from '../backend/open-backend.ts';
import type { Backend } from '../backend/backend.ts';
import { dialogHandlers } from './dialogs.ts';
import { forwardEvents, registerIpc } from './ipc.ts';
import { buildMenu } from './menu.ts';
import { registerAppScheme, serveRenderer } from './protocol.ts';
import { createMainWindow, hardenSession, preloadPathFrom } from './window.ts';
import { loadWindowState, trackWindowState } from './window-state.ts';

const mainDir = dirname(fileURLToPath(import.meta.url));
const devServerUrl = process.env.ELECTRON_RENDERER_URL;
// The CLI and browser mode use the same folder: $LONTAR_DATA_DIR or <appData>/Lontar.
app.setPath('userData', resolveDataDir());

let backend: Backend | undefined;
let mainWindow: BrowserWindow | undefined;

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  registerAppScheme();
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (e) => e.preventDefault());
  });
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => fatal(error));
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', (event) => {
    if (!backend) return;
    // Let running imports stop cleanly and the database close before the process ends.
    event.preventDefault();
    const closing = backend;
    backend = undefined;
    void closing.close().finally(() => app.quit());
  });
}

async function start(): Promise<void> {
  hardenSession(devServerUrl);
  serveRenderer(join(mainDir, '../renderer'));
  const dataDir = app.getPath('userData');
  const resourcesDir = app.isPackaged ? join(process.resourcesPath, 'resources') : join(app.getAppPath(), 'resources');
  backend = await openBackend({ dataDir, resourcesDir, readerWorker: join(mainDir, 'reader-worker.js') });
  registerIpc({ ...backend.handlers, ...dialogHandlers(() => mainWindow) }, devServerUrl);
  const state = loadWindowState(
    dataDir,
    screen.getAllDisplays().map((d) => d.workArea),
  );
  mainWindow = createMainWindow({ preloadPath: preloadPathFrom(mainDir), devServerUrl, bounds: state });
  if (state.maximized) mainWindow.maximize();
  trackWindowState(mainWindow, dataDir);
  forwardEvents(backend.events, mainWindow);
  const events = backend.events;
  Menu.setApplicationMenu(buildMenu(app.getLocale(), (command) => events.emit('app.command', { command })));
}

function fatal(error: unknown): void {
  // A database from a newer Lontar, a read-only or damaged file: say so and stop, touching nothing.
  dialog.showErrorBox('Lontar cannot start', error instanceof Error ? error.message : String(error));
  app.exit(1);
}
