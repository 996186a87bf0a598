import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

// electron-builder reads its config with js-yaml (a dependency of app-builder-lib): parsing the file
// the same way checks what the build will really get, not what a regex thinks the file says.
const { load } = createRequire(import.meta.url)('js-yaml') as { load: (text: string) => unknown };
const builder = load(readFileSync('electron-builder.yml', 'utf8')) as Record<string, unknown>;
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  devDependencies: Record<string, string>;
  dependencies: Record<string, string>;
};

describe('desktop build', () => {
  it('burns the fuses that stop the app being used as plain Node or loading other code', () => {
    expect(builder.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
    // Asar integrity needs the app packed in an asar at all.
    expect(builder.asar).not.toBe(false);
  });

  it('pins Electron exactly, at the patched release', () => {
    expect(pkg.devDependencies.electron).toBe('45.5.0');
    expect(pkg.dependencies.electron).toBeUndefined();
  });
});
