import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, renameSync, rmSync, writeFileSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Writes via a temporary file and a rename, so a crash never leaves a half-written file under the final name. */
function writeAtomically(target: string, bytes: Uint8Array): void {
  const partial = `${target}.${randomBytes(4).toString('hex')}.partial`;
  writeFileSync(partial, bytes);
  renameSync(partial, target);
}

/**
 * Copies of every imported original, content-addressed by SHA-256, so page images, re-OCR and
 * retries never depend on the file still being where it was imported from.
 */
export function createOriginalsStore(dataDir: string) {
  const root = join(dataDir, 'originals');
  const pathOf = (hash: string) => join(root, hash.slice(0, 2), hash);
  return {
    pathOf,
    put(hash: string, bytes: Uint8Array): void {
      const target = pathOf(hash);
      if (existsSync(target)) return;
      mkdirSync(join(root, hash.slice(0, 2)), { recursive: true });
      writeAtomically(target, bytes);
    },
    read(hash: string): Uint8Array {
      return readFileSync(pathOf(hash));
    },
  };
}

/** Uploads from browser mode and drag-and-drop wait here until their import job reads them. */
export function createStagingStore(dataDir: string) {
  const root = join(dataDir, 'staging');
  const pathOf = (stagedId: string) => {
    if (!/^[a-f0-9]{32}$/.test(stagedId)) throw new Error('Invalid staged file id');
    return join(root, stagedId);
  };
  return {
    put(bytes: Uint8Array): string {
      mkdirSync(root, { recursive: true });
      const stagedId = randomBytes(16).toString('hex');
      writeAtomically(pathOf(stagedId), bytes);
      return stagedId;
    },
    read(stagedId: string): Uint8Array {
      return readFileSync(pathOf(stagedId));
    },
    remove(stagedId: string): void {
      rmSync(pathOf(stagedId), { force: true });
    },
  };
}

export type OriginalsStore = ReturnType<typeof createOriginalsStore>;
export type StagingStore = ReturnType<typeof createStagingStore>;
