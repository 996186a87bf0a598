import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../shared/extract/extract-document.ts';
import { loadExtractionResources } from '../../../electron/backend/extract/load-resources.ts';
import { preparedResources, readCorpus, sharedDir } from './corpus.ts';

describe('extractDocument', () => {
  it('gives every mention a span into the clean text, a confidence and a rule, outside skipped ranges', async () => {
    const res = await preparedResources();
    for (const doc of readCorpus(path.join(sharedDir(), 'corpus', 'dev'))) {
      const { entities, skipped } = extractDocument(doc.text, res);
      for (const e of entities) {
        expect(e.mentions.length).toBeGreaterThan(0);
        expect([e.text, e.start, e.end]).toEqual([e.mentions[0]?.text, e.mentions[0]?.start, e.mentions[0]?.end]);
        for (const m of e.mentions) {
          expect(doc.text.slice(m.start, m.end), `${doc.name} ${e.type} ${e.normalized}`).toBe(m.text);
          expect(m.confidence).toBeGreaterThan(0);
          expect(m.confidence).toBeLessThanOrEqual(1);
          expect(m.rule).toMatch(/^[a-z]+\./);
          expect(
            skipped.some((s) => m.start >= s.start && m.start < s.end),
            `${doc.name}: ${m.text} is in a skipped range`,
          ).toBe(false);
        }
      }
    }
  });

  it('groups the mentions of one record', async () => {
    const text = 'Kabupaten Musi Banyuasin (Muba) meraih nilai 4,57. Pemkab Muba bersyukur; Muba maju.';
    const regions = extractDocument(text, await preparedResources()).entities.filter((e) => e.type === 'region');
    expect(regions).toHaveLength(1);
    expect(regions[0]?.mentions.map((m) => m.text)).toEqual(['Kabupaten Musi Banyuasin', 'Muba', 'Pemkab Muba', 'Muba']);
  });

  it('is deterministic and gives the same result for raw and prepared resources', async () => {
    const doc = readCorpus(path.join(sharedDir(), 'corpus', 'dev'))[0];
    expect(doc).toBeDefined();
    const text = doc?.text ?? '';
    const raw = await loadExtractionResources();
    const a = extractDocument(text, raw);
    expect(extractDocument(text, raw)).toEqual(a);
    expect(extractDocument(text, await preparedResources())).toEqual(a);
    expect(a.entities.length).toBeGreaterThan(0);
  });
});
