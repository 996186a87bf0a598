import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadExtractionResources } from '../../../electron/backend/extract/load-resources.ts';
import { prepareResources } from '../../../shared/extract/resources.ts';
import { repoRoot } from './corpus.ts';

describe('loadExtractionResources', () => {
  it('loads the Kemendagri regions and the gazetteers once', async () => {
    const a = await loadExtractionResources();
    expect(await loadExtractionResources()).toBe(a);
    expect(a.regions.filter((r) => r.level === 'province')).toHaveLength(38);
    expect(a.regions.filter((r) => r.level !== 'province')).toHaveLength(514);
    expect(a.regions.find((r) => r.code === '16.06')).toEqual({ code: '16.06', name: 'Kabupaten Musi Banyuasin', level: 'regency' });
    expect(a.regions.find((r) => r.code === '16.71')?.level).toBe('city');
    expect(a.placeNames.length).toBeGreaterThan(5000);
    expect(a.organizations.length).toBeGreaterThan(100);
  });

  it('resolves every region alias to a region and keeps list ids unique', async () => {
    const res = await loadExtractionResources();
    const names = new Set(res.regions.map((r) => r.name.toLowerCase()));
    const codes = new Set(res.regions.map((r) => r.code));
    const unresolved = res.regionAliases.filter((a) => !names.has(a.target.toLowerCase()) && !codes.has(a.target));
    expect(unresolved).toEqual([]);
    const prepared = prepareResources(res);
    expect(prepared.regions.phrases.byFirst.get('muba')?.[0]?.value.candidates.map((c) => c.region.code)).toEqual(['16.06']);
    for (const ids of [res.regionAliases.map((a) => a.id), res.organizations.map((o) => o.id), res.unitHeads.map((h) => h.id)]) {
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it('reads every gazetteer file as JSON with a description', () => {
    const dir = path.join(repoRoot, 'resources', 'gazetteers');
    const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
    expect(files.length).toBeGreaterThanOrEqual(6);
    for (const f of files)
      expect(typeof (JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as { description?: unknown }).description, f).toBe('string');
  });
});
