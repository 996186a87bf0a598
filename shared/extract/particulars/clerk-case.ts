import { titleWord } from '../normalize/text-forms.ts';
import { trimTrailing, upperShare } from './lines.ts';

/**
 * Title case as a clerk writes a title or an office ("PENETAPAN BUNDA LITERASI KABUPATEN
 * DONGGALA" → "Penetapan Bunda Literasi Kabupaten Donggala"): connectors stay lower case
 * ("dan", "di", "tentang"), "Nomor" and "Tahun" are capitalised, and abbreviations the text
 * itself writes in capitals in running prose (`acronyms`) stay in capitals ("LAPAN", "COVID-19").
 */
const LOWER = new Set(['tentang', 'terhadap', 'dalam', 'bagi', 'oleh', 'sebagai', 'tanpa', 'antara', 'melalui', 'selaku']);

export function clerkCase(s: string, acronyms: ReadonlySet<string>): string {
  const words = s.replace(/\s+/g, ' ').trim().split(' ');
  return words
    .map((word, i) => {
      let from = 0;
      while (from < word.length && '("\'“'.includes(word[from]!)) from++;
      const bare = trimTrailing(word.slice(from), ')"\'”.,;:');
      const lead = word.slice(0, word.indexOf(bare));
      const tail = word.slice(word.indexOf(bare) + bare.length);
      if (bare === '') return word;
      if (acronyms.has(bare) || (/\d/.test(bare) && /^[A-Z0-9-]+$/.test(bare))) return word;
      if (i > 0 && LOWER.has(bare.toLowerCase())) return lead + bare.toLowerCase() + tail;
      if (/^[IVXLC]+$/.test(bare) && bare.length <= 4 && i > 0) return word; // roman numerals
      return lead + titleWord(bare, i === 0) + tail;
    })
    .join(' ');
}

/**
 * Words a document writes only in capitals, also inside running prose: its abbreviations ("LAPAN",
 * "RSUD"), kept in capitals in a title. A word it also writes in lower or title case is a word.
 */
export function proseAcronyms(lines: readonly { text: string }[]): Set<string> {
  const upper = new Set<string>();
  const cased = new Set<string>();
  for (const { text } of lines) {
    if (upperShare(text) > 0.5) continue;
    forEachShortWord(text, (w) => {
      if (w === w.toUpperCase()) upper.add(w);
      else cased.add(w.toUpperCase());
    });
  }
  for (const w of cased) upper.delete(w);
  return upper;
}

const LETTER = /\p{L}/u;

function isLetterAt(cp: number): boolean {
  if (cp < 128) return (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122);
  return LETTER.test(String.fromCodePoint(cp));
}

/**
 * The matches of /\p{L}[\p{L}0-9-]{1,9}/gu in `text`, in order (a letter and one to nine more
 * letters, digits or hyphens; longer words in pieces), found by a scan of code points: the
 * Unicode regex made a match object per word of every line.
 */
function forEachShortWord(text: string, visit: (w: string) => void): void {
  const n = text.length;
  let q = 0;
  while (q < n) {
    const cp = text.codePointAt(q) as number;
    const width = cp > 0xffff ? 2 : 1;
    if (!isLetterAt(cp)) {
      q += width;
      continue;
    }
    let e = q + width;
    let more = 0;
    while (e < n && more < 9) {
      const c = text.codePointAt(e) as number;
      if (!((c >= 48 && c <= 57) || c === 45 || isLetterAt(c))) break;
      e += c > 0xffff ? 2 : 1;
      more++;
    }
    if (more === 0) {
      q += width;
      continue;
    }
    visit(text.slice(q, e));
    q = e;
  }
}
