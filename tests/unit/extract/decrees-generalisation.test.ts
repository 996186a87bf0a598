import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../shared/extract/extract-document.ts';
import { preparedResources, readCorpus, sharedDir } from './corpus.ts';

// A second check on texts the rules were not tuned on: complete decree texts with their
// particulars (meta.json). Each decree's own number, its date of establishment and its
// signatory should be among the extracted records.

interface DecreeMeta {
  number: string | null;
  year: number;
  date_established: string | null;
  signatory: string | null;
}

/** As the scorer compares keys: lower case, accents off, anything but letters, digits and "/" as space. */
const fold = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}/]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** ENTITIES.md: NUMBER/YEAR; an agenda number ending in its year is kept whole ("…/VI/TAHUN 2024" → "…/VI/2024"). */
function expectedDecreeKey(number: string, year: number): string {
  const agenda = number.replace(/\/\s*tahun\s+(\d{4})$/i, '/$1');
  return agenda.includes('/') && agenda.endsWith(String(year)) ? agenda : `${number}/${year}`;
}

describe('generalisation on complete decree texts', () => {
  it("finds most decrees' own number, date of establishment and signatory", async () => {
    const dir = path.join(sharedDir(), 'corpus', 'decrees-text');
    const docs = readCorpus(dir);
    expect(docs.length).toBeGreaterThan(0);
    const res = await preparedResources();
    let checks = 0;
    const misses: string[] = [];
    for (const doc of docs) {
      const meta = JSON.parse(readFileSync(path.join(dir, doc.name.replace(/\.txt$/, '.meta.json')), 'utf8')) as DecreeMeta;
      const keys = (type: string): Set<string> => new Set(entities.filter((e) => e.type === type).map((e) => fold(e.normalized)));
      const { entities } = extractDocument(doc.text, res);
      const want: [string, string | null][] = [
        ['decree', meta.number === null ? null : expectedDecreeKey(meta.number, meta.year)],
        ['date', meta.date_established],
        ['official', meta.signatory],
      ];
      for (const [type, key] of want) {
        if (key === null) continue;
        checks++;
        if (!keys(type).has(fold(key)))
          misses.push(`${doc.name}: ${type} "${key}" not found (got ${[...keys(type)].join(', ') || 'none'})`);
      }
    }
    const share = (checks - misses.length) / checks;
    console.log(`decrees-text: ${checks - misses.length}/${checks} particulars found (${(share * 100).toFixed(1)}%)`);
    if (misses.length) console.log(misses.join('\n'));
    expect(checks).toBeGreaterThanOrEqual(25);
    expect(share).toBeGreaterThanOrEqual(0.85);
  });

  it('normalises decree numbers as ENTITIES.md says', () => {
    expect(expectedDecreeKey('40', 1999)).toBe('40/1999');
    expect(expectedDecreeKey('02', 2013)).toBe('02/2013');
    expect(expectedDecreeKey('500.14/784/BUP/VI/TAHUN 2024', 2024)).toBe('500.14/784/BUP/VI/2024');
    expect(expectedDecreeKey('800/1234/BKPSDM/2021', 2021)).toBe('800/1234/BKPSDM/2021');
  });
});
