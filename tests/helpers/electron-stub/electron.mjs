// A stand-in for the parts of Electron's main-process API that Lontar's shell uses. It records
// what the app does and, once the app is ready, drives it like a window would: one IPC call, one
// request to the app:// protocol, then quit. Results are printed as JSON lines on stdout.
import { EventEmitter } from 'node:events';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { tmpdir } from 'node:os';
import { IPC_CHANNELS } from '../../../shared/contract/ipc-channels.ts';

const report = (kind, value) => process.stdout.write(`${JSON.stringify({ kind, value })}\n`);
const paths = { userData: tmpdir(), appData: tmpdir() };
const ipcHandlers = new Map();
let protocolHandler;
let readyResolve;
const ready = new Promise((r) => {
  readyResolve = r;
});

class StubApp extends EventEmitter {
  isPackaged = false;
  getPath(name) {
    return paths[name];
  }
  setPath(name, value) {
    paths[name] = value;
    report('setPath', { name, value });
  }
  getAppPath() {
    return process.cwd();
  }
  getLocale() {
    return 'id-ID';
  }
  getVersion() {
    return '0.0.0';
  }
  requestSingleInstanceLock() {
    return true;
  }
  whenReady() {
    return ready;
  }
  quit() {
    const event = {
      defaultPrevented: false,
      preventDefault() {
        this.defaultPrevented = true;
      },
    };
    this.emit('will-quit', event);
    if (!event.defaultPrevented) {
      report('quit', true);
      process.exit(0);
    }
  }
  exit(code) {
    report('exit', code);
    process.exit(code);
  }
}
export const app = new StubApp();

export class BrowserWindow extends EventEmitter {
  constructor(options) {
    super();
    report('window', { webPreferences: options.webPreferences });
    this.webContents = Object.assign(new EventEmitter(), { setWindowOpenHandler() {}, send() {} });
  }
  loadURL(url) {
    report('loadURL', url);
    return Promise.resolve();
  }
  isDestroyed() {
    return false;
  }
  isMinimized() {
    return false;
  }
  maximize() {}
  getNormalBounds() {
    return { x: 0, y: 0, width: 1280, height: 820 };
  }
  isMaximized() {
    return false;
  }
}

export const ipcMain = { handle: (channel, handler) => ipcHandlers.set(channel, handler), removeHandler: (c) => ipcHandlers.delete(c) };
export const protocol = {
  registerSchemesAsPrivileged() {},
  handle: (_scheme, handler) => {
    protocolHandler = handler;
  },
};
export const net = {
  fetch: async (url) => {
    try {
      return new Response(await readFile(fileURLToPath(url)));
    } catch {
      return new Response('not found', { status: 404 });
    }
  },
};
export const session = {
  defaultSession: { setPermissionRequestHandler() {}, setPermissionCheckHandler() {}, webRequest: { onHeadersReceived() {} } },
};
export const shell = { openExternal: async () => {} };
export const dialog = {
  showErrorBox: (title, message) => report('errorBox', { title, message }),
  showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
  showMessageBoxSync: () => 0,
};
export const Menu = {
  buildFromTemplate: (template) => ({ template }),
  setApplicationMenu: (menu) =>
    report(
      'menu',
      menu.template.map((m) => m.label),
    ),
};
export const screen = { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] };
const exposed = new Map();
export const contextBridge = { exposeInMainWorld: (key, api) => exposed.set(key, api) };
// Files "dropped" by the drive below, with where they lie on disk (what Electron knows of a real drop).
const droppedOnDisk = new WeakMap();
export const webUtils = { getPathForFile: (file) => droppedOnDisk.get(file) ?? '' };
export const ipcRenderer = { invoke() {}, on() {}, removeListener() {} };
export default { app, BrowserWindow, ipcMain, protocol, net, session, shell, dialog, Menu, screen, contextBridge, ipcRenderer, webUtils };

// Drive the app once it is up: the main module registers its handlers inside whenReady().then(start).
setImmediate(() => readyResolve());
const drive = async () => {
  for (let i = 0; i < 200 && !ipcHandlers.has(IPC_CHANNELS.invoke); i++) await new Promise((r) => setTimeout(r, 50));
  const invoke = ipcHandlers.get(IPC_CHANNELS.invoke);
  if (!invoke) return report('error', 'no IPC handler registered');
  report('invoke', await invoke({ senderFrame: { url: 'app://lontar/index.html' } }, 'app.info', {}));
  report('foreign', await invoke({ senderFrame: { url: 'https://example.com/' } }, 'app.info', {}));
  if (process.env.LONTAR_STUB_IMPORT) {
    // A real import through the bundled reader thread.
    const started = await invoke({ senderFrame: { url: 'app://lontar/index.html' } }, 'import.start', {
      sources: [{ path: process.env.LONTAR_STUB_IMPORT }],
    });
    let job;
    for (let i = 0; i < 200; i++) {
      job = await invoke({ senderFrame: { url: 'app://lontar/index.html' } }, 'import.job', { jobId: started.value.jobId });
      if (job.value.status !== 'running') break;
      await new Promise((r) => setTimeout(r, 50));
    }
    report('import', job);
  }
  if (process.env.LONTAR_STUB_DROP) {
    // A drop in the window: the built preload turns the File into its path, main checks the path
    // and the importer reads the file from disk (nothing of it travels over IPC).
    const preload = await readFile(new URL('../../../out/preload/index.cjs', import.meta.url), 'utf8');
    const module = { exports: {} };
    new Function('require', 'module', 'exports', preload)(
      (name) => {
        if (name !== 'electron') throw new Error(`the preload may require electron only, not ${name}`);
        return { contextBridge, ipcRenderer, webUtils };
      },
      module,
      module.exports,
    );
    const bridge = exposed.get('lontar');
    const file = new File(['not read here'], 'dropped.txt');
    droppedOnDisk.set(file, process.env.LONTAR_STUB_DROP);
    const path = bridge.pathForFile(file);
    report('dropPath', path);
    const fromApp = { senderFrame: { url: 'app://lontar/index.html' } };
    const started = await invoke(fromApp, 'import.start', { sources: [{ path }] });
    let job;
    for (let i = 0; i < 200; i++) {
      job = await invoke(fromApp, 'import.job', { jobId: started.value.jobId });
      if (job.value.status !== 'running') break;
      await new Promise((r) => setTimeout(r, 50));
    }
    report('drop', job);
    report('relativeDrop', await invoke(fromApp, 'import.start', { sources: [{ path: 'lontar.sqlite' }] }));
  }
  const page = await protocolHandler(new Request('app://lontar/index.html'));
  report('protocol', { status: page.status, csp: page.headers.get('content-security-policy'), html: (await page.text()).slice(0, 200) });
  app.quit();
};
drive().catch((error) => {
  report('error', String(error?.stack ?? error));
  process.exit(1);
});
