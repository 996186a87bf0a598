import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { describeFsError, refusalFor } from './collect-files.ts';

/**
 * Reads a file named by path without ever blocking on it: opened non-blocking (a pipe named in
 * place of a file would otherwise wait forever for a writer), checked on the open descriptor to be
 * a regular file within the size cap (so a path swapped after the folder walk is caught too), then
 * read asynchronously, never more than the size it had when checked.
 */
export async function readRegularFile(path: string, maxBytes: number): Promise<Uint8Array> {
  let handle;
  try {
    handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    throw new Error(describeFsError(error, path), { cause: error });
  }
  try {
    const stat = await handle.stat();
    const refusal = refusalFor(stat, path, maxBytes);
    if (refusal) throw new Error(refusal);
    const bytes = new Uint8Array(stat.size);
    let filled = 0;
    while (filled < bytes.byteLength) {
      const { bytesRead } = await handle.read(bytes, filled, bytes.byteLength - filled, filled);
      if (bytesRead === 0) break; // shrank while reading: keep what is there
      filled += bytesRead;
    }
    return bytes.subarray(0, filled);
  } finally {
    await handle.close();
  }
}
