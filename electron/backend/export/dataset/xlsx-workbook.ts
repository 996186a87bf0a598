import { closeSync, createWriteStream, fsyncSync, openSync } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import yazl from 'yazl';

/** How a column's cells are stored: text (codes and keys stay text), numbers, or real dates. */
export type XlsxColumnKind = 'text' | 'number' | 'date' | 'datetime';

export interface XlsxSheet {
  /** Sheet name (at most 31 characters, none of `[]:*?/\`). */
  name: string;
  columns: ReadonlyArray<{ name: string; kind: XlsxColumnKind }>;
  /** The data rows, as text; read when the sheet's turn comes, so only one sheet is open at a time. */
  rows: () => AsyncIterable<readonly string[]>;
}

export interface XlsxSheetSummary {
  name: string;
  rows: number;
  /** Rows past Excel's limit of 1,048,576 rows a sheet (header included): not in the sheet. */
  rowsLeftOut: number;
  /** Cells longer than Excel's 32,767 characters, cut to that length. */
  cellsShortened: number;
}

const MAX_DATA_ROWS = 1_048_575;
const MAX_CELL_CHARS = 32_767;
const FLUSH_AT = 1 << 20;
const MS_PER_DAY = 86_400_000;
/** 1970-01-01 as an Excel serial day (the 1900 date system). */
const UNIX_EPOCH_SERIAL = 25_569;

/** Style ids of styles.xml below: 1 date and time, 2 date, 3 header (bold); 4, text (format "@", so an edit keeps it text), is written inline. */
const STYLE = { datetime: 1, date: 2, header: 3 } as const;

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

const STYLES_XML =
  `${XML_HEAD}<styleSheet xmlns="${NS}">` +
  '<numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy-mm-dd hh:mm:ss"/><numFmt numFmtId="165" formatCode="yyyy-mm-dd"/></numFmts>' +
  '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '<xf numFmtId="49" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1"/>' +
  '<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

/** Characters XML 1.0 cannot hold (most controls, lone surrogates, U+FFFE/U+FFFF) or that need escaping. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point: XML cannot hold them
const NEEDS_WORK = /[&<>\r\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- as above
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function xmlText(text: string): string {
  if (!NEEDS_WORK.test(text)) return text;
  return text.replace(NOT_XML, '\uFFFD').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
}

function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** An ISO date or date-time as an Excel serial day, or null when it is not one. */
function serialDay(text: string, kind: 'date' | 'datetime'): number | null {
  if (!/^\d{4}-\d{2}-\d{2}/.test(text) || (kind === 'date' && text.length !== 10)) return null;
  const ms = Date.parse(text);
  return Number.isFinite(ms) ? ms / MS_PER_DAY + UNIX_EPOCH_SERIAL : null;
}

/** Text XML would not keep as it is without `xml:space="preserve"`: leading or trailing white space, line breaks, tabs. */
const SPACE_TO_KEEP = /^\s|\s$|[\t\n\r]/;

const NUMBER = /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/;

/**
 * A SpreadsheetML workbook written as a stream: each sheet's XML is produced row by row from its
 * source and deflated into the zip as it comes (yazl), one sheet after another, so a workbook of
 * any size holds about a megabyte in memory. Cells are inline strings (no shared-string table to
 * keep in memory); the header row is frozen and carries an autofilter over the whole table.
 */
export async function writeXlsxWorkbook(path: string, sheets: readonly XlsxSheet[]): Promise<XlsxSheetSummary[]> {
  const zip = new yazl.ZipFile();
  const summaries: XlsxSheetSummary[] = [];
  const failed = new Promise<never>((_, reject) => zip.on('error', reject));
  const written = pipeline(zip.outputStream, createWriteStream(path, { flags: 'wx' }));

  const sheetPaths = sheets.map((_, i) => `xl/worksheets/sheet${i + 1}.xml`);
  zip.addBuffer(Buffer.from(contentTypes(sheetPaths)), '[Content_Types].xml');
  zip.addBuffer(
    Buffer.from(
      `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    '_rels/.rels',
  );
  zip.addBuffer(Buffer.from(STYLES_XML), 'xl/styles.xml');
  sheets.forEach((sheet, i) => {
    const summary: XlsxSheetSummary = { name: sheet.name, rows: 0, rowsLeftOut: 0, cellsShortened: 0 };
    summaries.push(summary);
    // Deflate level 1: sheets of repetitive XML shrink nearly as well, at a fraction of the time.
    zip.addReadStreamLazy(sheetPaths[i]!, { compressionLevel: 1 }, (cb) =>
      cb(null, Readable.from(sheetXml(sheet, summary), { objectMode: false })),
    );
  });
  // Added last and produced lazily: the filter ranges need the row counts of the finished sheets.
  zip.addReadStreamLazy('xl/workbook.xml', (cb) =>
    cb(null, Readable.from([Buffer.from(workbookXml(summaries, sheets))], { objectMode: false })),
  );
  zip.addBuffer(Buffer.from(workbookRels(sheetPaths)), 'xl/_rels/workbook.xml.rels');
  zip.end();
  try {
    await Promise.race([written, failed]);
  } catch (error) {
    // A sheet's source failed: stop the zip so the file is closed before the staging folder goes.
    (zip.outputStream as unknown as Readable).destroy();
    await written.catch(() => undefined);
    throw error;
  }
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  return summaries;
}

async function* sheetXml(sheet: XlsxSheet, summary: XlsxSheetSummary): AsyncGenerator<Buffer> {
  const letters = sheet.columns.map((_, i) => columnName(i));
  const last = letters[letters.length - 1] ?? 'A';
  const widths = sheet.columns
    .map((c, i) => `<col min="${i + 1}" max="${i + 1}" width="${Math.min(40, Math.max(10, c.name.length + 4))}" customWidth="1"/>`)
    .join('');
  const header = sheet.columns
    .map((c, i) => `<c r="${letters[i]}1" s="${STYLE.header}" t="inlineStr"><is><t>${xmlText(c.name)}</t></is></c>`)
    .join('');
  let chunk =
    `${XML_HEAD}<worksheet xmlns="${NS}" xmlns:r="${REL_NS}"><sheetViews><sheetView workbookViewId="0">` +
    '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>' +
    `<sheetFormatPr defaultRowHeight="15"/><cols>${widths}</cols><sheetData><row r="1">${header}</row>`;
  let r = 1;
  // Cells carry no reference (`r`): optional in SpreadsheetML, they follow one another, and an empty
  // cell is written as `<c/>` to keep its place. A third less XML to build, checksum and deflate.
  const empty = '<c/>';
  for await (const values of sheet.rows()) {
    if (r > MAX_DATA_ROWS) {
      summary.rowsLeftOut++;
      continue;
    }
    r++;
    let row = '<row>';
    let gap = '';
    for (let i = 0; i < sheet.columns.length; i++) {
      let value = values[i];
      if (value === undefined || value === '') {
        gap += empty;
        continue;
      }
      row += gap;
      gap = '';
      const kind = sheet.columns[i]!.kind;
      if (kind === 'number' && NUMBER.test(value)) {
        row += `<c><v>${value}</v></c>`;
        continue;
      }
      if (kind === 'date' || kind === 'datetime') {
        const day = serialDay(value, kind);
        if (day !== null) {
          row += `<c s="${STYLE[kind]}"><v>${day}</v></c>`;
          continue;
        }
      }
      if (value.length > MAX_CELL_CHARS) {
        value = value.slice(0, MAX_CELL_CHARS);
        summary.cellsShortened++;
      }
      row += SPACE_TO_KEEP.test(value)
        ? `<c s="4" t="inlineStr"><is><t xml:space="preserve">${xmlText(value)}</t></is></c>`
        : `<c s="4" t="inlineStr"><is><t>${xmlText(value)}</t></is></c>`;
    }
    chunk += `${row}</row>`;
    if (chunk.length >= FLUSH_AT) {
      yield Buffer.from(chunk);
      chunk = '';
    }
  }
  summary.rows = r - 1;
  yield Buffer.from(`${chunk}</sheetData><autoFilter ref="A1:${last}${r}"/></worksheet>`);
}

function contentTypes(sheetPaths: readonly string[]): string {
  return (
    `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
    '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
    `${sheetPaths.map((p) => `<Override PartName="/${p}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('')}</Types>`
  );
}

function workbookXml(summaries: readonly XlsxSheetSummary[], sheets: readonly XlsxSheet[]): string {
  const quoted = (name: string) => `'${name.replace(/'/g, "''")}'`;
  const filters = summaries
    .map((s, i) => {
      const last = columnName(Math.max(0, sheets[i]!.columns.length - 1));
      return `<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">${xmlText(quoted(s.name))}!$A$1:$${last}$${s.rows + 1}</definedName>`;
    })
    .join('');
  return (
    `${XML_HEAD}<workbook xmlns="${NS}" xmlns:r="${REL_NS}"><bookViews><workbookView/></bookViews><sheets>` +
    `${summaries.map((s, i) => `<sheet name="${xmlText(s.name).replace(/"/g, '&quot;')}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets>` +
    `${filters ? `<definedNames>${filters}</definedNames>` : ''}</workbook>`
  );
}

function workbookRels(sheetPaths: readonly string[]): string {
  return (
    `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    `${sheetPaths.map((p, i) => `<Relationship Id="rId${i + 1}" Type="${REL_NS}/worksheet" Target="${p.slice('xl/'.length)}"/>`).join('')}` +
    `<Relationship Id="rId${sheetPaths.length + 1}" Type="${REL_NS}/styles" Target="styles.xml"/></Relationships>`
  );
}
