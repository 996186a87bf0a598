import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserWindow, Rectangle } from 'electron';

export interface WindowState {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

const FILE = 'window-state.json';
const DEFAULT: WindowState = { width: 1280, height: 820, maximized: false };

/** The last window size and place, if it still fits one of the current displays. */
export function loadWindowState(dir: string, displays: Rectangle[]): WindowState {
  try {
    const saved = JSON.parse(readFileSync(join(dir, FILE), 'utf8')) as Partial<WindowState>;
    const width = Number(saved.width),
      height = Number(saved.height);
    if (!(width >= 400 && height >= 300 && width <= 10000 && height <= 10000)) return DEFAULT;
    const state: WindowState = { width, height, maximized: saved.maximized === true };
    const x = Number(saved.x),
      y = Number(saved.y);
    // A window placed on a monitor that has since gone would open out of sight: then let the system place it.
    const visible = displays.some((d) => x >= d.x - 50 && y >= d.y - 50 && x + 100 <= d.x + d.width && y + 100 <= d.y + d.height);
    return Number.isFinite(x) && Number.isFinite(y) && visible ? { ...state, x, y } : state;
  } catch {
    return DEFAULT;
  }
}

/** Saves the window's normal bounds when it moves, resizes or closes (debounced). */
export function trackWindowState(win: BrowserWindow, dir: string): void {
  let timer: NodeJS.Timeout | undefined;
  const save = () => {
    if (win.isDestroyed()) return;
    const bounds = win.getNormalBounds();
    const state: WindowState = { ...bounds, maximized: win.isMaximized() };
    const target = join(dir, FILE);
    try {
      writeFileSync(`${target}.partial`, JSON.stringify(state));
      renameSync(`${target}.partial`, target);
    } catch {
      // Not being able to remember the window size is not worth an error dialog.
    }
  };
  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(save, 500);
  };
  win.on('resize', later);
  win.on('move', later);
  win.on('close', () => {
    clearTimeout(timer);
    save();
  });
}
