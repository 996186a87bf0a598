import jaroWinkler from 'natural/lib/natural/distance/jaro-winkler_distance.js';
import type { Doc } from '../doc.ts';
import { atSentenceStart, capitalisedWords, spanText, startsAt } from '../doc.ts';
import type { RawMention } from '../mention.ts';
import type { RegionLevel } from '../resources.ts';
import type { FuzzyTarget, LevelWord, RegionCandidate, RegionPhrase } from '../gazetteer/region-gazetteer.ts';
import type { PhraseEntry } from '../gazetteer/phrase-index.ts';
import { entryMatchesAt } from '../gazetteer/phrase-index.ts';
import { START_LEVEL_WORD, START_REGION_JOINED, START_REGION_PHRASE } from '../gazetteer/token-starts.ts';
import { KIND_PUNCT, KIND_WORD, isCap, isSkipped, isUpper, hasSpaceBefore, tokEnd, tokStart } from '../text/tokenize.ts';
import { atRowCellStart, inListOfOtherPlaces, levelWordOnLineBefore, ownNameOfOther } from './region-context.ts';

/**
 * Regions: provinces, regencies and cities by official name, short form or abbreviation,
 * with the level read from the words around the name (Kota/Kabupaten/Provinsi, Pemkab,
 * Bupati …) and, for a bare name shared by two levels, from the rest of the document
 * (ENTITIES.md, "Regions").
 */

export interface RegionMention {
  /** Token range of the name itself. */
  nameFirst: number;
  nameEnd: number;
  /** First token of the mention including its level word ("Kabupaten", "Pemkot"). */
  spanFirst: number;
  phrase: RegionPhrase;
  /** Level given by a word on the name, if any. */
  explicit: RegionLevel | null;
  candidates: RegionCandidate[];
  chosen: RegionCandidate | null;
  rule: string;
  confidence: number;
}

export interface RegionFindings {
  mentions: RegionMention[];
  /** Token index → 1 + index of the mention covering it (span incl. level word), 0 if none. */
  byToken: Int32Array;
}

interface NameMatch {
  phrase: RegionPhrase;
  end: number;
  how: 'exact' | 'joined' | 'fuzzy';
  similarity: number;
}

interface LevelContext {
  level: RegionLevel;
  spanFirst: number;
}

const FUZZY_MIN = 0.93;
const DATELINE_NEXT = new Set(['(', '-', '–', '—', ',']);
const GOVERNMENT_WORDS = new Set(['pemerintah', 'pemda', 'daerah']);

function wordOk(doc: Doc, j: number): boolean {
  return j < doc.ts.count && doc.ts.kind[j] === KIND_WORD && !isSkipped(doc.ts, j) && (doc.ts.nl[j] as number) <= 1;
}

function exactMatch(doc: Doc, i: number): NameMatch | null {
  const { ts, tok } = doc;
  if (!(startsAt(doc, i) & START_REGION_PHRASE)) return null;
  // The first entry matchPhrases() would list whose words are written as the entry requires
  // (its order, walked without building the list).
  const split = doc.res.regions.phrases.bySecond.get(tok[i] as string);
  if (!split) return null;
  const longer = tok[i + 1] !== undefined ? split.next.get(tok[i + 1] as string) : undefined;
  if (longer) {
    for (const entry of longer) {
      if (!entryMatchesAt(ts, tok, i, entry.tokens, 1)) continue;
      const next = i + entry.tokens.length;
      if (writtenAsEntry(doc, i, next, entry.value)) return { phrase: entry.value, end: next, how: 'exact', similarity: 1 };
    }
  }
  for (const entry of split.single) {
    if (writtenAsEntry(doc, i, i + 1, entry.value)) return { phrase: entry.value, end: i + 1, how: 'exact', similarity: 1 };
  }
  return null;
}

/** Every word of tokens i..next in capitals (an upper-only entry) or capitalised ("dan" aside). */
function writtenAsEntry(doc: Doc, i: number, next: number, phrase: RegionPhrase): boolean {
  const { ts, tok } = doc;
  for (let j = i; j < next; j++) {
    if (ts.kind[j] !== KIND_WORD) continue;
    if (phrase.upperOnly ? !isUpper(ts, j) : !isCap(ts, j) && tok[j] !== 'dan') return false;
  }
  return true;
}

/** "Lubuklinggau" for "Lubuk Linggau", "Banyu Asin" for "Banyuasin": spacing variants. */
function joinedMatch(doc: Doc, i: number): NameMatch | null {
  const { ts, tok } = doc;
  const { joined, joinedPrefixes } = doc.res.regions;
  if (!(startsAt(doc, i) & START_REGION_JOINED)) return null;
  let c = tok[i] as string;
  let best: NameMatch | null = null;
  const hit = joined.get(c);
  if (hit && !hit.upperOnly) best = { phrase: hit, end: i + 1, how: 'joined', similarity: 1 };
  let j = i + 1;
  for (let k = 0; k < 3 && j < ts.count; k++) {
    if (ts.kind[j] === KIND_PUNCT && tok[j] === '-' && !hasSpaceBefore(ts, j)) j++;
    if (!wordOk(doc, j) || !isCap(ts, j)) break;
    c += tok[j] as string;
    if (!joinedPrefixes.has(c) && !joined.has(c)) break;
    const h = joined.get(c);
    if (h && !h.upperOnly) best = { phrase: h, end: j + 1, how: 'joined', similarity: 1 };
    j++;
  }
  return best;
}

/**
 * Fuzzy targets depend only on the gazetteer (a bucket, and the level asked for), never on the
 * document: made once per bucket and level instead of at every capitalised word.
 */
const levelTargets = new WeakMap<readonly FuzzyTarget[], Map<RegionLevel, FuzzyTarget[]>>();
const phraseTargets = new WeakMap<readonly PhraseEntry<RegionPhrase>[], FuzzyTarget[]>();

function targetsAtLevel(bucket: readonly FuzzyTarget[], level: RegionLevel): FuzzyTarget[] {
  let byLevel = levelTargets.get(bucket);
  if (!byLevel) levelTargets.set(bucket, (byLevel = new Map()));
  let targets = byLevel.get(level);
  if (!targets) byLevel.set(level, (targets = bucket.filter((t) => t.phrase.candidates.some((c) => c.region.level === level))));
  return targets;
}

function targetsOfPhrases(bucket: readonly PhraseEntry<RegionPhrase>[]): FuzzyTarget[] {
  let targets = phraseTargets.get(bucket);
  if (!targets) {
    targets = [];
    for (const e of bucket) {
      if (e.tokens.length < 2 || e.value.upperOnly) continue;
      targets.push({ compact: e.tokens.join('').replace(/[^\p{L}\p{N}]/gu, ''), phrase: e.value, tokenCount: e.tokens.length });
    }
    phraseTargets.set(bucket, targets);
  }
  return targets;
}

/** Jaro-Winkler against names that the context makes likely (OCR noise: "Musi Banyuasln"). */
function fuzzyMatch(doc: Doc, i: number, level: RegionLevel | null): NameMatch | null {
  const { ts, tok } = doc;
  const regions = doc.res.regions;
  const first = tok[i] as string;
  let targets: readonly FuzzyTarget[];
  if (level) {
    const bucket = regions.fuzzy.get(first[0] as string);
    targets = bucket ? targetsAtLevel(bucket, level) : [];
  } else {
    const bucket = regions.phrases.byFirst.get(first);
    if (!bucket) return null;
    targets = targetsOfPhrases(bucket);
  }
  if (targets.length === 0) return null;
  // Compact text of the next 1..4 words, each ending where a candidate may end.
  const texts: { c: string; end: number }[] = [];
  let c = '';
  let j = i;
  for (let k = 0; k < 4 && j < ts.count; k++) {
    if (k > 0 && ts.kind[j] === KIND_PUNCT && tok[j] === '-') j++;
    if (!wordOk(doc, j) || (k > 0 && !isCap(ts, j))) break;
    c += tok[j] as string;
    texts.push({ c, end: j + 1 });
    j++;
  }
  let best: NameMatch | null = null;
  for (const t of targets) {
    for (const x of texts) {
      const ratio = x.c.length / t.compact.length;
      if (ratio < 0.8 || ratio > 1.25 || x.c.length < 5) continue;
      const sim = jaroWinkler(x.c, t.compact);
      if (sim >= FUZZY_MIN && (!best || sim > best.similarity)) best = { phrase: t.phrase, end: x.end, how: 'fuzzy', similarity: sim };
    }
  }
  return best;
}

/** First letters (ASCII, lower-case) the resources' level words open with, made once per table. */
const levelFirsts = new WeakMap<ReadonlyMap<string, LevelWord>, Uint8Array>();

function levelFirstsOf(levelWords: ReadonlyMap<string, LevelWord>): Uint8Array {
  let firsts = levelFirsts.get(levelWords);
  if (!firsts) {
    firsts = new Uint8Array(128);
    for (const w of levelWords.keys()) {
      const c = w.charCodeAt(0);
      if (c < 128) firsts[c] = 1;
      // OCR's "rn" read as "m": the token's own first letter is "r".
      if (c === 109) firsts[114] = 1;
    }
    levelFirsts.set(levelWords, firsts);
  }
  return firsts;
}

/**
 * Whether token j may be a level word, by its first letter in the text (no lookup of the word
 * before every capitalised word, most often a connector); a character outside ASCII is let
 * through (it may lower-case to a letter of them).
 */
export function mayBeLevelWord(doc: Doc, j: number): boolean {
  const c = doc.ts.norm.charCodeAt(doc.ts.start[j] as number);
  if (c >= 128) return true;
  const l = c >= 65 && c <= 90 ? c | 0x20 : c;
  return levelFirstsOf(doc.res.regions.levelWords)[l] === 1;
}

/** The level word before the name ("Kabupaten", "Kab.", "Pemkot", "Wali Kota", "(Pemkot)"). */
function levelBefore(doc: Doc, i: number): LevelContext | null {
  const { tok, ts } = doc;
  const levelWords = doc.res.regions.levelWords;
  // "Kabupaten\nMadiun": a table cell wrapped after its level word keeps the level.
  const wrapped = levelWordOnLineBefore(doc, i);
  if (wrapped >= 0) return { level: (levelWords.get(tok[wrapped] as string) as LevelWord).level, spanFirst: wrapped };
  if ((ts.nl[i] as number) > 0) return null;
  let j = i - 1;
  if (j >= 1 && tok[j] === '.' && (tok[j - 1] === 'kab' || tok[j - 1] === 'prov')) j--;
  let spanFirst: number;
  // The starts flag first: the word before is looked up once, most often found no level word by one bit.
  let lw = j >= 0 && mayBeLevelWord(doc, j) && startsAt(doc, j) & START_LEVEL_WORD ? levelWords.get(tok[j] as string) : undefined;
  if (lw) {
    spanFirst = lw.inSpan ? j : i;
  } else if (j >= 2 && tok[j] === ')' && tok[j - 2] === '(' && startsAt(doc, j - 1) & START_LEVEL_WORD) {
    // "Pemerintah Kota (Pemkot) Kotamobagu"
    lw = levelWords.get(tok[j - 1] as string) as NonNullable<typeof lw>;
    spanFirst = j - 2;
    j -= 2;
    const outer = j >= 1 ? levelWords.get(tok[j - 1] as string) : undefined;
    if (outer && outer.inSpan) {
      spanFirst = j - 1;
      j -= 1;
    }
  } else {
    return null;
  }
  if (isSkipped(ts, j)) return null;
  if (tok[j] === 'kota' && tok[j - 1] === 'wali') spanFirst = i;
  if (spanFirst === j) {
    while (spanFirst > 0 && GOVERNMENT_WORDS.has(tok[spanFirst - 1] as string) && (ts.nl[spanFirst] as number) === 0) spanFirst--;
  }
  return { level: lw.level, spanFirst };
}

/** "Pemda Kepulauan Sangihe", "Pemerintah Daerah X": the regional government is the region. */
function governmentBefore(doc: Doc, i: number): number {
  const { tok, ts } = doc;
  if ((ts.nl[i] as number) > 0) return i;
  if (tok[i - 1] === 'pemda') return i - 1;
  if (tok[i - 1] === 'daerah' && tok[i - 2] === 'pemerintah' && (ts.nl[i - 1] as number) === 0) return i - 2;
  return i;
}

/*
 * The candidates of a level, by helpers rather than arrow functions in findRegions' loop: an
 * arrow function there capturing the loop's `ctx` makes V8 allocate a scope for every token the
 * loop visits (about 40 bytes each, most of a document's allocations in this pass).
 */
function atLevel(candidates: readonly RegionCandidate[], level: RegionLevel): RegionCandidate[] {
  return candidates.filter((c) => c.region.level === level);
}

function hasLevel(candidates: readonly RegionCandidate[], level: RegionLevel): boolean {
  return candidates.some((c) => c.region.level === level);
}

export function findRegions(doc: Doc): RegionFindings {
  const { tok } = doc;
  const mentions: RegionMention[] = [];
  const byToken = doc.arena.int32();
  const caps = capitalisedWords(doc);
  // Capitalised words outside boilerplate, from `next` on (a mention's words are passed over).
  let next = 0;
  for (let c = 0; c < caps.length; c++) {
    const i = caps[c] as number;
    if (i < next) continue;
    const ctx = levelBefore(doc, i);
    const m =
      exactMatch(doc, i) ??
      joinedMatch(doc, i) ??
      (ctx || startsAt(doc, i) & START_REGION_PHRASE ? fuzzyMatch(doc, i, ctx?.level ?? null) : null);
    if (!m) continue;
    // "Candi Bima", "Jalan Bandung", "Desa Karanganyar", "Bapak Malang": another thing's own name.
    if (ownNameOfOther(doc, i)) continue;
    // An ordinary word opening a sentence or a numbered table cell ("228 Bone open biopsy").
    const opening = (atSentenceStart(doc, i) || atRowCellStart(doc, i)) && !DATELINE_NEXT.has(tok[m.end] ?? '');
    if (m.phrase.contextOnly && !ctx && (m.how !== 'exact' || opening)) continue;
    if (!ctx && governmentBefore(doc, i) === i && inListOfOtherPlaces(doc, i)) continue;
    let candidates = m.phrase.candidates;
    if (ctx) {
      const same = atLevel(candidates, ctx.level);
      // "Kota Karanganyar" names the town, not the regency: a regency or city word never
      // takes the other level (a province's name may still carry a city word, "Kota Jakarta").
      if (!same.length && ctx.level !== 'province' && !hasLevel(candidates, 'province')) continue;
      if (same.length) candidates = same;
    }
    const single = candidates.length === 1 ? (candidates[0] as RegionCandidate) : null;
    const base = m.how === 'fuzzy' ? 0.5 + (m.similarity - FUZZY_MIN) * 3 : m.how === 'joined' ? 0.8 : single?.alias ? 0.85 : 0.9;
    const mention: RegionMention = {
      nameFirst: i,
      nameEnd: m.end,
      spanFirst: ctx ? ctx.spanFirst : governmentBefore(doc, i),
      phrase: m.phrase,
      explicit: ctx && hasLevel(candidates, ctx.level) ? ctx.level : null,
      candidates,
      chosen: single,
      rule: m.how === 'fuzzy' ? `region.fuzzy:${candidates[0]?.region.code ?? ''}` : (single?.rule ?? 'region.ambiguous'),
      confidence: Math.min(0.97, ctx && m.how === 'exact' ? base + 0.05 : base),
    };
    mentions.push(mention);
    for (let j = mention.spanFirst; j < m.end; j++) byToken[j] = mentions.length;
    next = m.end;
  }
  resolveAmbiguous(mentions);
  return { mentions, byToken };
}

/**
 * A bare name shared by two levels takes the level the document gives it elsewhere
 * ("Cirebon" with "Kabupaten Cirebon"), else the province (a province and its capital),
 * else the city (ENTITIES.md conventions). Reported with lower confidence.
 */
function resolveAmbiguous(mentions: RegionMention[]): void {
  const given = new Map<string, Set<RegionLevel>>();
  for (const m of mentions) {
    if (!m.explicit) continue;
    let s = given.get(m.phrase.key);
    if (!s) given.set(m.phrase.key, (s = new Set()));
    s.add(m.explicit);
  }
  for (const m of mentions) {
    if (m.chosen) continue;
    const levels = given.get(m.phrase.key);
    const byDoc = levels && levels.size === 1 ? m.candidates.find((c) => levels.has(c.region.level)) : undefined;
    const pick =
      byDoc ??
      m.candidates.find((c) => c.region.level === 'province') ??
      m.candidates.find((c) => c.region.level === 'city') ??
      m.candidates[0] ??
      null;
    m.chosen = pick;
    m.rule = pick ? `${pick.rule}#${byDoc ? 'document-level' : 'default-level'}` : m.rule;
    m.confidence = byDoc ? 0.75 : 0.6;
  }
}

export function regionRawMentions(doc: Doc, found: RegionFindings, excludeToken: (i: number) => boolean): RawMention[] {
  const out: RawMention[] = [];
  for (const m of found.mentions) {
    if (!m.chosen || excludeToken(m.nameFirst)) continue;
    const r = m.chosen.region;
    out.push({
      type: 'region',
      key: r.code,
      start: tokStart(doc.ts, m.spanFirst),
      end: tokEnd(doc.ts, m.nameEnd - 1),
      text: spanText(doc, m.spanFirst, m.nameEnd),
      rule: m.rule,
      confidence: Math.round(m.confidence * 100) / 100,
      attributes: { level: r.level, name: r.name },
    });
  }
  return out;
}
