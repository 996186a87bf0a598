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
    lines.push({ start, end, text: trimmed, norm: norm.slice(start + lead, start + lead + trimmed.length), at: start + lead });
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
  for (const ch of s) {
    if (ch.toLowerCase() !== ch.toUpperCase()) {
      letters++;
      if (ch === ch.toUpperCase()) upper++;
    }
  }
  return letters === 0 ? 0 : upper / letters;
}

export function letterCount(s: string): number {
  let n = 0;
  for (const ch of s) if (ch.toLowerCase() !== ch.toUpperCase()) n++;
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
