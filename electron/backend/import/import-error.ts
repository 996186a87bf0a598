/**
 * The one error type every reader throws. `code` is stable (the pipeline, the database and the UI
 * key on it); `message` is shown to a clerk as is, so it says what happened to the file in plain
 * English, without stack traces or library jargon.
 */
export const IMPORT_ERROR_CODES = [
  'empty',
  'unsupported',
  'not-text',
  'corrupt',
  'encrypted',
  'too-large',
  'cancelled',
  'ocr-failed',
] as const;
export type ImportErrorCode = (typeof IMPORT_ERROR_CODES)[number];

export class ImportError extends Error {
  readonly code: ImportErrorCode;

  constructor(code: ImportErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ImportError';
    this.code = code;
  }
}

export function isImportError(error: unknown): error is ImportError {
  return error instanceof ImportError;
}

/** The error a cancelled import ends with, whatever step it was in. */
export function cancelledError(): ImportError {
  return new ImportError('cancelled', 'The import was cancelled.');
}

/** Throws the cancellation error if the signal has fired: called between pages and steps. */
export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw cancelledError();
}
