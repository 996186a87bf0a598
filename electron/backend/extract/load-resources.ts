import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { getDistricts, getProvinces, getRegencies } from 'idn-area-data';
import type {
  ExtractionResources,
  HonorificEntry,
  OrganizationEntry,
  RegionAliasEntry,
  RegionRecord,
  UnitHeadEntry,
} from '../../../shared/extract/resources.ts';

/**
 * Node side of the extraction resources: the Kemendagri regions of idn-area-data and the
 * curated gazetteers in resources/gazetteers/. Loaded once per directory (memoised): the
 * engine receives them as plain data.
 */

const DEFAULT_DIR = fileURLToPath(new URL('../../../resources/', import.meta.url));
const loaded = new Map<string, Promise<ExtractionResources>>();

async function readJson<T>(dir: string, name: string): Promise<T> {
  return JSON.parse(await readFile(join(dir, 'gazetteers', name), 'utf8')) as T;
}

async function load(dir: string): Promise<ExtractionResources> {
  const [provinces, regencies, districts, aliases, orgs, honorifics, degrees, positions, vocabulary] = await Promise.all([
    getProvinces(),
    getRegencies(),
    getDistricts(),
    readJson<{ aliases: RegionAliasEntry[]; contextWords: { names: string[] } }>(dir, 'region-aliases.json'),
    readJson<{
      organizations: OrganizationEntry[];
      unitHeads: UnitHeadEntry[];
      fieldAbbreviations: Record<string, string>;
      nonOrganizations: string[];
      unitWords?: string[];
    }>(dir, 'organizations.json'),
    readJson<{ honorifics: HonorificEntry[] }>(dir, 'honorifics.json'),
    readJson<{ degrees: string[] }>(dir, 'degrees.json'),
    readJson<{ positions: string[] }>(dir, 'positions.json'),
    readJson<{ roleWords: string[]; stopWords: string[] }>(dir, 'vocabulary.json'),
  ]);
  const regions: RegionRecord[] = [
    ...provinces.map((p) => ({ code: p.code, name: p.name, level: 'province' as const })),
    ...regencies.map((r) => ({ code: r.code, name: r.name, level: r.name.startsWith('Kota ') ? ('city' as const) : ('regency' as const) })),
  ];
  return {
    regions,
    regionAliases: aliases.aliases,
    contextRegionNames: aliases.contextWords.names,
    placeNames: [...new Set(districts.map((d) => d.name))],
    organizations: orgs.organizations,
    unitHeads: orgs.unitHeads,
    fieldAbbreviations: orgs.fieldAbbreviations,
    nonOrganizations: orgs.nonOrganizations,
    unitWords: orgs.unitWords ?? [],
    honorifics: honorifics.honorifics,
    degrees: degrees.degrees,
    positions: positions.positions,
    roleWords: vocabulary.roleWords,
    stopWords: vocabulary.stopWords,
  };
}

export async function loadExtractionResources(resourcesDir?: string): Promise<ExtractionResources> {
  const dir = resourcesDir ?? DEFAULT_DIR;
  let p = loaded.get(dir);
  if (!p) {
    p = load(dir);
    loaded.set(dir, p);
    p.catch(() => loaded.delete(dir));
  }
  return p;
}
