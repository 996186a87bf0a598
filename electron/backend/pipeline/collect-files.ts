import { readdir, stat as statOf } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { basename, join } from 'node:path';

export type CollectedFile =
  | { kind: 'file'; path: string; name: string }
  | { kind: 'skipped'; path: string; name: string; reason: string }
  | { kind: 'failed'; path: string; name: string; error: string };

/**
 * Expands what the clerk named into files to import. A directory is walked recursively and only
 * files of supported formats are taken (the rest are reported as skipped; pipes, devices and
 * sockets are passed over); a file named explicitly is always tried, whatever its extension, so
 * that its reader can say why it cannot be read, unless it is not an ordinary file or is over the
 * size cap: then it fails here, never opened. The walk is asynchronous (a folder of thousands of
 * files on a slow disk never holds up the backend's thread) and yields files as it finds them.
 */
export async function* walkFiles(
  paths: readonly string[],
  isSupported: (name: string) => boolean,
  maxBytes: number,
): AsyncGenerator<CollectedFile> {
  for (const given of paths) {
    // Paths stay as given (relative ones too): reports name files the way the clerk typed them.
    let stat;
    try {
      stat = await statOf(given);
    } catch (error) {
      yield { kind: 'failed', path: given, name: basename(given), error: describeFsError(error, given) };
      continue;
    }
    if (stat.isDirectory()) {
      yield* walk(given, isSupported, maxBytes, new Set());
      continue;
    }
    const refusal = refusalFor(stat, given, maxBytes);
    yield refusal
      ? { kind: 'failed', path: given, name: basename(given), error: refusal }
      : { kind: 'file', path: given, name: basename(given) };
  }
}

/** Every file `walkFiles` finds, in its order. */
export async function collectFiles(
  paths: readonly string[],
  isSupported: (name: string) => boolean,
  maxBytes: number,
): Promise<CollectedFile[]> {
  const out: CollectedFile[] = [];
  for await (const file of walkFiles(paths, isSupported, maxBytes)) out.push(file);
  return out;
}

async function* walk(
  dir: string,
  isSupported: (name: string) => boolean,
  maxBytes: number,
  seen: Set<string>,
): AsyncGenerator<CollectedFile> {
  const real = await statOf(dir);
  const key = `${real.dev}:${real.ino}`;
  if (seen.has(key)) return; // a symlink loop
  seen.add(key);
  let entries: string[];
  try {
    entries = (await readdir(dir)).sort((a, b) => a.localeCompare(b));
  } catch (error) {
    yield { kind: 'failed', path: dir, name: basename(dir), error: describeFsError(error, dir) };
    return;
  }
  for (const entry of entries) {
    if (entry.startsWith('.')) continue; // hidden files and folders (.git, .DS_Store)
    const path = join(dir, entry);
    let stat;
    try {
      stat = await statOf(path);
    } catch (error) {
      yield { kind: 'failed', path, name: entry, error: describeFsError(error, path) };
      continue;
    }
    if (stat.isDirectory()) yield* walk(path, isSupported, maxBytes, seen);
    else if (!stat.isFile()) continue;
    else if (!isSupported(entry)) yield { kind: 'skipped', path, name: entry, reason: 'not a supported format' };
    else if (stat.size > maxBytes) yield { kind: 'failed', path, name: entry, error: refusalFor(stat, path, maxBytes)! };
    else yield { kind: 'file', path, name: entry };
  }
}

/** Turns Node's file-system errors into sentences a clerk understands. */
export function describeFsError(error: unknown, path: string): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return `File not found: ${path}`;
    case 'EACCES':
    case 'EPERM':
      return `Permission denied: ${path} cannot be read`;
    case 'EISDIR':
      return `${path} is a folder, not a file`;
    case 'EMFILE':
    case 'ENFILE':
      return `Too many open files while reading ${path}; try again`;
    default:
      return `Could not read ${path}: ${error instanceof Error ? error.message : String(error)}`;
  }
}

/** Why a path that exists cannot be imported, or null when it is a regular file within the cap. */
export function refusalFor(stat: Stats, path: string, maxBytes: number): string | null {
  if (stat.isDirectory()) return `${path} is a folder, not a file`;
  if (!stat.isFile()) {
    const kind = stat.isFIFO()
      ? 'a pipe'
      : stat.isSocket()
        ? 'a socket'
        : stat.isCharacterDevice() || stat.isBlockDevice()
          ? 'a device'
          : 'a special file';
    return `${path} is ${kind}, not an ordinary file: Lontar imports only ordinary files`;
  }
  if (stat.size > maxBytes) return `${path} is too large to import (${megabytes(stat.size)}; the limit is ${megabytes(maxBytes)})`;
  return null;
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;
}
