import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvCell, csvDocument } from '../../../electron/backend/export/csv.ts';
import { csvRows, parseRecords } from '../../../electron/backend/export/dataset/csv-rows.ts';
import { useTempDirs } from '../../helpers/temp-dir.ts';

const tempDir = useTempDirs();

// The workbook is built from the dataset's CSVs read back: the reader must give back csv.ts's cells exactly.
const ROWS = [
  ['1', 'plain', '', '16.10'],
  ['2', 'a,"quoted"\r\nline', '=SUM(A1)', ''],
  ['3', '""', '\n', '🏛️ Palembang'],
];

describe('csvRows', () => {
  it('reads back the cells csv.ts writes, quotes, line breaks and empty cells included', async () => {
    const file = join(tempDir(), 't.csv');
    writeFileSync(
      file,
      csvDocument(
        ['id', 'text', 'formula', 'code'],
        ROWS.map((r) => r.map((c) => csvCell(c))),
      ),
    );
    const read: string[][] = [];
    for await (const row of csvRows(file)) read.push(row);
    expect(read[0]).toEqual(['id', 'text', 'formula', 'code']); // no byte-order mark left on the first name
    expect(read.slice(1)).toEqual(ROWS.map((r) => r.map((c) => (c.startsWith('=') ? `'${c}` : c))));
  });

  it('gives the same records wherever a chunk ends', () => {
    const text = csvDocument(
      ['a', 'b'],
      ROWS.map((r) => r.slice(0, 2).map((c) => csvCell(c))),
    ).slice(1);
    const whole = parseRecords(text, true).rows;
    expect(whole).toHaveLength(ROWS.length + 1);
    for (let cut = 0; cut <= text.length; cut++) {
      const first = parseRecords(text.slice(0, cut), false);
      const second = parseRecords(first.rest + text.slice(cut), true);
      expect([...first.rows, ...second.rows], `cut at ${cut}`).toEqual(whole);
    }
  });

  it('refuses an unclosed quote', () => {
    expect(() => parseRecords('a,"b\r\n', true)).toThrow(/not closed/);
  });
});
