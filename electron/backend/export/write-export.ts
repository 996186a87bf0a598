import { randomBytes } from 'node:crypto';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ExportFile } from './build-export.ts';

/** Writes export files into `dir` (created if needed), each via a temporary file and a rename. */
export function writeExport(dir: string, files: readonly ExportFile[]): string[] {
  const target = resolve(dir);
  mkdirSync(target, { recursive: true });
  return files.map((file) => {
    const path = join(target, file.name);
    const partial = `${path}.${randomBytes(4).toString('hex')}.partial`;
    writeFileSync(partial, file.content, 'utf8');
    renameSync(partial, path);
    return path;
  });
}
