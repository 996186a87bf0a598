import { describe, expect, it } from 'vitest';
import { csvCell } from '../../../electron/backend/export/csv.ts';
import { looksLikeFormula, neutralizeFormula } from '../../../electron/backend/export/formula-guard.ts';

const TRIGGERS = ['=', '+', '-', '@', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20', '\uFE66', '\uFE62'];
const PREFIXES: Record<string, string> = {
  none: '',
  space: ' ',
  'three spaces': '   ',
  NBSP: '\u00A0',
  'narrow NBSP': '\u202F',
  'ideographic space': '\u3000',
  'zero-width space': '\u200B',
  'zero-width joiner': '\u200D',
  'word joiner': '\u2060',
  BOM: '\uFEFF',
  newline: '\n',
  'CR LF': '\r\n',
  tab: '\t',
  'soft hyphen': '\u00AD',
  'mixed invisible run': ' \u200B\u00A0\uFEFF\n',
};

describe('formula guard', () => {
  for (const [name, prefix] of Object.entries(PREFIXES)) {
    it(`neutralises every trigger after ${name}`, () => {
      for (const trigger of TRIGGERS) {
        const text = `${prefix}${trigger}HYPERLINK("http://x")`;
        expect(looksLikeFormula(text), JSON.stringify(text)).toBe(true);
        expect(neutralizeFormula(text)).toBe(`'${text}`);
        // In a CSV cell the apostrophe comes first, inside the quotes when the cell needs them.
        const cell = csvCell(text);
        expect(cell.startsWith("'") || cell.startsWith(`"'`), JSON.stringify(cell)).toBe(true);
      }
    });
  }

  it('leaves ordinary text, numbers and inner signs alone', () => {
    for (const text of ['Dinas Sosial', 'nilai 4,52', 'a = b', ' Bupati', '\u200BKab. Musi', '', '   ', '2024-01-05', 'e-KTP']) {
      expect(looksLikeFormula(text), JSON.stringify(text)).toBe(false);
      expect(neutralizeFormula(text)).toBe(text);
    }
  });

  it('never touches numeric cells', () => {
    expect(csvCell('-5', { numeric: true })).toBe('-5');
    expect(csvCell(-5, { numeric: true })).toBe('-5');
  });

  it('keeps the original characters after the apostrophe (the check normalises, the output does not)', () => {
    expect(neutralizeFormula('\uFF1D1+1')).toBe("'\uFF1D1+1");
  });

  it('stays linear on a long run of invisible characters', () => {
    const text = `${'\u200B'.repeat(500_000)}=1`;
    const started = performance.now();
    expect(looksLikeFormula(text)).toBe(true);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
