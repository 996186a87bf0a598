import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The layering of ARCHITECTURE.md is enforced by lint; these cases prove each forbidden import fails.
const eslint = new ESLint({ cwd: process.cwd() });

async function importErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('layer boundaries', () => {
  it.each([
    ['shared/extract/x.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;"],
    ['shared/extract/x.ts', "import { app } from 'electron';\nexport const x = app;"],
    ['shared/extract/x.ts', "import natural from 'natural';\nexport const x = natural;"],
    [
      'shared/contract/x.ts',
      "import { createRoot } from 'react-dom/client';\nimport React from 'react';\nexport const x = [createRoot, React];",
    ],
    ['shared/contract/x.ts', "import { x as y } from '../../electron/backend/workbench.ts';\nexport const x = y;"],
    ['renderer/src/x.ts', "import { join } from 'node:path';\nexport const x = join;"],
    ['renderer/src/x.ts', "import { ipcRenderer } from 'electron';\nexport const x = ipcRenderer;"],
    ['renderer/src/x.ts', "import { createWorkbench } from '../../electron/backend/workbench.ts';\nexport const x = createWorkbench;"],
    ['electron/backend/x.ts', "import { app } from 'electron';\nexport const x = app;"],
    ['electron/hosts/x.ts', "import { BrowserWindow } from 'electron';\nexport const x = BrowserWindow;"],
    ['electron/backend/x.ts', "import { x as y } from '../../renderer/src/App.tsx';\nexport const x = y;"],
    ['electron/backend/pipeline/x.ts', "import Database from 'better-sqlite3';\nexport const x = Database;"],
    ['electron/hosts/x.ts', "import { createMainWindow } from '../main/window.ts';\nexport const x = createMainWindow;"],
  ])('%s may not: %s', async (file, code) => {
    expect(await importErrors(file, code)).not.toEqual([]);
  });

  it.each([
    ['shared/extract/x.ts', "import Jw from 'natural/lib/natural/distance/jaro-winkler_distance.js';\nexport const x = Jw;"],
    ['electron/main/x.ts', "import { app } from 'electron';\nexport const x = app;"],
    ['electron/preload/x.ts', "import { contextBridge } from 'electron';\nexport const x = contextBridge;"],
    ['electron/backend/storage/x.ts', "import Database from 'better-sqlite3';\nexport const x = Database;"],
    ['renderer/src/x.ts', "import { api } from '../../shared/contract/api.ts';\nexport const x = api;"],
  ])('%s may: %s', async (file, code) => {
    expect(await importErrors(file, code)).toEqual([]);
  });
});
