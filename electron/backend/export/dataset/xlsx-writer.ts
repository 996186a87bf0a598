import { join } from 'node:path';
import { csvRows } from './csv-rows.ts';
import type { ResourceDescriptor } from './package-types.ts';
import { writeXlsxWorkbook } from './xlsx-workbook.ts';
import type { XlsxColumnKind, XlsxSheetSummary } from './xlsx-workbook.ts';

export const XLSX_FILE = 'lontar.xlsx';

const KIND: Record<string, XlsxColumnKind> = { integer: 'number', number: 'number', date: 'date', datetime: 'datetime' };

/**
 * lontar.xlsx: a sheet per table of the dataset, read back from the finished CSVs in `staging`
 * (the same rows, the same order, the same formula guard), typed by the data package's schema:
 * integers and numbers as numbers, dates as dates, everything else (codes, keys) as text.
 */
export async function writeTablesWorkbook(
  staging: string,
  tables: readonly ResourceDescriptor[],
): Promise<{ resource: ResourceDescriptor; sheets: XlsxSheetSummary[] }> {
  const sheets = await writeXlsxWorkbook(
    join(staging, XLSX_FILE),
    tables.map((table) => ({
      name: table.name,
      columns: (table.schema?.fields ?? []).map((f) => ({ name: f.name, kind: KIND[f.type] ?? 'text' })),
      rows: async function* () {
        let header = true;
        for await (const row of csvRows(join(staging, table.path))) {
          if (header) header = false;
          else yield row;
        }
      },
    })),
  );
  // Excel's limits (rows a sheet, characters a cell): what did not fit is said, not silently dropped.
  const cuts = sheets.flatMap((s) => [
    ...(s.rowsLeftOut > 0 ? [`${s.rowsLeftOut} rows of ${s.name} past Excel's 1,048,576 rows are only in its CSV`] : []),
    ...(s.cellsShortened > 0 ? [`${s.cellsShortened} cells of ${s.name} cut to Excel's 32,767 characters`] : []),
  ]);
  const resource: ResourceDescriptor = {
    name: 'workbook',
    path: XLSX_FILE,
    profile: 'data-resource',
    title: 'The tables as an Excel workbook',
    description: `A sheet per table (${sheets.map((s) => s.name).join(', ')}) with the CSVs' rows; header frozen with filters, codes and keys as text, dates as dates (count = data rows of all sheets)${cuts.length > 0 ? `; ${cuts.join('; ')}` : ''}.`,
    format: 'xlsx',
    mediatype: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    count: sheets.reduce((n, s) => n + s.rows, 0),
  };
  return { resource, sheets };
}
