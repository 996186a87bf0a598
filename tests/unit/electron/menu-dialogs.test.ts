import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

const fake = vi.hoisted(() => ({ dialogCalls: [] as unknown[], nextDialog: { canceled: false, filePaths: ['/home/sari/a.pdf'] } }));

vi.mock('electron', () => ({
  Menu: { buildFromTemplate: (template: unknown) => ({ template }) },
  shell: { openExternal: vi.fn() },
  dialog: {
    showOpenDialog: (...args: unknown[]) => {
      fake.dialogCalls.push(args.at(-1));
      return Promise.resolve(fake.nextDialog);
    },
  },
}));

const { buildMenu } = await import('../../../electron/main/menu.ts');
const { dialogHandlers } = await import('../../../electron/main/dialogs.ts');
const { loadWindowState, trackWindowState } = await import('../../../electron/main/window-state.ts');

type Item = { label?: string; role?: string; submenu?: Item[]; click?: () => void; accelerator?: string };

describe('application menu', () => {
  it('has File → Import and Export, View and Help, in the system language, sending commands to the UI', () => {
    const sent: string[] = [];
    const menu = buildMenu('id-ID', (c) => sent.push(c)) as unknown as { template: Item[] };
    expect(menu.template.map((m) => m.label)).toEqual(['Berkas', 'Sunting', 'Tampilan', 'Bantuan']);
    const file = menu.template[0]!.submenu!;
    file.find((i) => i.label === 'Impor berkas…')!.click!();
    file.find((i) => i.label === 'Ekspor data…')!.click!();
    expect(sent).toEqual(['import-files', 'export']);
    const english = buildMenu('en-US', () => {}) as unknown as { template: Item[] };
    expect(english.template.map((m) => m.label)).toEqual(['File', 'Edit', 'View', 'Help']);
  });
});

describe('native dialogs', () => {
  it('answer the contract dialog methods with the chosen paths, or none when cancelled', async () => {
    const handlers = dialogHandlers(() => undefined);
    expect(await handlers['dialog.openFiles']({ folders: false })).toEqual({ paths: ['/home/sari/a.pdf'] });
    expect(fake.dialogCalls.at(-1)).toMatchObject({ properties: ['openFile', 'multiSelections'] });
    fake.nextDialog = { canceled: true, filePaths: [] };
    expect(await handlers['dialog.chooseFolder']({})).toEqual({ path: null });
  });
});

describe('window state', () => {
  const display = { x: 0, y: 0, width: 1920, height: 1080 };

  it('remembers size and place, and forgets a place on a display that is gone', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lontar-ws-'));
    const listeners = new Map<string, () => void>();
    const win = {
      isDestroyed: () => false,
      isMaximized: () => false,
      getNormalBounds: () => ({ x: 100, y: 80, width: 1000, height: 700 }),
      on: (event: string, listener: () => void) => listeners.set(event, listener),
    };
    trackWindowState(win as never, dir);
    listeners.get('close')!();
    expect(JSON.parse(readFileSync(join(dir, 'window-state.json'), 'utf8'))).toEqual({
      x: 100,
      y: 80,
      width: 1000,
      height: 700,
      maximized: false,
    });
    expect(loadWindowState(dir, [display])).toEqual({ x: 100, y: 80, width: 1000, height: 700, maximized: false });
    writeFileSync(join(dir, 'window-state.json'), JSON.stringify({ x: 5000, y: 80, width: 1000, height: 700 }));
    expect(loadWindowState(dir, [display])).toEqual({ width: 1000, height: 700, maximized: false });
    writeFileSync(join(dir, 'window-state.json'), 'garbage');
    expect(loadWindowState(dir, [display])).toEqual({ width: 1280, height: 820, maximized: false });
  });
});
