/**
 * The spreadsheet formula guard for CSV and XLSX text cells. Imported pages are untrusted: a cell
 * whose first visible character is `=`, `+`, `-` or `@` would run as a formula (or a DDE call) when
 * a clerk opens the file. Spreadsheets skip leading spaces and invisible characters and fold
 * full-width forms (`＝`) before parsing, so the check does the same: NFKC first, then it looks past
 * leading whitespace, control and format characters (NBSP, zero-width space, BOM, newline…).
 */
const FORMULA_TRIGGERS = new Set(['=', '+', '-', '@']);

/** A raw leading tab or carriage return is escaped too (OWASP's list): some importers split on them. */
const RAW_TRIGGERS = new Set(['\t', '\r']);

/** Whitespace (incl. NBSP, newlines), control characters and format characters (ZWSP, BOM…). */
const SKIPPED_BEFORE_FORMULA = /[\p{White_Space}\p{Cc}\p{Cf}]/u;

/** True when a spreadsheet could read the text as a formula. Linear: one pass over the prefix. */
export function looksLikeFormula(text: string): boolean {
  if (RAW_TRIGGERS.has(text.charAt(0))) return true;
  const normalized = text.normalize('NFKC');
  for (const char of normalized) {
    if (SKIPPED_BEFORE_FORMULA.test(char)) continue;
    return FORMULA_TRIGGERS.has(char);
  }
  return false;
}

/** The text with a leading apostrophe when it could run as a formula; otherwise unchanged. */
export function neutralizeFormula(text: string): string {
  return looksLikeFormula(text) ? `'${text}` : text;
}
