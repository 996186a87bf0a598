import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * The platform's application-data folder, computed the way Electron computes `appData`, so that
 * `<appData>/Lontar` is the folder Electron's `userData` gives for an app named Lontar.
 */
export function appDataFolder(env: NodeJS.ProcessEnv, platform: NodeJS.Platform, home: string): string {
  if (platform === 'win32') return env.APPDATA ?? join(home, 'AppData', 'Roaming');
  if (platform === 'darwin') return join(home, 'Library', 'Application Support');
  return env.XDG_CONFIG_HOME || join(home, '.config');
}

export const APP_FOLDER_NAME = 'Lontar';

/** One data directory for the app, the CLI and browser mode: $LONTAR_DATA_DIR, else the app-data folder. */
export function resolveDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home = homedir(),
): string {
  const override = env.LONTAR_DATA_DIR?.trim();
  return override ? resolve(override) : join(appDataFolder(env, platform, home), APP_FOLDER_NAME);
}
