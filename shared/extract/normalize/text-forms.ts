/** Small string normalisations shared by the gazetteers and extractors. */

const NON_ALNUM = /[^\p{L}\p{N}]+/gu;

/** Lower case, letters and digits only: "Kemenpan-RB" → "kemenpanrb", "S.Sos" → "ssos". */
export function compact(s: string): string {
  return s.toLowerCase().replace(NON_ALNUM, '');
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
  return s.replace(/\s+/g, ' ').trim();
}
