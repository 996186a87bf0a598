import { shell } from 'electron';

/**
 * The only places the app opens in the system browser. A link from anywhere else (an imported
 * page's text, a compromised renderer) is dropped: openExternal hands the URL to the operating
 * system, which would also run `file:`, `smb:` or custom-scheme handlers.
 */
export const EXTERNAL_LINK_HOSTS: ReadonlySet<string> = new Set(['github.com']);

/** Whether `url` is an https link, without credentials, to an allowed host. */
export function isAllowedExternalUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === 'https:' &&
    parsed.username === '' &&
    parsed.password === '' &&
    parsed.port === '' &&
    EXTERNAL_LINK_HOSTS.has(parsed.hostname)
  );
}

/** Opens an allowed link in the system browser; returns whether it did. */
export function openExternalLink(url: string): boolean {
  if (!isAllowedExternalUrl(url)) return false;
  void shell.openExternal(url);
  return true;
}
