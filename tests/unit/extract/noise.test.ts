import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extractDocument } from '../../../shared/extract/extract-document.ts';
import { predict, preparedResources, readCorpus, runScorer, sharedDir } from './corpus.ts';
import { addNoise } from './noise.ts';

describe('robustness to OCR noise', () => {
  const tmp = mkdtempSync(path.join(tmpdir(), 'lontar-noise-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('reads lightly misspelled region names with lower confidence', async () => {
    const res = await preparedResources();
    for (const text of [
      'Pemerintah Kabupaten Musi Banyuasln meraih penghargaan.',
      'Kabupaten Musi Banyu Asin meraih penghargaan.',
      'Bupati Musi Banyuasim hadir.',
    ]) {
      const region = extractDocument(text, res).entities.find((e) => e.type === 'region');
      expect(region?.normalized, text).toBe('16.06');
      expect(region?.confidence ?? 1, text).toBeLessThan(0.9);
    }
    const exact = extractDocument('Kabupaten Musi Banyuasin meraih penghargaan.', res).entities.find((e) => e.type === 'region');
    expect(exact?.confidence ?? 0).toBeGreaterThanOrEqual(0.9);
  });

  it('adds noise at the rate asked, repeatably for a seed and differently for another', () => {
    // Only letters are touched, each with probability `rate`: substituted (60%), dropped (20%) or doubled (20%).
    const text = 'a'.repeat(20_000);
    const noisy = addNoise(text, 0.02, 7);
    const substituted = noisy.split('').filter((c) => c === 'o').length;
    expect(substituted).toBeGreaterThan(20_000 * 0.02 * 0.6 * 0.7);
    expect(substituted).toBeLessThan(20_000 * 0.02 * 0.6 * 1.3);
    expect(addNoise(text, 0.02, 7)).toBe(noisy);
    expect(addNoise(text, 0.02, 8)).not.toBe(noisy);
    expect(addNoise(text, 0, 7)).toBe(text);
    expect(addNoise('1234 ,.;-/ 5678', 1, 7)).toBe('1234 ,.;-/ 5678');
  });

  it('keeps most of its F1 on the dev corpus with 2% character noise (seeded)', async () => {
    const devDir = path.join(sharedDir(), 'corpus', 'dev');
    const res = await preparedResources();
    const clean = readCorpus(devDir);
    const noisy = clean.map((d) => ({ name: d.name, text: addNoise(d.text, 0.02, 20250425) }));
    // The noise is really there: every document of the corpus reads differently.
    expect(noisy.filter((d, i) => d.text === clean[i]!.text).map((d) => d.name)).toEqual([]);
    const score = (docs: typeof clean, name: string): ReturnType<typeof runScorer> => {
      const file = path.join(tmp, `${name}.json`);
      writeFileSync(file, JSON.stringify(predict(docs, res)));
      return runScorer(devDir, file);
    };
    const a = score(clean, 'clean');
    const b = score(noisy, 'noisy');
    const drop = a.overall.f1 - b.overall.f1;
    console.log(
      `F1 clean ${a.overall.f1.toFixed(3)} -> noisy ${b.overall.f1.toFixed(3)} (drop ${drop.toFixed(3)}); per type: ${Object.entries(
        b.perType,
      )
        .map(([t, r]) => `${t} ${a.perType[t]?.f1.toFixed(2)}->${r.f1.toFixed(2)}`)
        .join(', ')}`,
    );
    expect(b.overall.f1).toBeGreaterThanOrEqual(0.75);
    expect(drop).toBeLessThanOrEqual(0.2);
  });
});
