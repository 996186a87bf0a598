import type { MethodName } from '../../shared/contract/api.ts';

/**
 * What the browser host serves. A browser page works through uploads and downloads only: it never
 * names files or folders on the machine. A method that reads or writes a path (or opens a native
 * dialog) is the desktop app's and the CLI's, so a stolen token cannot make the host import its own
 * log or write an export into any folder.
 */
export const DESKTOP_ONLY_METHODS: ReadonlySet<MethodName> = new Set<MethodName>([
  'export.run',
  'export.dataset',
  'import.dataset',
  'import.results',
  'dialog.openFiles',
  'dialog.chooseFolder',
]);

/** Methods served over HTTP only for some arguments; see `refusalOverHttp`. */
export const HTTP_CHECKED_METHODS: ReadonlySet<MethodName> = new Set<MethodName>(['import.start', 'import.stage', 'import.retry']);

/** Why a call is refused over HTTP, or null when it may be dispatched. */
export function refusalOverHttp(method: string, args: unknown, jobNamesPaths: (jobId: number) => boolean): string | null {
  if (DESKTOP_ONLY_METHODS.has(method as MethodName)) {
    return `${method} is available in the desktop app and the CLI only; in the browser use the file picker and downloads.`;
  }
  if (method === 'import.stage') return 'Uploads are sent as raw bytes to /api/upload, not as JSON.';
  if (method === 'import.start' && namesAPath(args)) {
    return 'The browser imports uploaded files only; to import files by path use the desktop app or the CLI.';
  }
  const jobId = (args as { jobId?: unknown } | null)?.jobId;
  if (method === 'import.retry' && typeof jobId === 'number' && jobNamesPaths(jobId)) {
    return 'This import read files by path: retry it from the desktop app or the CLI.';
  }
  return null;
}

function namesAPath(args: unknown): boolean {
  const sources = (args as { sources?: unknown } | null)?.sources;
  return Array.isArray(sources) && sources.some((s) => typeof s !== 'object' || s === null || 'path' in s);
}
