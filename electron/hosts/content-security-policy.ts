/**
 * The one Content-Security-Policy of the UI, for the Electron window and browser mode alike:
 * only the app's own scripts; no inline script, no eval, no plugins, no framing, no remote
 * loads. Imported HTML is shown as text, never as markup, so nothing in it could run anyway.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' blob: data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
