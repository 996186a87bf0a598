import type { PreparedResources } from './resources.ts';
import type { TokenStream } from './text/tokenize.ts';
import { FLAG_CAP, FLAG_RN, FLAG_SKIP, KIND_PUNCT, tokEnd, tokStart } from './text/tokenize.ts';

/** One document as the extractors see it: tokens, their lower-case text and the resources. */
export interface Doc {
  readonly ts: TokenStream;
  /** Lower-case text of every token (one slice each, made once). */
  readonly tok: readonly string[];
  /** What each token may open (START_* flags of gazetteer/token-starts.ts), looked up on first use: read with startsAt(). */
  readonly starts: Uint16Array;
  /** The resources' start words by their startsHash: what startsAt() looks a token up in. */
  readonly startsTable: StartsTable;
  /** Zeroed per-token arrays for the extractors (regions and units by token, claimed tokens …). */
  readonly arena: TokenArena;
  readonly res: PreparedResources;
  /** The capitalised words outside boilerplate, found on first use: read with capitalisedWords(). */
  capitalised: Int32Array | null;
}

/** How many per-token arrays of each type one document's extractors take from its arena. */
const ARENA_INT32 = 3;
const ARENA_UINT8 = 3;

/**
 * Per-token arrays of one document carved from one buffer: a typed array of its own costs a
 * backing store each (allocated, zeroed, tracked and freed apart), several per document. Past
 * the planned number an array is allocated on its own, so a further caller still gets its own.
 */
export class TokenArena {
  readonly #count: number;
  readonly #buffer: ArrayBuffer;
  #int32 = 0;
  #uint8 = 0;

  constructor(count: number) {
    this.#count = count;
    // Int32 arrays first (4-byte aligned), then the Uint16 starts table, then the Uint8 arrays.
    this.#buffer = new ArrayBuffer(count * (4 * ARENA_INT32 + 2 + ARENA_UINT8));
  }

  /** The table of startsAt(), filled with STARTS_UNKNOWN. */
  starts(): Uint16Array {
    return new Uint16Array(this.#buffer, this.#count * 4 * ARENA_INT32, this.#count).fill(STARTS_UNKNOWN);
  }

  int32(): Int32Array {
    if (this.#int32 === ARENA_INT32) return new Int32Array(this.#count);
    return new Int32Array(this.#buffer, this.#count * 4 * this.#int32++, this.#count);
  }

  uint8(): Uint8Array {
    if (this.#uint8 === ARENA_UINT8) return new Uint8Array(this.#count);
    return new Uint8Array(this.#buffer, this.#count * (4 * ARENA_INT32 + 2 + this.#uint8++), this.#count);
  }
}

/** A hash of a word's characters (FNV-style, mixed at the end), in 32 bits. */
function wordHash(t: string): number {
  const n = t.length;
  let h = Math.imul(n, 0x9e3779b1);
  for (let k = 0; k < n; k++) h = Math.imul(h ^ t.charCodeAt(k), 0x01000193);
  h = Math.imul(h ^ (h >>> 15), 0x85ebca6b);
  return h ^ (h >>> 13);
}

/** Buckets of the start words' table: a few per word, in a table small enough to stay in cache (32 KB). */
const STARTS_BUCKETS = 1 << 14;

/**
 * The start words of the resources chained by their hash: a token is looked up by its hash, its
 * bucket and the whole hashes of the one or two words there (the word itself is read only when
 * the hash is its own), instead of a probe of the large Map. It holds exactly the Map's keys
 * and flags.
 */
export interface StartsTable {
  /** Per bucket: 1 + index of its first word, 0 when empty. */
  readonly heads: Uint16Array;
  /** Per word: 1 + index of the next word of its bucket, 0 at the end. */
  readonly next: Uint16Array;
  readonly hashes: Int32Array;
  readonly words: readonly string[];
  readonly flags: Uint16Array;
}

const startsTables = new WeakMap<ReadonlyMap<string, number>, StartsTable>();

export function startsTableOf(starts: ReadonlyMap<string, number>): StartsTable {
  let table = startsTables.get(starts);
  if (!table) {
    if (starts.size >= 0xffff) throw new Error('startsTableOf: too many start words for 16-bit links');
    const heads = new Uint16Array(STARTS_BUCKETS);
    const next = new Uint16Array(starts.size);
    const hashes = new Int32Array(starts.size);
    const words: string[] = [];
    const flags = new Uint16Array(starts.size);
    for (const [word, f] of starts) {
      const k = words.length;
      const h = wordHash(word);
      words.push(word);
      hashes[k] = h;
      flags[k] = f;
      next[k] = heads[h & (STARTS_BUCKETS - 1)] as number;
      heads[h & (STARTS_BUCKETS - 1)] = k + 1;
    }
    table = { heads, next, hashes, words, flags };
    startsTables.set(starts, table);
  }
  return table;
}

/** The START_* flags of a lower-case token: what `starts.get(t) ?? 0` answers for the table's Map. */
export function lookUpStarts(table: StartsTable, t: string): number {
  const h = wordHash(t);
  for (let e = table.heads[h & (STARTS_BUCKETS - 1)] as number; e !== 0; e = table.next[e - 1] as number) {
    if (table.hashes[e - 1] === h && table.words[e - 1] === t) return table.flags[e - 1] as number;
  }
  return 0;
}

/** Not looked up yet (no START_* flag uses this bit). */
const STARTS_UNKNOWN = 0x8000;

/**
 * What token i may open (START_* flags; 0 past the end). Looked up once per token and only for
 * the tokens an extractor asks about: most tokens are never asked, and a miss in the large
 * table costs as much as a hit.
 */
export function startsAt(doc: Doc, i: number): number {
  let s = doc.starts[i];
  if (s === undefined) return 0;
  if (s === STARTS_UNKNOWN) {
    s = lookUpStarts(doc.startsTable, doc.tok[i] as string);
    doc.starts[i] = s;
  }
  return s;
}

export function makeDoc(ts: TokenStream, res: PreparedResources): Doc {
  const tok: string[] = new Array<string>(ts.count);
  const arena = new TokenArena(ts.count);
  const starts = arena.starts();
  const lower = ts.lower;
  for (let i = 0; i < ts.count; i++) {
    const s = tokStart(ts, i);
    const e = tokEnd(ts, i);
    const t = lower.slice(s, e);
    tok[i] = e - s > 3 && ((ts.flags[i] as number) & FLAG_RN) !== 0 ? repairRn(t, res.lexicon) : t;
  }
  return { ts, tok, starts, startsTable: startsTableOf(res.starts), arena, res, capitalised: null };
}

/**
 * Indexes of the capitalised words outside boilerplate, in order (FLAG_CAP is only set on
 * words): where the decree, region, organization and official passes look, found once per
 * document (without a branch per token) instead of by each pass testing every token's flags.
 */
export function capitalisedWords(doc: Doc): Int32Array {
  let caps = doc.capitalised;
  if (!caps) {
    const { flags, count } = doc.ts;
    const all = doc.arena.int32();
    let n = 0;
    for (let i = 0; i < count; i++) {
      all[n] = i;
      n += ((flags[i] as number) & (FLAG_CAP | FLAG_SKIP)) === FLAG_CAP ? 1 : 0;
    }
    caps = all.subarray(0, n);
    doc.capitalised = caps;
  }
  return caps;
}

/**
 * OCR reads "m" as "rn" ("Nornor", "Puskesrnas"): an unknown word that becomes a known one
 * with "rn" read as "m" is that word. Only the token's lower-case form changes (its span and
 * surface stay), so matching sees the repaired word.
 */
function repairRn(t: string, lexicon: ReadonlySet<string>): string {
  if (lexicon.has(t)) return t;
  const m = t.replaceAll('rn', 'm');
  return lexicon.has(m) ? m : t;
}

const SENTENCE_END = new Set(['.', '!', '?', ':', ';', '"', '“', '”', '(', '•', '-', '–', '—']);

/** True when token i opens a line or follows sentence punctuation (where anything is capitalised). */
export function atSentenceStart(doc: Doc, i: number): boolean {
  if (i <= 0 || (doc.ts.nl[i] as number) > 0) return true;
  const prev = i - 1;
  return doc.ts.kind[prev] === KIND_PUNCT && SENTENCE_END.has(doc.tok[prev] as string);
}

/** Text between two tokens (inclusive first, exclusive last), as written. */
export function spanText(doc: Doc, first: number, lastExclusive: number): string {
  return doc.ts.text.slice(tokStart(doc.ts, first), tokEnd(doc.ts, lastExclusive - 1));
}

/** Text between two tokens as read (OCR look-alikes repaired): for keys, never for surfaces. */
export function normText(doc: Doc, first: number, lastExclusive: number): string {
  return doc.ts.norm.slice(tokStart(doc.ts, first), tokEnd(doc.ts, lastExclusive - 1));
}
