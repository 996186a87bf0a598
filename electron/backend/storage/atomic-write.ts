import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * Writes that survive a crash or a power cut: the bytes go to a temporary file in the same folder,
 * are flushed to the disk (fsync), and only then renamed over the final name; the folder is flushed
 * too, so the rename itself is on disk. A reader sees the old file or the whole new one, never half.
 */
export function writeFileAtomicSync(target: string, data: Uint8Array | string): void {
  const partial = partialName(target);
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  const fd = openSync(partial, 'w');
  try {
    for (let offset = 0; offset < bytes.byteLength;) offset += writeSync(fd, bytes, offset, bytes.byteLength - offset);
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    rmSync(partial, { force: true });
    throw error;
  }
  closeSync(fd);
  try {
    renameSync(partial, target);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
  syncFolder(dirname(target));
}

/** Thrown by writeStreamAtomic when the source is longer than allowed; nothing is left on disk. */
export class TooLongError extends Error {
  readonly maxBytes: number;
  constructor(maxBytes: number) {
    super(`More than ${maxBytes} bytes`);
    this.name = 'TooLongError';
    this.maxBytes = maxBytes;
  }
}

/**
 * The same, from a stream (an upload): the byte count is checked as the chunks arrive, so a source
 * longer than `maxBytes` is refused after writing at most `maxBytes`, and its partial file removed.
 */
export async function writeStreamAtomic(target: string, source: AsyncIterable<Uint8Array>, maxBytes: number): Promise<number> {
  const partial = partialName(target);
  const file = await open(partial, 'w');
  let size = 0;
  try {
    for await (const chunk of source) {
      size += chunk.byteLength;
      if (size > maxBytes) throw new TooLongError(maxBytes);
      await file.write(chunk);
    }
    await file.sync();
  } catch (error) {
    await file.close();
    await rm(partial, { force: true });
    throw error;
  }
  await file.close();
  try {
    await rename(partial, target);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
  syncFolder(dirname(target));
  return size;
}

function partialName(target: string): string {
  return `${target}.${randomBytes(4).toString('hex')}.partial`;
}

/** fsync on the folder makes a rename durable on Linux and macOS; Windows cannot open folders (and needs none). */
function syncFolder(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // Not supported here (Windows, some network file systems): the rename is still atomic.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
