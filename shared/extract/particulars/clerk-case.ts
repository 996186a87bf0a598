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
  // Words of ASCII with a lower-case letter, as line and span: upper-cased only when an
  // all-capitals word of their length was seen (most words of a text are never copied).
  const casedLines: string[] = [];
  const casedSpans: number[] = [];
  // Other words with a lower-case form, upper-cased at once.
  const casedOther: string[] = [];
  const spans: number[] = [];
  for (const { text } of lines) {
    if (upperShare(text) > 0.5) continue;
    spans.length = 0;
    shortWordSpans(text, spans);
    for (let k = 0; k < spans.length; k += 2) {
      const q = spans[k] as number;
      const e = spans[k + 1] as number;
      const c = asciiCase(text, q, e);
      if (c === ASCII_UPPER) {
        upper.add(text.slice(q, e));
      } else if (c === ASCII_CASED) {
        casedLines.push(text);
        casedSpans.push(q, e);
      } else {
        const w = text.slice(q, e);
        const u = w.toUpperCase();
        if (w === u) upper.add(w);
        else casedOther.push(u);
      }
    }
  }
  if (upper.size === 0) return upper;
  const lengths = new Set<number>();
  for (const w of upper) lengths.add(w.length);
  for (let k = 0; k < casedLines.length; k++) {
    const q = casedSpans[2 * k] as number;
    const e = casedSpans[2 * k + 1] as number;
    if (lengths.has(e - q)) upper.delete((casedLines[k] as string).slice(q, e).toUpperCase());
  }
  for (const u of casedOther) upper.delete(u);
  return upper;
}

const ASCII_UPPER = 0;
const ASCII_CASED = 1;
const NOT_ASCII = 2;

/** Whether text[q, e) is ASCII without a lower-case letter (it is its own upper case), ASCII with one, or not ASCII. */
function asciiCase(text: string, q: number, e: number): number {
  let lower = false;
  for (let k = q; k < e; k++) {
    const c = text.charCodeAt(k);
    if (c >= 128) return NOT_ASCII;
    if (c >= 97 && c <= 122) lower = true;
  }
  return lower ? ASCII_CASED : ASCII_UPPER;
}

const LETTER = /\p{L}/u;

function isLetterAt(cp: number): boolean {
  if (cp < 128) return (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122);
  return LETTER.test(String.fromCodePoint(cp));
}

/**
 * The spans (start, end pairs, pushed onto `out`) of the matches of /\p{L}[\p{L}0-9-]{1,9}/gu in
 * `text`, in order (a letter and one to nine more letters, digits or hyphens; longer words in
 * pieces), found by a scan of code points: the Unicode regex made a match object per word of
 * every line.
 */
function shortWordSpans(text: string, out: number[]): void {
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
    out.push(q, e);
    q = e;
  }
}
