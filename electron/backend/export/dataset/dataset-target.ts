import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { WorkbenchError } from '../../../../shared/contract/errors.ts';

/**
 * Where a dataset goes: built in a hidden sibling folder and renamed into place when complete, so a
 * reader never sees half a dataset and a failed export leaves the old one as it was.
 */
export interface DatasetTarget {
  dir: string;
  staging: string;
  /** Moves the finished staging folder into place (replacing an old dataset); call once. */
  commit(): void;
  /** Removes the staging folder after a failure. */
  abandon(): void;
}

export function prepareDatasetTarget(dir: string, overwrite: boolean): DatasetTarget {
  const target = resolve(dir);
  if (existsSync(target)) {
    if (!statSync(target).isDirectory())
      throw new WorkbenchError('conflict', `${target} is a file, not a folder: choose a folder for the dataset.`);
    const entries = readdirSync(target);
    const isDataset = entries.includes('datapackage.json');
    if (isDataset && !overwrite)
      throw new WorkbenchError('conflict', `${target} already holds a dataset; give --overwrite to replace it, or choose another folder.`);
    if (!isDataset && entries.length > 0)
      throw new WorkbenchError('conflict', `${target} is not empty and holds no dataset: choose an empty or new folder.`);
  }
  const parent = dirname(target);
  mkdirSync(parent, { recursive: true });
  const tag = randomBytes(4).toString('hex');
  const staging = join(parent, `.${basename(target)}.partial-${tag}`);
  mkdirSync(staging);
  return {
    dir: target,
    staging,
    commit() {
      const old = existsSync(target) ? join(parent, `.${basename(target)}.old-${tag}`) : null;
      if (old) renameSync(target, old);
      renameSync(staging, target);
      syncFolder(parent);
      if (old) rmSync(old, { recursive: true, force: true });
    },
    abandon() {
      rmSync(staging, { recursive: true, force: true });
    },
  };
}

function syncFolder(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
