import { describe, expect, it } from 'vitest';
import { appDataFolder, resolveDataDir } from '../../../electron/backend/data-dir.ts';

describe('data directory', () => {
  it('prefers $LONTAR_DATA_DIR, resolved to an absolute path', () => {
    expect(resolveDataDir({ LONTAR_DATA_DIR: '/srv/lontar' }, 'linux', '/home/sari')).toBe('/srv/lontar');
    expect(resolveDataDir({ LONTAR_DATA_DIR: 'rel/dir' }, 'linux', '/home/sari')).toMatch(/^\/.*rel\/dir$/);
  });

  it("is the platform's application-data folder otherwise, as Electron's userData for Lontar", () => {
    expect(resolveDataDir({}, 'linux', '/home/sari')).toBe('/home/sari/.config/Lontar');
    expect(resolveDataDir({ XDG_CONFIG_HOME: '/xdg' }, 'linux', '/home/sari')).toBe('/xdg/Lontar');
    expect(resolveDataDir({}, 'darwin', '/Users/sari')).toBe('/Users/sari/Library/Application Support/Lontar');
    expect(appDataFolder({ APPDATA: 'C:\\Users\\sari\\AppData\\Roaming' }, 'win32', 'C:\\Users\\sari')).toBe(
      'C:\\Users\\sari\\AppData\\Roaming',
    );
  });
});
