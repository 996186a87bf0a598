/**
 * A case-preserving tokenizer that keeps offsets. natural's tokenizers return bare strings
 * (and the Indonesian one drops capitals), but every extractor here needs spans and case,
 * so the document is scanned once into parallel typed arrays: no object per token, linear
 * time whatever the input (one pass, no regular expressions).
 */

export const KIND_WORD = 1;
export const KIND_NUM = 2;
export const KIND_PUNCT = 3;

/** First letter upper case. */
export const FLAG_CAP = 1;
/** Every letter upper case (and at least one letter). */
export const FLAG_UPPER = 2;
/** Inside a skipped (boilerplate) range. */
export const FLAG_SKIP = 4;
/** Whitespace separates this token from the previous one. */
export const FLAG_SPACE = 8;
/** A word holding "rn" in any case (OCR's "m": makeDoc() tries the repair only on these). */
export const FLAG_RN = 16;

export interface TokenStream {
  /** The clean text: surfaces and spans are read from it. */
  readonly text: string;
  /** The text tokens are read from: `text` with OCR look-alikes repaired (same length), or `text` itself. */
  readonly norm: string;
  /** `text` lower-cased with the same length, so offsets are shared. */
  readonly lower: string;
  readonly count: number;
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly kind: Uint8Array;
  readonly flags: Uint8Array;
  /** Number of line breaks between the previous token and this one (capped at 255). */
  readonly nl: Uint8Array;
  /**
   * The text holds a bar, a tab or two spaces in a row somewhere: what a table's cells need
   * (noted by the scan, which reads every character anyway; the OCR repairs never touch them).
   */
  readonly cellBreaks: boolean;
}

const NON_ASCII_LETTER = /\p{L}|\p{M}/u;

export function isLetterCode(c: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c >= 0xc0 && c <= 0x24f) return c !== 0xd7 && c !== 0xf7;
  if (c >= 0xd800 && c <= 0xdfff) return false; // surrogate halves: treated as punctuation
  return NON_ASCII_LETTER.test(String.fromCharCode(c));
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isSpaceCode(c: number): boolean {
  return (
    c === 32 ||
    c === 10 ||
    c === 9 ||
    c === 13 ||
    c === 12 ||
    c === 11 ||
    c === 0xa0 ||
    c === 0x2009 ||
    c === 0x200b ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

const C_SPACE = 1;
const C_DIGIT = 2;
const C_LETTER = 4;
const C_UPPER = 8;
/** Below this code the class of a character is read from a table. */
const TABLE_END = 0x250;

function classOfCode(c: number): number {
  if (isSpaceCode(c)) return C_SPACE;
  if (isDigitCode(c)) return C_DIGIT;
  if (!isLetterCode(c)) return 0;
  const ch = String.fromCharCode(c);
  return ch.toUpperCase() === ch && ch.toLowerCase() !== ch ? C_LETTER | C_UPPER : C_LETTER;
}

/** Classes of Latin characters (the tests above, made once), so the scan tests one byte per character. */
const CLASS = new Uint8Array(TABLE_END);
for (let c = 0; c < TABLE_END; c++) CLASS[c] = classOfCode(c);

function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c < TABLE_END ? (CLASS[c] as number) : classOfCode(c);
}

/** Lower-cases without changing the length (a few characters, e.g. "İ", would grow). */
export function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  const parts: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    const l = ch.toLowerCase();
    parts.push(l.length === 1 ? l : ch);
  }
  return parts.join('');
}

interface Scratch {
  start: Int32Array;
  end: Int32Array;
  kind: Uint8Array;
  flags: Uint8Array;
  nl: Uint8Array;
}

const SCRATCH_INITIAL = 4096;
const SCRATCH_KEEP = 1 << 20;

function makeScratch(cap: number): Scratch {
  return {
    start: new Int32Array(cap),
    end: new Int32Array(cap),
    kind: new Uint8Array(cap),
    flags: new Uint8Array(cap),
    nl: new Uint8Array(cap),
  };
}

let scratch = makeScratch(SCRATCH_INITIAL);

/** Doubles the scratch arrays, keeping their first `count` entries. */
function growScratch(count: number): void {
  const next = makeScratch(scratch.start.length * 2);
  next.start.set(scratch.start.subarray(0, count));
  next.end.set(scratch.end.subarray(0, count));
  next.kind.set(scratch.kind.subarray(0, count));
  next.flags.set(scratch.flags.subarray(0, count));
  next.nl.set(scratch.nl.subarray(0, count));
  scratch = next;
}

/**
 * Tokens of `norm` (by default the text itself; pass an OCR-repaired copy of the same length
 * to read tokens from it while `text` stays the surface).
 */
export function tokenize(surface: string, norm: string = surface): TokenStream {
  if (norm.length !== surface.length) throw new Error('tokenize: norm must have the length of the text');
  const text = norm;
  const n = text.length;
  // Tokens are written into scratch arrays kept between calls (grown by doubling) and copied
  // out at the end into one exact buffer: one allocation per document, no guess to outgrow.
  let start = scratch.start;
  let end = scratch.end;
  let kind = scratch.kind;
  let flags = scratch.flags;
  let nl = scratch.nl;
  let count = 0;
  let newlines = 0;
  let spaced = false;
  let cellBreaks = false;
  let i = 0;
  while (i < n) {
    const c0 = text.charCodeAt(i);
    const cls = c0 < TABLE_END ? (CLASS[c0] as number) : classOfCode(c0);
    if (cls & C_SPACE) {
      if (c0 === 10) {
        if (newlines < 255) newlines++;
      } else if (c0 === 9 || (c0 === 32 && spaced && text.charCodeAt(i - 1) === 32)) {
        cellBreaks = true;
      }
      spaced = true;
      i++;
      continue;
    }
    if (count === start.length) {
      growScratch(count);
      ({ start, end, kind, flags, nl } = scratch);
    }
    const s = i;
    let k: number;
    let f = spaced ? FLAG_SPACE : 0;
    i++;
    if (cls & C_DIGIT) {
      k = KIND_NUM;
      while (i < n && isDigitCode(text.charCodeAt(i))) i++;
    } else if (cls & C_LETTER) {
      k = KIND_WORD;
      // The word starts with a letter, so it is all capitals when no later letter is lower case
      // (checked in the same pass).
      const cap = (cls & C_UPPER) !== 0;
      let upperAll = cap;
      let rn = false;
      while (i < n) {
        const c = text.charCodeAt(i);
        // A lower-case ASCII letter, by far the commonest, without the table.
        if (c >= 97 && c <= 122) {
          upperAll = false;
          if (c === 110 && (text.charCodeAt(i - 1) | 0x20) === 114) rn = true;
          i++;
          continue;
        }
        const d = c < TABLE_END ? (CLASS[c] as number) : classOfCode(c);
        if (d & C_LETTER) {
          if (!(d & C_UPPER)) upperAll = false;
          else if (c === 78 && (text.charCodeAt(i - 1) | 0x20) === 114) rn = true;
          i++;
          continue;
        }
        // Apostrophe between letters stays in the word ("Jum'at").
        if ((c === 39 || c === 0x2019) && i + 1 < n) {
          const e = classAt(text, i + 1);
          if (e & C_LETTER) {
            if (!(e & C_UPPER)) upperAll = false;
            i += 2;
            continue;
          }
        }
        break;
      }
      if (cap) f |= FLAG_CAP;
      if (upperAll) f |= FLAG_UPPER;
      if (rn) f |= FLAG_RN;
    } else {
      k = KIND_PUNCT;
      if (c0 === 124) cellBreaks = true;
    }
    start[count] = s;
    end[count] = i;
    kind[count] = k;
    flags[count] = f;
    nl[count] = newlines;
    count++;
    newlines = 0;
    spaced = false;
  }
  const buffer = new ArrayBuffer(count * 11);
  const outStart = new Int32Array(buffer, 0, count);
  const outEnd = new Int32Array(buffer, count * 4, count);
  const outKind = new Uint8Array(buffer, count * 8, count);
  const outFlags = new Uint8Array(buffer, count * 9, count);
  const outNl = new Uint8Array(buffer, count * 10, count);
  outStart.set(start.subarray(0, count));
  outEnd.set(end.subarray(0, count));
  outKind.set(kind.subarray(0, count));
  outFlags.set(flags.subarray(0, count));
  outNl.set(nl.subarray(0, count));
  // A huge document's scratch is not kept for the next, ordinary one.
  if (scratch.start.length > SCRATCH_KEEP) scratch = makeScratch(SCRATCH_INITIAL);
  // One literal with every field (not a spread of another object): every stream has one shape.
  return {
    text: surface,
    norm,
    lower: lowerSameLength(text),
    count,
    start: outStart,
    end: outEnd,
    kind: outKind,
    flags: outFlags,
    nl: outNl,
    cellBreaks,
  };
}

export function tokStart(ts: TokenStream, i: number): number {
  return ts.start[i] as number;
}

export function tokEnd(ts: TokenStream, i: number): number {
  return ts.end[i] as number;
}

/** Lower-cased text of token i. */
export function tokLower(ts: TokenStream, i: number): string {
  return ts.lower.slice(ts.start[i], ts.end[i]);
}

/** Original text of token i. */
export function tokText(ts: TokenStream, i: number): string {
  return ts.text.slice(ts.start[i], ts.end[i]);
}

export function isWord(ts: TokenStream, i: number): boolean {
  return i >= 0 && i < ts.count && ts.kind[i] === KIND_WORD;
}

export function isCap(ts: TokenStream, i: number): boolean {
  return i >= 0 && i < ts.count && ((ts.flags[i] as number) & FLAG_CAP) !== 0;
}

export function isUpper(ts: TokenStream, i: number): boolean {
  return i >= 0 && i < ts.count && ((ts.flags[i] as number) & FLAG_UPPER) !== 0;
}

export function isSkipped(ts: TokenStream, i: number): boolean {
  return ((ts.flags[i] as number) & FLAG_SKIP) !== 0;
}

export function hasSpaceBefore(ts: TokenStream, i: number): boolean {
  return ((ts.flags[i] as number) & FLAG_SPACE) !== 0;
}

/** True when token i is the single character `ch`. */
export function isPunct(ts: TokenStream, i: number, ch: string): boolean {
  return i >= 0 && i < ts.count && ts.kind[i] === KIND_PUNCT && ts.text.charCodeAt(ts.start[i] as number) === ch.charCodeAt(0);
}

/** Tokenizes a short phrase (a gazetteer entry) into lower-case token strings. */
export function phraseTokens(phrase: string): string[] {
  const ts = tokenize(phrase);
  const out: string[] = [];
  for (let i = 0; i < ts.count; i++) out.push(tokLower(ts, i));
  return out;
}
