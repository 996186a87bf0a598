/**
 * Error codes a call can fail with. Hosts never throw at a caller: every failure becomes
 * `{ ok: false, error }` with one of these codes and a message a clerk can read.
 */
export const ERROR_CODES = [
  'invalid_request',
  'unknown_method',
  'not_found',
  'conflict',
  'unsupported_file',
  'unsupported',
  'database_too_new',
  'database_unavailable',
  'cancelled',
  'unauthorized',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ApiError {
  code: ErrorCode;
  message: string;
  /**
   * Field-level details, e.g. which argument failed validation. `code` and `params` (when given)
   * let the UI phrase the message in the clerk's language; `message` is the English fallback.
   */
  issues?: Array<{ path: string; message: string; code?: string; params?: Record<string, string> }>;
}

/** Thrown inside the backend to fail a call with a specific code; dispatch turns it into an envelope. */
export class WorkbenchError extends Error {
  readonly code: ErrorCode;
  readonly issues: ApiError['issues'];
  constructor(code: ErrorCode, message: string, issues?: ApiError['issues']) {
    super(message);
    this.name = 'WorkbenchError';
    this.code = code;
    this.issues = issues;
  }
}

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ApiError };
