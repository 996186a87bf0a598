import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomicSync, writeStreamAtomic } from './atomic-write.ts';

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Where an original is kept: `<originals>/<first two hex digits>/<hash>`. */
export function originalPath(root: string, hash: string): string {
  if (!/^[a-f0-9]{64}$/.test(hash)) throw new Error('Invalid content hash');
  return join(root, hash.slice(0, 2), hash);
}

/**
 * Copies of every imported original, content-addressed by SHA-256, so page images, re-OCR and
 * retries never depend on the file still being where it was imported from.
 */
export function createOriginalsStore(dataDir: string) {
  const root = join(dataDir, 'originals');
  const pathOf = (hash: string) => originalPath(root, hash);
  return {
    root,
    pathOf,
    put(hash: string, bytes: Uint8Array): void {
      const target = pathOf(hash);
      if (existsSync(target)) return;
      mkdirSync(join(root, hash.slice(0, 2)), { recursive: true });
      writeFileAtomicSync(target, bytes);
    },
    read(hash: string): Promise<Uint8Array> {
      return readFile(pathOf(hash));
    },
    remove(hash: string): void {
      rmSync(pathOf(hash), { force: true });
    },
  };
}

/** An upload is refused past this many bytes (the import size cap); `put` and `putStream` throw this. */
export class UploadTooLargeError extends Error {
  readonly maxBytes: number;
  constructor(maxBytes: number) {
    super(`This file is too large to import (over ${Math.round(maxBytes / 1024 / 1024)} MB).`);
    this.name = 'UploadTooLargeError';
    this.maxBytes = maxBytes;
  }
}

/**
 * Uploads from browser mode and drag-and-drop wait here until their import job reads them. The job
 * removes each one whatever its outcome; `sweep` removes what a crash left behind.
 */
export function createStagingStore(dataDir: string, maxBytes: number) {
  const root = join(dataDir, 'staging');
  const pathOf = (stagedId: string) => {
    if (!/^[a-f0-9]{32}$/.test(stagedId)) throw new Error('Invalid staged file id');
    return join(root, stagedId);
  };
  const newId = () => {
    mkdirSync(root, { recursive: true });
    return randomBytes(16).toString('hex');
  };
  return {
    maxBytes,
    pathOf,
    put(bytes: Uint8Array): string {
      if (bytes.byteLength > maxBytes) throw new UploadTooLargeError(maxBytes);
      const stagedId = newId();
      writeFileAtomicSync(pathOf(stagedId), bytes);
      return stagedId;
    },
    /** Streams an upload to disk, never holding it in memory; refused past the size cap. */
    async putStream(source: AsyncIterable<Uint8Array>): Promise<string> {
      const stagedId = newId();
      try {
        await writeStreamAtomic(pathOf(stagedId), source, maxBytes);
      } catch (error) {
        if (error instanceof Error && error.name === 'TooLongError') throw new UploadTooLargeError(maxBytes);
        throw error;
      }
      return stagedId;
    },
    read(stagedId: string): Promise<Uint8Array> {
      return readFile(pathOf(stagedId));
    },
    remove(stagedId: string): void {
      rmSync(pathOf(stagedId), { force: true });
    },
    /**
     * Removes staged files (and partial writes) older than `olderThanMs`: a crash between upload and
     * import leaves them. Young ones are kept, since another host on the same library may have just
     * staged them for a job it is about to start.
     */
    sweep(now: number, olderThanMs: number): number {
      let removed = 0;
      let entries: string[];
      try {
        entries = readdirSync(root);
      } catch {
        return 0; // no staging folder yet
      }
      for (const entry of entries) {
        const path = join(root, entry);
        try {
          if (now - statSync(path).mtimeMs < olderThanMs) continue;
          rmSync(path, { force: true, recursive: true });
          removed++;
        } catch {
          // Removed meanwhile by the job that used it.
        }
      }
      return removed;
    },
  };
}

export type OriginalsStore = ReturnType<typeof createOriginalsStore>;
export type StagingStore = ReturnType<typeof createStagingStore>;
