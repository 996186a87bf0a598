/** Small string normalisations shared by the gazetteers and extractors. */

const NON_ALNUM = /[^\p{L}\p{N}]+/gu;

function isAsciiAlnum(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/** Lower case, letters and digits only: "Kemenpan-RB" → "kemenpanrb", "S.Sos" → "ssos". */
export function compact(s: string): string {
  // ASCII (nearly every call): the letters and digits copied in runs, no Unicode regex.
  let out = '';
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128) return s.toLowerCase().replace(NON_ALNUM, '');
    if (!isAsciiAlnum(c)) {
      if (i > from) out += s.slice(from, i);
      from = i + 1;
    }
  }
  out = from === 0 ? s : out + s.slice(from);
  return out.toLowerCase();
}

/**
 * compact() of ASCII text without its words "dan", "and" (any case) — a word being a run of
 * [A-Za-z0-9_], as `\b` sees it — or null when the text is not all ASCII. Being a concatenation
 * per word, the form of "A B" is the form of "A" followed by the form of "B".
 */
export function compactWithoutAndAscii(s: string): string | null {
  let out = '';
  let i = 0;
  const n = s.length;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c >= 128) return null;
    if (!isAsciiAlnum(c) && c !== 95) {
      i++;
      continue;
    }
    const from = i;
    for (i++; i < n; i++) {
      const d = s.charCodeAt(i);
      if (!isAsciiAlnum(d) && d !== 95) break;
    }
    const word = s.slice(from, i);
    if (word.length === 3) {
      const l = word.toLowerCase();
      if (l === 'dan' || l === 'and') continue;
    }
    out += word.includes('_') ? word.replaceAll('_', '') : word;
  }
  return out.toLowerCase();
}

/** Words that stay lower case inside a title-cased name or unit. */
const LOWER_CONNECTORS = new Set([
  'dan',
  'atau',
  'di',
  'ke',
  'dari',
  'untuk',
  'pada',
  'yang',
  'serta',
  'atas',
  'dengan',
  'bin',
  'binti',
  'van',
  'de',
  'der',
]);

/**
 * Title case for one word written in capitals or lower case ("SUSILO" → "Susilo"); a word in
 * mixed case is kept ("McDonald", "KemenPAN"). `keepUpper` keeps short all-capital words
 * (abbreviations such as "RSUD", "KBPP").
 */
export function titleWord(word: string, first: boolean, keepUpper = false): string {
  const lower = word.toLowerCase();
  const upper = word.toUpperCase();
  if (!first && LOWER_CONNECTORS.has(lower)) return lower;
  if (word === upper && word !== lower) {
    if (keepUpper) return word;
  } else if (word !== lower) {
    return word; // mixed case: as written
  }
  return capitalizeParts(lower);
}

/** Capitalises after hyphens and apostrophes too ("toli-toli" → "Toli-Toli"). */
function capitalizeParts(lower: string): string {
  let out = '';
  let up = true;
  for (const ch of lower) {
    out += up ? ch.toUpperCase() : ch;
    up = ch === '-' || ch === ' ';
  }
  return out;
}

/** Title-cases a sequence of words (a person's name, a unit's name). */
export function titleCase(words: readonly string[], keepUpper = false): string {
  return words.map((w, i) => titleWord(w, i === 0, keepUpper)).join(' ');
}

/** Collapses runs of whitespace (line breaks inside a span) to single spaces. */
export function squash(s: string): string {
  // Most spans are one line of ASCII with single spaces: returned as they are.
  const n = s.length;
  let ok = n > 0 && s.charCodeAt(0) !== 32 && s.charCodeAt(n - 1) !== 32;
  for (let i = 0; ok && i < n; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128 || (c < 32 && c >= 9 && c <= 13) || (c === 32 && s.charCodeAt(i + 1) === 32)) ok = false;
  }
  return ok ? s : s.replace(/\s+/g, ' ').trim();
}
