/** The clean text as lines, each with its offsets: the particulars are read line by line. */
export interface Line {
  /** Offset of the line's first character in the clean text. */
  start: number;
  /** Offset just past the line's last character (the newline excluded). */
  end: number;
  /** The line as written, trimmed. */
  text: string;
  /** The same line from the OCR-repaired copy (digits read right), trimmed alike. */
  norm: string;
  /** Offset of the trimmed text's first character. */
  at: number;
}

export function splitLines(text: string, norm: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    // Without OCR repairs the text is its own reading: the trimmed line is its norm too.
    const lineNorm = norm === text ? trimmed : norm.slice(start + lead, start + lead + trimmed.length);
    lines.push({ start, end, text: trimmed, norm: lineNorm, at: start + lead });
    start = end + 1;
  }
  return lines;
}

/** Index of the next non-blank line at or after `i` (lines.length when none). */
export function nextFilled(lines: readonly Line[], i: number): number {
  while (i < lines.length && lines[i]!.text === '') i++;
  return i;
}

/** Letters of a line, and how many of them are capitals (a heading is written in capitals). */
export function upperShare(s: string): number {
  let letters = 0;
  let upper = 0;
  // ASCII by its codes (no string per character: every line of a document is measured);
  // other characters, a surrogate pair as one, by their case mappings.
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 128) {
      if (c >= 65 && c <= 90) {
        letters++;
        upper++;
      } else if (c >= 97 && c <= 122) {
        letters++;
      }
      continue;
    }
    const ch = String.fromCodePoint(s.codePointAt(i) as number);
    i += ch.length - 1;
    if (ch.toLowerCase() !== ch.toUpperCase()) {
      letters++;
      if (ch === ch.toUpperCase()) upper++;
    }
  }
  return letters === 0 ? 0 : upper / letters;
}

export function letterCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 128) {
      if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) n++;
      continue;
    }
    const ch = String.fromCodePoint(s.codePointAt(i) as number);
    i += ch.length - 1;
    if (ch.toLowerCase() !== ch.toUpperCase()) n++;
  }
  return n;
}

/** A span of the text with the rule that found it: where a field was read. */
export interface Found<T> {
  value: T;
  start: number;
  end: number;
  rule: string;
  confidence: number;
}

/**
 * `s` without the trailing characters in `chars` (",." …): an index loop, because an unanchored
 * `/[,.]+$/` rescans a long run of them from every start and is quadratic on hostile text.
 */
export function trimTrailing(s: string, chars: string): string {
  let end = s.length;
  while (end > 0 && chars.includes(s[end - 1]!)) end--;
  return s.slice(0, end);
}
