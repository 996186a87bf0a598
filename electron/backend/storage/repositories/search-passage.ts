/**
 * The passage shown under a search hit in the library: up to twelve words around the words the
 * clerk searched for, the hits flagged. FTS5 still decides which documents match; this only
 * draws the passage. It used to be FTS5's snippet(), but for the prefix queries the library
 * searches with ("posko"*) snippet() re-reads the prefix's whole doclist for every row: 4 ms a
 * row, 200 to 700 ms for a page of 50 on a 100,000-document library. Reading the page's own texts
 * costs the same whatever the library's size.
 *
 * Words are compared as the library's FTS5 tokenizer (unicode61 remove_diacritics 2) compares
 * them: runs of letters and digits, case and diacritics folded. A search is what `toFtsQuery`
 * makes of it: each chunk between spaces a phrase of consecutive words, its last word a prefix.
 */
import { searchWords } from './library-query.ts';

export type SnippetPiece = { text: string; hit: boolean };

/** Words in the passage, as FTS5's snippet() was asked for. */
export const PASSAGE_WORDS = 12;
const ELLIPSIS = '…';

/**
 * The words of a column: where each starts and ends, folded only when a search word is compared
 * with it (a page of fifty texts has tens of thousands of words; folding each cost more than the
 * rest of the passage).
 */
class Words {
  readonly starts: number[] = [];
  readonly ends: number[] = [];
  private readonly folded: Array<string | undefined> = [];
  readonly text: string;

  constructor(text: string) {
    this.text = text;
    let start = -1;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      let width = 1;
      let inWord: boolean;
      if (code < 128) inWord = ASCII_WORD[code] === 1;
      else {
        const point = text.codePointAt(i)!;
        width = point > 0xffff ? 2 : 1;
        inWord = NON_ASCII_WORD.test(String.fromCodePoint(point));
      }
      if (inWord && start < 0) start = i;
      else if (!inWord && start >= 0) {
        this.starts.push(start);
        this.ends.push(i);
        start = -1;
      }
      i += width - 1;
    }
    if (start >= 0) {
      this.starts.push(start);
      this.ends.push(text.length);
    }
  }

  get length(): number {
    return this.starts.length;
  }

  /** Whether word `i` is `q` (folded), or starts with it when `prefix`. */
  is(i: number, q: string, prefix: boolean): boolean {
    // A first letter that differs in ASCII rules the word out before any folding.
    const first = this.text.charCodeAt(this.starts[i]!);
    if (first < 128 && q.charCodeAt(0) < 128 && (first | 0x20) !== (q.charCodeAt(0) | 0x20)) return false;
    const folded = (this.folded[i] ??= fold(this.text.slice(this.starts[i], this.ends[i])));
    return prefix ? folded.startsWith(q) : folded === q;
  }
}

// Most words are plain ASCII: lower-casing is all their folding needs.
const fold = (word: string): string =>
  !/[^\p{ASCII}]/u.test(word)
    ? word.toLowerCase()
    : word
        .normalize('NFD')
        .replace(/\p{M}+/gu, '')
        .toLocaleLowerCase('und');

const ASCII_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_WORD[c] = /[0-9A-Za-z]/.test(String.fromCharCode(c)) ? 1 : 0;
const NON_ASCII_WORD = /[\p{L}\p{N}\p{Co}]/u;

/** The phrases of a search (library-query.ts's searchWords), folded. */
function searchPhrases(query: string): string[][] {
  return searchWords(query).map((phrase) => phrase.map(fold));
}

interface Hit {
  phrase: number;
  first: number;
  last: number;
}

function hitsIn(words: Words, phrases: string[][]): Hit[] {
  const hits: Hit[] = [];
  for (let i = 0; i < words.length; i++) {
    for (let p = 0; p < phrases.length; p++) {
      const phrase = phrases[p]!;
      const last = phrase.length - 1;
      if (i + last >= words.length) continue;
      let k = 0;
      while (k < last && words.is(i + k, phrase[k]!, false)) k++;
      if (k === last && words.is(i + k, phrase[k]!, true)) hits.push({ phrase: p, first: i, last: i + k });
    }
  }
  return hits;
}

/** The window of PASSAGE_WORDS words with the most different phrases in it, then the most hits; the first such. */
function bestWindow(hits: Hit[], wordCount: number): { from: number; to: number; score: number } {
  let best = { from: 0, to: Math.min(wordCount, PASSAGE_WORDS) - 1, score: -1 };
  for (const anchor of hits) {
    const inside = hits.filter((h) => h.first >= anchor.first && h.last < anchor.first + PASSAGE_WORDS);
    const score = new Set(inside.map((h) => h.phrase)).size * 1000 + inside.length;
    if (score <= best.score) continue;
    // Centre the hits in the window where the text allows it.
    const span = Math.max(...inside.map((h) => h.last)) - anchor.first + 1;
    const from = Math.max(0, Math.min(anchor.first - Math.floor((PASSAGE_WORDS - span) / 2), wordCount - PASSAGE_WORDS));
    best = { from, to: Math.min(wordCount, from + PASSAGE_WORDS) - 1, score };
  }
  return best;
}

function passageOf(words: Words, hits: Hit[], window: { from: number; to: number }): SnippetPiece[] {
  const text = words.text;
  const pieces: SnippetPiece[] = [];
  const push = (piece: string, hit: boolean) => {
    const folded = piece.replace(/\s+/g, ' ');
    if (folded) pieces.push({ text: folded, hit });
  };
  let at = window.from === 0 ? 0 : words.starts[window.from]!;
  if (window.from > 0) push(ELLIPSIS, false);
  const shown = hits.filter((h) => h.first >= window.from && h.last <= window.to).sort((a, b) => a.first - b.first);
  for (const hit of shown) {
    const start = words.starts[hit.first]!;
    if (start < at) continue; // overlaps a hit already shown
    push(text.slice(at, start), false);
    push(text.slice(start, words.ends[hit.last]!), true);
    at = words.ends[hit.last]!;
  }
  const end = window.to === words.length - 1 ? text.length : words.ends[window.to]!;
  push(text.slice(at, end), false);
  if (window.to < words.length - 1) push(ELLIPSIS, false);
  // Neighbouring plain pieces (an ellipsis beside text) read as one.
  return pieces.reduce<SnippetPiece[]>((joined, piece) => {
    const last = joined.at(-1);
    if (last && !last.hit && !piece.hit) last.text += piece.text;
    else joined.push({ ...piece });
    return joined;
  }, []);
}

/**
 * The passage of the column (title, text, …) where the search matches best: the most different
 * phrases, then the most hits; the earlier column on a tie. Null when no column matches.
 */
export function searchPassage(columns: ReadonlyArray<string | null | undefined>, query: string): SnippetPiece[] | null {
  const phrases = searchPhrases(query);
  if (phrases.length === 0) return null;
  let best: { pieces: SnippetPiece[]; score: number } | null = null;
  for (const column of columns) {
    if (!column) continue;
    const words = new Words(column);
    const hits = hitsIn(words, phrases);
    if (hits.length === 0) continue;
    const window = bestWindow(hits, words.length);
    if (best && window.score <= best.score) continue;
    best = { pieces: passageOf(words, hits, window), score: window.score };
  }
  return best && best.pieces.length > 0 ? best.pieces : null;
}
