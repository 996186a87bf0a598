import { readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';

export type CollectedFile =
  | { kind: 'file'; path: string; name: string }
  | { kind: 'skipped'; path: string; name: string; reason: string }
  | { kind: 'failed'; path: string; name: string; error: string };

/**
 * Expands what the clerk named into files to import. A directory is walked recursively and only
 * files of supported formats are taken (the rest are reported as skipped); a file named explicitly
 * is always tried, whatever its extension, so that its reader can say why it cannot be read.
 */
export function collectFiles(paths: readonly string[], isSupported: (name: string) => boolean): CollectedFile[] {
  const out: CollectedFile[] = [];
  for (const given of paths) {
    // Paths stay as given (relative ones too): reports name files the way the clerk typed them.
    let stat;
    try {
      stat = statSync(given);
    } catch (error) {
      out.push({ kind: 'failed', path: given, name: basename(given), error: describeFsError(error, given) });
      continue;
    }
    if (stat.isDirectory()) walk(given, isSupported, out, new Set());
    else out.push({ kind: 'file', path: given, name: basename(given) });
  }
  return out;
}

function walk(dir: string, isSupported: (name: string) => boolean, out: CollectedFile[], seen: Set<string>): void {
  const real = statSync(dir);
  const key = `${real.dev}:${real.ino}`;
  if (seen.has(key)) return; // a symlink loop
  seen.add(key);
  let entries: string[];
  try {
    entries = readdirSync(dir).sort((a, b) => a.localeCompare(b));
  } catch (error) {
    out.push({ kind: 'failed', path: dir, name: basename(dir), error: describeFsError(error, dir) });
    return;
  }
  for (const entry of entries) {
    if (entry.startsWith('.')) continue; // hidden files and folders (.git, .DS_Store)
    const path = join(dir, entry);
    let stat;
    try {
      stat = statSync(path);
    } catch (error) {
      out.push({ kind: 'failed', path, name: entry, error: describeFsError(error, path) });
      continue;
    }
    if (stat.isDirectory()) walk(path, isSupported, out, seen);
    else if (!stat.isFile()) continue;
    else if (isSupported(entry)) out.push({ kind: 'file', path, name: entry });
    else out.push({ kind: 'skipped', path, name: entry, reason: 'not a supported format' });
  }
}

/** Turns Node's file-system errors into sentences a clerk understands. */
export function describeFsError(error: unknown, path: string): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT': return `File not found: ${path}`;
    case 'EACCES':
    case 'EPERM': return `Permission denied: ${path} cannot be read`;
    case 'EISDIR': return `${path} is a folder, not a file`;
    case 'EMFILE':
    case 'ENFILE': return `Too many open files while reading ${path}; try again`;
    default: return `Could not read ${path}: ${error instanceof Error ? error.message : String(error)}`;
  }
}
