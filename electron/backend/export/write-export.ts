import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { writeFileAtomicSync } from '../storage/atomic-write.ts';
import type { ExportFile } from './build-export.ts';

/** Writes export files into `dir` (created if needed), each flushed to disk and renamed into place. */
export function writeExport(dir: string, files: readonly ExportFile[]): string[] {
  const target = resolve(dir);
  mkdirSync(target, { recursive: true });
  return files.map((file) => {
    const path = join(target, file.name);
    writeFileAtomicSync(path, file.content);
    return path;
  });
}
