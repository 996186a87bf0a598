import { neutralizeFormula } from './formula-guard.ts';

/**
 * CSV for spreadsheets: RFC 4180 quoting, CRLF rows, UTF-8 with a byte-order mark so Excel reads
 * Indonesian text right. Text cells that a spreadsheet would run as a formula get a leading
 * apostrophe (see formula-guard.ts): imported pages must not become live formulas.
 */

export function csvCell(value: string | number | null | undefined, options: { numeric?: boolean } = {}): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (!options.numeric) text = neutralizeFormula(text);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvDocument(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<string>>): string {
  return `\uFEFF${[header.join(','), ...rows.map((r) => r.join(','))].join('\r\n')}\r\n`;
}
