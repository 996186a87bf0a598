import { beforeEach, describe, expect, it, vi } from 'vitest';

// No Electron binary can run in tests: the module is replaced by recording fakes.
const fake = vi.hoisted(() => {
  const handlers = new Map<string, (...args: unknown[]) => unknown>();
  const listeners = new Map<string, (...args: unknown[]) => unknown>();
  /** What the page's preload listens to, per channel (the renderer side of IPC). */
  const rendererListeners = new Map<string, Set<(...args: unknown[]) => unknown>>();
  /** The frame a routed call comes from, as main sees it. */
  const appFrame = { senderFrame: { url: 'app://lontar/index.html' } };
  const state = {
    windowOptions: undefined as undefined | Record<string, unknown>,
    loadedUrl: '',
    openHandler: undefined as undefined | ((details: { url: string }) => { action: string }),
    permissionHandler: undefined as undefined | ((c: unknown, p: string, cb: (ok: boolean) => void) => void),
    exposed: new Map<string, Record<string, unknown>>(),
    protocolHandler: undefined as undefined | ((request: Request) => Promise<Response>),
    fetched: [] as string[],
    opened: [] as string[],
  };
  class BrowserWindow {
    webContents = {
      on: (event: string, listener: (...args: unknown[]) => unknown) => listeners.set(event, listener),
      setWindowOpenHandler: (h: (details: { url: string }) => { action: string }) => {
        state.openHandler = h;
      },
      // Main → renderer: what the preload subscribed to on this channel receives it.
      send: (channel: string, payload: unknown) => {
        for (const listener of rendererListeners.get(channel) ?? []) listener({ sender: null }, payload);
      },
    };
    constructor(options: Record<string, unknown>) {
      state.windowOptions = options;
    }
    once() {}
    loadURL(url: string) {
      state.loadedUrl = url;
      return Promise.resolve();
    }
    isDestroyed() {
      return false;
    }
  }
  return { handlers, listeners, rendererListeners, appFrame, state, BrowserWindow };
});

vi.mock('electron', () => ({
  BrowserWindow: fake.BrowserWindow,
  ipcMain: {
    handle: (channel: string, h: (...args: unknown[]) => unknown) => fake.handlers.set(channel, h),
    removeHandler: (channel: string) => fake.handlers.delete(channel),
  },
  // Renderer → main: a call reaches only a handler main registered on that very channel.
  ipcRenderer: {
    invoke: async (channel: string, ...args: unknown[]) => {
      const handler = fake.handlers.get(channel);
      if (!handler) throw new Error(`No handler registered for '${channel}'`);
      return handler(fake.appFrame, ...args);
    },
    on: (channel: string, listener: (...args: unknown[]) => unknown) => {
      if (!fake.rendererListeners.has(channel)) fake.rendererListeners.set(channel, new Set());
      fake.rendererListeners.get(channel)!.add(listener);
    },
    removeListener: (channel: string, listener: (...args: unknown[]) => unknown) => fake.rendererListeners.get(channel)?.delete(listener),
  },
  // A dropped File's path as Electron would give it; a File made in the page has none.
  webUtils: { getPathForFile: (file: File) => (file.name === 'dropped.pdf' ? '/home/clerk/Unduhan/dropped.pdf' : '') },
  contextBridge: { exposeInMainWorld: (key: string, api: Record<string, unknown>) => fake.state.exposed.set(key, api) },
  session: {
    defaultSession: {
      setPermissionRequestHandler: (h: typeof fake.state.permissionHandler) => {
        fake.state.permissionHandler = h;
      },
      setPermissionCheckHandler: vi.fn(),
      webRequest: { onHeadersReceived: vi.fn() },
    },
  },
  shell: {
    openExternal: (url: string) => {
      fake.state.opened.push(url);
      return Promise.resolve();
    },
  },
  dialog: { showMessageBoxSync: () => 0 },
  protocol: {
    registerSchemesAsPrivileged: vi.fn(),
    handle: (_scheme: string, h: (request: Request) => Promise<Response>) => {
      fake.state.protocolHandler = h;
    },
  },
  net: {
    fetch: (url: string) => {
      fake.state.fetched.push(url);
      return Promise.resolve(new Response('<html></html>', { headers: { 'content-type': 'text/html' } }));
    },
  },
}));

const { createMainWindow, hardenSession } = await import('../../../electron/main/window.ts');
const { forwardEvents, registerIpc, INVOKE_CHANNEL } = await import('../../../electron/main/ipc.ts');
const { createEventBus } = await import('../../../electron/backend/events.ts');
const { serveRenderer } = await import('../../../electron/main/protocol.ts');

beforeEach(() => {
  fake.handlers.clear();
  fake.listeners.clear();
  fake.state.fetched.length = 0;
  fake.state.opened.length = 0;
});

describe('main window', () => {
  it('is isolated, sandboxed, without Node, and loads the UI from the app:// protocol', () => {
    createMainWindow({ preloadPath: '/app/out/preload/index.cjs', devServerUrl: undefined });
    const prefs = fake.state.windowOptions!.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      preload: '/app/out/preload/index.cjs',
    });
    // Nothing that loosens them: no Node in subframes, no experimental or Blink features switched on.
    for (const loosening of ['nodeIntegrationInSubFrames', 'experimentalFeatures', 'enableBlinkFeatures', 'additionalArguments']) {
      expect(prefs[loosening], loosening).toBeUndefined();
    }
    expect(fake.state.loadedUrl).toBe('app://lontar/index.html');
  });

  it('denies navigation away from the UI and every new window', () => {
    createMainWindow({ preloadPath: '/p.cjs', devServerUrl: undefined });
    const willNavigate = fake.listeners.get('will-navigate')!;
    const away = { preventDefault: vi.fn() };
    willNavigate(away, 'https://example.com/');
    expect(away.preventDefault).toHaveBeenCalled();
    const inside = { preventDefault: vi.fn() };
    willNavigate(inside, 'app://lontar/index.html#doc/1');
    expect(inside.preventDefault).not.toHaveBeenCalled();
    const fileUrl = { preventDefault: vi.fn() };
    willNavigate(fileUrl, 'file:///etc/passwd');
    expect(fileUrl.preventDefault).toHaveBeenCalled();
    // Only allow-listed https links reach the system browser; the window itself never opens.
    expect(fake.state.openHandler!({ url: 'https://github.com/lontar' })).toEqual({ action: 'deny' });
    expect(fake.state.opened).toEqual(['https://github.com/lontar']);
    for (const url of [
      'https://example.com/',
      'http://github.com/',
      'file:///etc/passwd',
      'smb://host/share',
      'https://user@github.com/',
      'https://github.com.evil.example/',
      'ms-msdt:/id',
      'not a url',
    ]) {
      expect(fake.state.openHandler!({ url })).toEqual({ action: 'deny' });
    }
    expect(fake.state.opened).toEqual(['https://github.com/lontar']);
  });

  it('denies every permission request', () => {
    hardenSession(undefined);
    const answer = vi.fn();
    fake.state.permissionHandler!({}, 'media', answer);
    expect(answer).toHaveBeenCalledWith(false);
  });
});

describe('IPC', () => {
  const handlers = {
    'documents.get': ({ id }: { id: number }) => {
      throw new Error(`should not run for ${id}`);
    },
    'documents.list': () => ({ total: 0, items: [] }),
  } as never;

  it('registers one channel that validates payloads through dispatch', async () => {
    registerIpc(handlers, undefined);
    expect([...fake.handlers.keys()]).toEqual([INVOKE_CHANNEL]);
    const handle = fake.handlers.get(INVOKE_CHANNEL)!;
    const fromApp = { senderFrame: { url: 'app://lontar/index.html' } };
    expect(await handle(fromApp, 'documents.list', {})).toEqual({ ok: true, value: { total: 0, items: [] } });
    expect(await handle(fromApp, 'documents.get', { id: 'x' })).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    expect(await handle(fromApp, 'fs.readFile', { path: '/etc/passwd' })).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
  });

  it('refuses calls from any frame that is not the Lontar UI', async () => {
    registerIpc(handlers, undefined);
    const handle = fake.handlers.get(INVOKE_CHANNEL)!;
    expect(await handle({ senderFrame: { url: 'https://evil.example/' } }, 'documents.list', {})).toMatchObject({
      ok: false,
      error: { code: 'unauthorized' },
    });
  });
});

describe('preload', () => {
  type Bridge = {
    invoke: (method: string, args: unknown) => Promise<unknown>;
    onEvent: (listener: (event: unknown) => void) => () => void;
    pathForFile: (file: unknown) => string;
  };
  const bridge = async (): Promise<Bridge> => {
    await import('../../../electron/preload/index.ts');
    return fake.state.exposed.get('lontar') as Bridge;
  };

  it('exposes only invoke, onEvent and the path of a dropped file', async () => {
    const api = await bridge();
    expect(Object.keys(api).sort()).toEqual(['invoke', 'onEvent', 'pathForFile']);
    const { pathForFile } = api;
    expect(pathForFile(new File(['%PDF-'], 'dropped.pdf'))).toBe('/home/clerk/Unduhan/dropped.pdf');
    expect(pathForFile(new File(['x'], 'made-in-page.txt'))).toBe('');
    // Anything but a File (a string the page forged, an object posing as one) gives no path.
    expect(pathForFile('/etc/passwd')).toBe('');
    expect(pathForFile({ name: 'dropped.pdf', path: '/etc/passwd' })).toBe('');
  });

  it("carries a page's call over the channel main handles, through dispatch and back", async () => {
    const calls: unknown[] = [];
    registerIpc(
      {
        'documents.list': (args: unknown) => {
          calls.push(args);
          return { total: 0, items: [] };
        },
      } as never,
      undefined,
    );
    const { invoke } = await bridge();
    expect(await invoke('documents.list', {})).toEqual({ ok: true, value: { total: 0, items: [] } });
    expect(calls).toHaveLength(1);
    // Validation on main's side is reached too: a bad payload comes back as a refusal.
    expect(await invoke('documents.get', { id: 'x' })).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
  });

  it("delivers backend events sent by main to the page's listener until it unsubscribes", async () => {
    const bus = createEventBus();
    forwardEvents(bus, new fake.BrowserWindow({}) as never);
    const { onEvent } = await bridge();
    const received: unknown[] = [];
    const stop = onEvent((event) => received.push(event));
    bus.emit('document.updated', { id: 7 });
    expect(received).toEqual([{ name: 'document.updated', payload: { id: 7 } }]);
    stop();
    bus.emit('document.updated', { id: 8 });
    expect(received).toHaveLength(1);
  });
});

describe('import paths from the window', () => {
  it('reach the importer only when absolute and plain', async () => {
    const seen: unknown[] = [];
    registerIpc(
      {
        'import.start': (args: unknown) => {
          seen.push(args);
          return { jobId: 1 };
        },
      } as never,
      undefined,
    );
    const handle = fake.handlers.get(INVOKE_CHANNEL)!;
    const fromApp = { senderFrame: { url: 'app://lontar/index.html' } };
    const start = (path: string) => handle(fromApp, 'import.start', { sources: [{ path }] });
    expect(await start('/home/clerk/Unduhan/dropped.pdf')).toEqual({ ok: true, value: { jobId: 1 } });
    for (const bad of ['dropped.pdf', './lontar.sqlite', '/home/clerk/../../etc/passwd', '/tmp/a\0b', '\\\\.\\PhysicalDrive0', '']) {
      expect(await start(bad), bad).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    }
    expect(seen).toHaveLength(1);
  });
});

describe('app:// protocol', () => {
  it('serves files of the renderer folder with the CSP, and nothing outside it', async () => {
    serveRenderer('/app/out/renderer');
    const handler = fake.state.protocolHandler!;
    const ok = await handler(new Request('app://lontar/index.html'));
    expect(ok.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(fake.state.fetched).toEqual(['file:///app/out/renderer/index.html']);
    for (const path of ['%2e%2e/%2e%2e/etc/passwd', '..%2f..%2fetc%2fpasswd', '%5c..%5c..%5cetc%5cpasswd']) {
      await handler(new Request(`app://lontar/${path}`));
    }
    // Whatever the encoding tricks, every file read stays inside the renderer folder.
    expect(fake.state.fetched.length).toBeGreaterThan(1);
    for (const url of fake.state.fetched) expect(url.startsWith('file:///app/out/renderer/')).toBe(true);
    expect((await handler(new Request('app://other/index.html'))).status).toBe(404);
  });
});
