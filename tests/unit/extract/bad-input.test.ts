import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../shared/extract/extract-document.ts';
import { preparedResources } from './corpus.ts';

// Bad input never throws or hangs, and gives an empty or sensible result.
describe('bad input', () => {
  it('returns nothing for empty text', async () => {
    expect(extractDocument('', await preparedResources())).toEqual({
      entities: [],
      skipped: [],
      particulars: null,
      particulars_sources: {},
      structure: [],
    });
  });

  it('finds nothing in numbers or punctuation only', async () => {
    const res = await preparedResources();
    expect(extractDocument('123 456,78 9.10 2024 25/4 99,99 1/2/3 0000 4,57\n'.repeat(500), res).entities).toEqual([]);
    expect(extractDocument('!?.,;:()[]{}—–-/\\"\'…•·*&%$#@^~`|<>+=_\n'.repeat(500), res).entities).toEqual([]);
  });

  it('survives mixed scripts and control characters', async () => {
    const res = await preparedResources();
    const text =
      'Bupati \u0000\u0007\u001b Тест 中文 عربي 🙂\uD800 İstanbul ﬁ Kabupaten Musi Banyuasin\u0008 meraih nilai 4,57 pada 14 Maret 2025.\u0085\u2028';
    const { entities } = extractDocument(text, res);
    const keys = entities.map((e) => `${e.type}:${e.normalized}`);
    expect(keys).toContain('region:16.06');
    expect(keys).toContain('date:2025-03-14');
    for (const e of entities) {
      expect(text.slice(e.start, e.end)).toBe(e.text);
      expect(e.start).toBeGreaterThanOrEqual(0);
      expect(e.end).toBeLessThanOrEqual(text.length);
    }
  });

  it('handles a 50 MB single line without newlines', async () => {
    const res = await preparedResources();
    const unit =
      'Bupati Musi Banyuasin HM.Toha menyerahkan nilai 4,57 (A) kepada Dinas Sosial pada Jumat 25/4/2025 sesuai UU 25 Tahun 2009 ';
    const text = unit.repeat(Math.ceil((50 << 20) / unit.length));
    const t0 = performance.now();
    const { entities, skipped } = extractDocument(text, res);
    const seconds = (performance.now() - t0) / 1000;
    console.log(
      `50 MB single line: ${seconds.toFixed(1)} s, ${entities.length} records, ${entities.reduce((n, e) => n + e.mentions.length, 0)} mentions`,
    );
    expect(skipped).toEqual([]);
    const keys = new Set(entities.map((e) => `${e.type}:${e.normalized}`));
    for (const k of ['region:16.06', 'official:Toha', 'organization:Dinas Sosial', 'score:4.57', 'date:2025-04-25', 'decree:25/2009'])
      expect(keys).toContain(k);
    expect(entities.length).toBeLessThan(20);
  }, 120_000);
});
