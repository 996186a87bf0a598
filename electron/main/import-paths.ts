import { isAbsolute } from 'node:path';

/**
 * Why main refuses the paths of an `import.start` from the window, or null. The window names files
 * it was given by a drop or the native dialog: absolute paths to ordinary places. A relative path
 * (resolved against the app's own folder), a NUL byte, `..` segments or a Windows device
 * namespace (\\.\, \\?\) is not what a drop gives, so it is refused before the importer sees it.
 * Whether the file exists and is an ordinary file is the importer's to report, per file.
 */
export function refusedImportPath(method: unknown, args: unknown): string | null {
  if (method !== 'import.start') return null;
  const sources = (args as { sources?: unknown } | null)?.sources;
  if (!Array.isArray(sources)) return null; // the contract's validation answers malformed calls
  for (const source of sources) {
    const path = (source as { path?: unknown } | null)?.path;
    if (path === undefined) continue;
    if (typeof path !== 'string' || path.length === 0) return 'An import path must be a non-empty string.';
    if (path.includes('\0')) return 'An import path cannot contain a NUL character.';
    if (/^[\\/]{2}[.?][\\/]/.test(path)) return `Device paths cannot be imported: ${path}`;
    if (!isAbsolute(path)) return `Only absolute paths can be imported from the window: ${path}`;
    if (path.split(/[\\/]/).includes('..')) return `An import path must be plain, without “..”: ${path}`;
  }
  return null;
}
