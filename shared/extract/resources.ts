import { prepareRegions } from './gazetteer/region-gazetteer.ts';
import type { PreparedRegions } from './gazetteer/region-gazetteer.ts';
import { prepareOrganizations } from './gazetteer/organization-gazetteer.ts';
import type { PreparedOrganizations } from './gazetteer/organization-gazetteer.ts';
import { preparePeople } from './gazetteer/people-gazetteer.ts';
import type { PreparedPeople } from './gazetteer/people-gazetteer.ts';
import { buildTokenStarts } from './gazetteer/token-starts.ts';

/**
 * Everything the engine knows, as plain data. The Node loader
 * (electron/backend/extract/load-resources.ts) fills it from idn-area-data and
 * resources/gazetteers/*.json; tests may build it by hand. Nothing here is read from disk by
 * the engine itself.
 */

export type RegionLevel = 'province' | 'regency' | 'city';

/** A province, regency or city with its Kemendagri code ("16", "16.06"). */
export interface RegionRecord {
  code: string;
  /** Official name as in idn-area-data ("Kabupaten Musi Banyuasin", "Sumatera Selatan"). */
  name: string;
  level: RegionLevel;
}

/** A short form in real use ("Muba", "Sumsel"); `target` is an official name or a code. */
export interface RegionAliasEntry {
  id: string;
  text: string;
  target: string;
}

export interface OrganizationEntry {
  id: string;
  /** The record key: the canonical full name without region. */
  canonical: string;
  abbreviations: string[];
  /** Other full forms that mean the same unit. */
  variants: string[];
  kind: string;
}

/**
 * A word that introduces a unit's name: `field` heads take the unit's field ("Dinas Sosial"),
 * `proper` heads a place or proper name ("Puskesmas Talun"), `bare` heads stand alone
 * ("Inspektorat").
 */
export interface UnitHeadEntry {
  id: string;
  forms: string[];
  canonical: string;
  mode: 'field' | 'proper' | 'bare';
  requiresName?: boolean;
  /** The proper name may carry a person's titles and initials ("RSUD dr. R. Soetrasno", "RSUD Brigjend H. Hasan Basry"). */
  titledName?: boolean;
  /** Words before the head that make it a portfolio or a sector, not a unit ("Deputi Bidang …", "Urusan Pemerintahan Bidang …"). */
  notAfter?: string[];
}

export interface HonorificEntry {
  form: string;
  /** `address` = Bapak/Ibu; `rank` = police/military rank; `keep` = looks like a title but is part of the name. */
  kind: 'honorific' | 'address' | 'rank' | 'keep';
}

export interface ExtractionResources {
  regions: RegionRecord[];
  regionAliases: RegionAliasEntry[];
  /** Region names that are also ordinary words (see region-aliases.json). */
  contextRegionNames: string[];
  /** District (kecamatan) names: proper names of facilities ("RSUD Sekayu"). */
  placeNames: string[];
  organizations: OrganizationEntry[];
  unitHeads: UnitHeadEntry[];
  /** Abbreviations used inside unit names ("Dukcapil" → "Kependudukan dan Pencatatan Sipil"). */
  fieldAbbreviations: Record<string, string>;
  /** Generic phrases that look like units but are not ("Badan Publik"). */
  nonOrganizations: string[];
  /** Lower-case words of unit names a unit's field runs over ("surveilans", "imunisasi", "rujukan"). */
  unitWords?: string[];
  honorifics: HonorificEntry[];
  degrees: string[];
  positions: string[];
  roleWords: string[];
  stopWords: string[];
}

/** Indexes built once from ExtractionResources and shared by every document. */
export interface PreparedResources {
  readonly prepared: true;
  readonly regions: PreparedRegions;
  readonly organizations: PreparedOrganizations;
  readonly people: PreparedPeople;
  /** Every lower-case word the lists know: OCR repairs of a token must land on one of them. */
  readonly lexicon: ReadonlySet<string>;
  /** Lower-case token → what it may open (START_* flags of gazetteer/token-starts.ts). */
  readonly starts: ReadonlyMap<string, number>;
}

/** Words of legal instruments and dates the lists do not hold, for OCR repairs. */
const LEGAL_WORDS = [
  'nomor',
  'tahun',
  'peraturan',
  'keputusan',
  'tentang',
  'menimbang',
  'mengingat',
  'memutuskan',
  'menetapkan',
  'lampiran',
  'pasal',
  'ayat',
  'bupati',
  'walikota',
  'gubernur',
  'menteri',
  'undang',
  'daerah',
  'pemerintah',
  'januari',
  'februari',
  'maret',
  'april',
  'mei',
  'juni',
  'juli',
  'agustus',
  'september',
  'oktober',
  'november',
  'desember',
  'minggu',
  'senin',
  'selasa',
  'rabu',
  'kamis',
  'jumat',
  'sabtu',
];

function buildLexicon(regions: PreparedRegions, organizations: PreparedOrganizations, people: PreparedPeople): Set<string> {
  const lexicon = new Set<string>(LEGAL_WORDS);
  const add = (w: string): void => {
    if (w.length > 2 && /^\p{L}+$/u.test(w)) lexicon.add(w);
  };
  for (const bucket of regions.phrases.byFirst.values()) for (const e of bucket) e.tokens.forEach(add);
  for (const bucket of organizations.heads.byFirst.values()) for (const e of bucket) e.tokens.forEach(add);
  for (const bucket of organizations.phrases.byFirst.values()) for (const e of bucket) e.tokens.forEach(add);
  for (const bucket of people.positions.byFirst.values()) for (const e of bucket) e.tokens.forEach(add);
  organizations.fieldWords.forEach(add);
  organizations.abbreviations.forEach((_v, k) => add(k));
  people.roleWords.forEach(add);
  people.stopWords.forEach(add);
  return lexicon;
}

/** Builds the lookup structures (pure; costs a few milliseconds: do it once, extract many). */
export function prepareResources(resources: ExtractionResources): PreparedResources {
  const regions = prepareRegions(resources);
  const organizations = prepareOrganizations(resources);
  const people = preparePeople(resources, regions, organizations);
  return {
    prepared: true,
    regions,
    organizations,
    people,
    lexicon: buildLexicon(regions, organizations, people),
    starts: buildTokenStarts(regions, organizations, people),
  };
}

const cache = new WeakMap<ExtractionResources, PreparedResources>();

/** Accepts either form; raw resources are prepared once per object and remembered. */
export function asPrepared(resources: ExtractionResources | PreparedResources): PreparedResources {
  if ('prepared' in resources) return resources;
  let p = cache.get(resources);
  if (!p) {
    p = prepareResources(resources);
    cache.set(resources, p);
  }
  return p;
}
