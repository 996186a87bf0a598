/**
 * CSV for spreadsheets: RFC 4180 quoting, CRLF rows, UTF-8 with a byte-order mark so Excel reads
 * Indonesian text right. Text cells that a spreadsheet would run as a formula (=, +, -, @ first)
 * get a leading apostrophe: imported pages are untrusted and must not become live formulas.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | null | undefined, options: { numeric?: boolean } = {}): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (!options.numeric && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvDocument(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<string>>): string {
  return `\uFEFF${[header.join(','), ...rows.map((r) => r.join(','))].join('\r\n')}\r\n`;
}
