import type { ExtractionResources, RegionLevel, RegionRecord } from '../resources.ts';
import { buildPhraseIndex } from './phrase-index.ts';
import type { PhraseEntry, PhraseIndex } from './phrase-index.ts';
import { phraseTokens } from '../text/tokenize.ts';

/** One reading of a region phrase: the record and the list entry that names it. */
export interface RegionCandidate {
  region: RegionRecord;
  rule: string;
  alias: boolean;
}

/** All readings of one written form ("cirebon" → Kabupaten Cirebon, Kota Cirebon). */
export interface RegionPhrase {
  key: string;
  candidates: RegionCandidate[];
  /** An ordinary word too: needs a level word or a position away from a sentence start. */
  contextOnly: boolean;
  /** An all-capital abbreviation ("OKI", "NTB"): must be written in capitals. */
  upperOnly: boolean;
}

export interface FuzzyTarget {
  compact: string;
  phrase: RegionPhrase;
  tokenCount: number;
}

export interface PreparedRegions {
  byCode: Map<string, RegionRecord>;
  phrases: PhraseIndex<RegionPhrase>;
  /** Written forms with spaces and hyphens removed ("lubuklinggau", "tolitoli"). */
  joined: Map<string, RegionPhrase>;
  /** Every prefix of a joined form that ends at a word boundary of some written form. */
  joinedPrefixes: Set<string>;
  /** Fuzzy-match targets bucketed by first letter. */
  fuzzy: Map<string, FuzzyTarget[]>;
  /** Lower-case words that carry a level ("kabupaten", "pemkot", "gubernur"). */
  levelWords: Map<string, LevelWord>;
}

export interface LevelWord {
  level: RegionLevel;
  /** Whether the word is part of the region mention ("Kabupaten X") or only context ("Bupati X"). */
  inSpan: boolean;
}

const LEVEL_WORDS: Record<string, LevelWord> = {
  kabupaten: { level: 'regency', inSpan: true },
  kab: { level: 'regency', inSpan: true },
  pemkab: { level: 'regency', inSpan: true },
  bupati: { level: 'regency', inSpan: false },
  wabup: { level: 'regency', inSpan: false },
  kota: { level: 'city', inSpan: true },
  kotamadya: { level: 'city', inSpan: true },
  pemkot: { level: 'city', inSpan: true },
  walikota: { level: 'city', inSpan: false },
  wawali: { level: 'city', inSpan: false },
  wawako: { level: 'city', inSpan: false },
  provinsi: { level: 'province', inSpan: true },
  propinsi: { level: 'province', inSpan: true },
  prov: { level: 'province', inSpan: true },
  pemprov: { level: 'province', inSpan: true },
  gubernur: { level: 'province', inSpan: false },
  wagub: { level: 'province', inSpan: false },
};

const LEVEL_PREFIX = /^(?:Kabupaten|Kota)\s+(?:Administrasi\s+)?/;

/** The name as written without its level word: "Kabupaten Musi Banyuasin" → "Musi Banyuasin". */
export function bareRegionName(region: RegionRecord): string {
  return region.level === 'province' ? region.name : region.name.replace(LEVEL_PREFIX, '');
}

export function prepareRegions(res: ExtractionResources): PreparedRegions {
  const byCode = new Map<string, RegionRecord>();
  const byName = new Map<string, RegionRecord>();
  for (const r of res.regions) {
    byCode.set(r.code, r);
    byName.set(r.name.toLowerCase(), r);
    byName.set(bareRegionName(r).toLowerCase() + '|' + r.level, r);
  }
  const contextWords = new Set(res.contextRegionNames.map((n) => n.toLowerCase()));
  const phrases = new Map<string, RegionPhrase>();
  const add = (written: string, cand: RegionCandidate): void => {
    const tokens = phraseTokens(written);
    const key = tokens.join(' ');
    if (!key) return;
    let p = phrases.get(key);
    if (!p) {
      const letters = written.replace(/[^\p{L}]/gu, '');
      p = {
        key,
        candidates: [],
        contextOnly: contextWords.has(key),
        upperOnly: letters.length > 0 && letters.length <= 5 && letters === letters.toUpperCase(),
      };
      phrases.set(key, p);
    }
    if (!p.candidates.some((c) => c.region.code === cand.region.code)) p.candidates.push(cand);
  };
  for (const r of res.regions) add(bareRegionName(r), { region: r, rule: `region.name:${r.code}`, alias: false });
  for (const a of res.regionAliases) {
    const target = byCode.get(a.target) ?? byName.get(a.target.toLowerCase());
    if (target) add(a.text, { region: target, rule: `region.alias:${a.id}`, alias: true });
  }
  // "Kabupaten Kepulauan Sangihe" is "Sangihe" in use: the short form, unless it names something else.
  for (const r of res.regions) {
    if (r.level === 'province') continue;
    const bare = bareRegionName(r);
    const short = /^Kepulauan\s+(.+)$/.exec(bare)?.[1];
    if (short && !phrases.has(phraseTokens(short).join(' ')) && !contextWords.has(short.toLowerCase())) {
      add(short, { region: r, rule: `region.short:${r.code}`, alias: true });
    }
  }
  const entries: PhraseEntry<RegionPhrase>[] = [];
  const joined = new Map<string, RegionPhrase>();
  const joinedPrefixes = new Set<string>();
  const fuzzy = new Map<string, FuzzyTarget[]>();
  for (const p of phrases.values()) {
    const tokens = p.key.split(' ');
    entries.push({ tokens, value: p });
    const words = tokens.filter((t) => /\p{L}|\p{N}/u.test(t));
    const c = words.join('');
    if (!joined.has(c)) joined.set(c, p);
    let prefix = '';
    for (const w of words) {
      prefix += w;
      joinedPrefixes.add(prefix);
    }
    // Piecewise prefixes too, so "Banyu Asin" reaches "banyuasin" one written word at a time.
    for (let k = 3; k < c.length; k++) joinedPrefixes.add(c.slice(0, k));
    if (!p.upperOnly && c.length >= 5) {
      const first = c[0] as string;
      let bucket = fuzzy.get(first);
      if (!bucket) fuzzy.set(first, (bucket = []));
      bucket.push({ compact: c, phrase: p, tokenCount: words.length });
    }
  }
  return {
    byCode,
    phrases: buildPhraseIndex(entries),
    joined,
    joinedPrefixes,
    fuzzy,
    levelWords: new Map(Object.entries(LEVEL_WORDS)),
  };
}
