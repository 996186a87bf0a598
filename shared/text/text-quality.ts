/**
 * How much a text layer looks like real language. PDFs often carry a text layer that is
 * missing (scans), thin (a scan with a stamped header) or garbage (fonts with a broken ToUnicode
 * map yield private-use characters or letter soup). The PDF reader OCRs such pages instead.
 * Pure: runs anywhere.
 */
export interface TextQuality {
  /** Non-whitespace characters. */
  chars: number;
  /** Characters that never occur in real text: private use, U+FFFD, control characters. */
  badChars: number;
  /** Whitespace-separated tokens containing at least one letter. */
  letterTokens: number;
  /** Letter tokens that look like words of a natural language (see isWordLike). */
  realWords: number;
  /** Basic Latin letters, and how many of them are vowels (a e i o u). */
  latinLetters: number;
  vowels: number;
}

export type TextVerdict = 'empty' | 'sparse' | 'garbage' | 'good';

const VOWELS = /[aeiouyàáâãäåèéêëìíîïòóôõöùúûü]/i;
const LATIN = /^[a-zà-öø-ÿ]+$/i;

function isBadChar(code: number): boolean {
  if (code === 0x09 || code === 0x0a || code === 0x0d || code === 0x0c) return false;
  if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) return true;
  if (code === 0xfffd || code === 0xfffe || code === 0xffff) return true;
  if (code >= 0xe000 && code <= 0xf8ff) return true;
  return code >= 0xf0000;
}

/**
 * True for a token that reads as a word: letters only once edge punctuation is stripped, two
 * or more of them, and for Latin script a vowel, no run of five consonants and no case flips
 * inside (mojibake like "HdqJ" or "bcdfgh" fails, "Kabupaten", "DPRD" and "ASN" pass).
 */
export function isWordLike(token: string): boolean {
  const word = stripNonLetterEdges(token);
  if (word.length < 2 || !/^\p{L}+$/u.test(word)) return false;
  if (!LATIN.test(word)) return true;
  const isUpper = word === word.toUpperCase();
  if (!isUpper && /[a-z][A-Z]/.test(word.slice(1))) return false;
  if (isUpper) return word.length <= 6 || VOWELS.test(word);
  if (!VOWELS.test(word)) return false;
  return !/[^aeiouy\s]{5,}/i.test(word);
}

const LETTER = /\p{L}/u;

/**
 * The token without leading and trailing non-letters, by index loops: the regex it replaces
 * (`[^\p{L}]+$` under /g) is quadratic on a long run of non-letters, and PDFs carry such tokens.
 */
function stripNonLetterEdges(token: string): string {
  const chars = Array.from(token);
  let start = 0,
    end = chars.length;
  while (start < end && !LETTER.test(chars[start]!)) start += 1;
  while (end > start && !LETTER.test(chars[end - 1]!)) end -= 1;
  return start === 0 && end === chars.length ? token : chars.slice(start, end).join('');
}

export function assessTextQuality(text: string): TextQuality {
  let chars = 0;
  let badChars = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (/\s/.test(ch)) continue;
    chars += 1;
    if (isBadChar(code)) badChars += 1;
  }
  let letterTokens = 0;
  let realWords = 0;
  for (const token of text.split(/\s+/)) {
    if (!/\p{L}/u.test(token)) continue;
    letterTokens += 1;
    if (isWordLike(token)) realWords += 1;
  }
  const latinLetters = (text.match(/[a-z]/gi) ?? []).length;
  const vowels = (text.match(/[aeiou]/gi) ?? []).length;
  return { chars, badChars, letterTokens, realWords, latinLetters, vowels };
}

/**
 * - empty: no visible characters;
 * - garbage: many impossible characters, mostly non-words, or Latin letters with far too few
 *   vowels (Indonesian text is ~40 % vowels, English ~38 %; a font map that shifts or scrambles
 *   letters turns them into rare consonants, even when the tokens still look like words);
 * - sparse: a few words only (a stamped header over a scan, a page number);
 * - good: real running text.
 */
export function judgeTextQuality(q: TextQuality): TextVerdict {
  if (q.chars === 0) return 'empty';
  if (q.badChars / q.chars > 0.05) return 'garbage';
  if (q.letterTokens >= 10 && q.realWords / q.letterTokens < 0.5) return 'garbage';
  if (q.latinLetters >= 80 && q.vowels / q.latinLetters < 0.25) return 'garbage';
  if (q.realWords < 12) return 'sparse';
  return 'good';
}
