import type { PreparedResources } from './resources.ts';
import type { TokenStream } from './text/tokenize.ts';
import { KIND_PUNCT, KIND_WORD, tokEnd, tokStart } from './text/tokenize.ts';

/** One document as the extractors see it: tokens, their lower-case text and the resources. */
export interface Doc {
  readonly ts: TokenStream;
  /** Lower-case text of every token (one slice each, made once). */
  readonly tok: readonly string[];
  /** What each token may open (START_* flags of gazetteer/token-starts.ts), looked up on first use: read with startsAt(). */
  readonly starts: Uint16Array;
  readonly res: PreparedResources;
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
    s = doc.res.starts.get(doc.tok[i] as string) ?? 0;
    doc.starts[i] = s;
  }
  return s;
}

export function makeDoc(ts: TokenStream, res: PreparedResources): Doc {
  const tok: string[] = new Array<string>(ts.count);
  const starts = new Uint16Array(ts.count).fill(STARTS_UNKNOWN);
  for (let i = 0; i < ts.count; i++) {
    const t = ts.lower.slice(tokStart(ts, i), tokEnd(ts, i));
    tok[i] = ts.kind[i] === KIND_WORD && t.length > 3 && t.includes('rn') ? repairRn(t, res.lexicon) : t;
  }
  return { ts, tok, starts, res };
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
