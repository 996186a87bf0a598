import type { WordBox } from '../../../shared/types/document.ts';

/*
 * pdf.js text items → page text with word boxes. Items are runs of text with a transform; this
 * groups them into lines (stream order, a new line when the baseline moves), orders each line
 * left to right, joins runs with a space only where there is a visible gap, collapses runs of
 * spaces (justified text), and breaks paragraphs where the line spacing jumps. Word boxes are
 * in the pixels of the viewport (the page image space); a word's horizontal extent inside a run
 * is interpolated from typical glyph widths (see HELVETICA_WIDTHS), close enough to highlight it.
 */

export interface TextItemLike {
  str: string;
  /** [a, b, c, d, e, f] from text space to PDF user space. */
  transform: number[];
  /** Advance width of the run in user space units. */
  width: number;
  hasEOL?: boolean;
}

interface Run {
  str: string;
  x0: number;
  x1: number;
  top: number;
  bottom: number;
  baseline: number;
  size: number;
  horizontal: boolean;
  eol: boolean;
}

interface Line {
  runs: Run[];
  baseline: number;
  size: number;
}

export interface PageLayout {
  text: string;
  /** Offsets relative to `text`. */
  words: WordBox[];
}

type Matrix = readonly number[];

/*
 * pdf.js gives the advance width of a whole run, not of each glyph. To place a word inside a
 * run, characters are weighted by the Helvetica (≈ Arial) advance widths, in 1/1000 em: exact
 * for those fonts, and far closer than equal widths for Times and the like ("m" is 3.75 times
 * as wide as "i"). Characters outside the table weigh 556, an average letter.
 */
const HELVETICA_WIDTHS: Record<string, number> = {
  ' ': 278,
  '!': 278,
  '"': 355,
  '#': 556,
  $: 556,
  '%': 889,
  '&': 667,
  "'": 191,
  '(': 333,
  ')': 333,
  '*': 389,
  '+': 584,
  ',': 278,
  '-': 333,
  '.': 278,
  '/': 278,
  ':': 278,
  ';': 278,
  '<': 584,
  '=': 584,
  '>': 584,
  '?': 556,
  '@': 1015,
  A: 667,
  B: 667,
  C: 722,
  D: 722,
  E: 667,
  F: 611,
  G: 778,
  H: 722,
  I: 278,
  J: 500,
  K: 667,
  L: 556,
  M: 833,
  N: 722,
  O: 778,
  P: 667,
  Q: 778,
  R: 722,
  S: 667,
  T: 611,
  U: 722,
  V: 667,
  W: 944,
  X: 667,
  Y: 667,
  Z: 611,
  '[': 278,
  '\\': 278,
  ']': 278,
  _: 556,
  a: 556,
  b: 556,
  c: 500,
  d: 556,
  e: 556,
  f: 278,
  g: 556,
  h: 556,
  i: 222,
  j: 222,
  k: 500,
  l: 222,
  m: 833,
  n: 556,
  o: 556,
  p: 556,
  q: 556,
  r: 333,
  s: 500,
  t: 278,
  u: 556,
  v: 500,
  w: 722,
  x: 500,
  y: 500,
  z: 500,
  '{': 334,
  '|': 260,
  '}': 334,
  '–': 556,
  '—': 1000,
  '“': 333,
  '”': 333,
  '‘': 222,
  '’': 222,
  '•': 350,
};

function charWeight(ch: string): number {
  return HELVETICA_WIDTHS[ch] ?? 556;
}

/** Cumulative weights: prefix[i] is the weight of str.slice(0, i). */
function weightPrefix(str: string): number[] {
  const prefix = [0];
  for (let i = 0; i < str.length; i += 1) prefix.push((prefix[i] ?? 0) + charWeight(str[i] ?? ' '));
  return prefix;
}

function apply(m: Matrix, x: number, y: number): [number, number] {
  return [(m[0] ?? 1) * x + (m[2] ?? 0) * y + (m[4] ?? 0), (m[1] ?? 0) * x + (m[3] ?? 1) * y + (m[5] ?? 0)];
}

/** Characters that never belong in clean text: controls, zero-width marks, soft hyphen, BOM. */
function isInvisible(code: number): boolean {
  if (code < 0x20) return code !== 0x09 && code !== 0x0a && code !== 0x0d;
  if (code >= 0x7f && code <= 0x9f) return true;
  return code === 0xad || (code >= 0x200b && code <= 0x200d) || code === 0x2060 || code === 0xfeff;
}

function stripInvisible(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i += 1) if (!isInvisible(text.charCodeAt(i))) out += text[i];
  return out;
}

function toRun(item: TextItemLike, viewport: Matrix): Run | null {
  const str = stripInvisible(item.str.normalize('NFC'));
  if (!str) return null;
  const t = item.transform;
  const ux = t[0] ?? 1;
  const uy = t[1] ?? 0;
  const length = Math.hypot(ux, uy) || 1;
  const dir: [number, number] = [ux / length, uy / length];
  const up: [number, number] = [t[2] ?? 0, t[3] ?? 1];
  const origin: [number, number] = [t[4] ?? 0, t[5] ?? 0];
  const advance = item.width;
  const corner = (a: number, b: number): [number, number] =>
    apply(viewport, origin[0] + dir[0] * a + up[0] * b, origin[1] + dir[1] * a + up[1] * b);
  // The glyph box: from a little below the baseline (descenders) to the font size above it.
  const corners = [corner(0, -0.22), corner(advance, -0.22), corner(0, 0.9), corner(advance, 0.9)];
  const xs = corners.map((c) => c[0]);
  const ys = corners.map((c) => c[1]);
  const [bx, by] = apply(viewport, origin[0], origin[1]);
  const [ax] = apply(viewport, origin[0] + dir[0] * advance, origin[1] + dir[1] * advance);
  const [, uyv] = apply(viewport, origin[0] + up[0], origin[1] + up[1]);
  const horizontal = Math.abs(ax - bx) >= Math.abs(ys[0]! - ys[1]!) && ax >= bx;
  return {
    str,
    x0: Math.min(...xs),
    x1: Math.max(...xs),
    top: Math.min(...ys),
    bottom: Math.max(...ys),
    baseline: by,
    size: Math.max(1, Math.abs(uyv - by)) || Math.max(1, Math.max(...ys) - Math.min(...ys)),
    horizontal,
    eol: item.hasEOL === true,
  };
}

function groupLines(runs: Run[]): Line[] {
  const lines: Line[] = [];
  let current: Line | null = null;
  let previous: Run | null = null;
  for (const run of runs) {
    const sameLine =
      current !== null &&
      previous !== null &&
      !previous.eol &&
      run.horizontal &&
      previous.horizontal &&
      Math.abs(run.baseline - current.baseline) <= 0.45 * Math.max(run.size, current.size);
    if (current && sameLine) {
      current.runs.push(run);
      current.size = Math.max(current.size, run.size);
    } else {
      current = { runs: [run], baseline: run.baseline, size: run.size };
      lines.push(current);
    }
    previous = run;
  }
  for (const line of lines) line.runs.sort((a, b) => a.x0 - b.x0);
  return lines;
}

/**
 * Reading order: the content stream is read as segments that run down the page; a segment
 * starts wherever the stream jumps back up. Segments are then ordered by where they start, so a
 * header or stamp drawn last ("SALINAN") comes first and a page number drawn first comes last,
 * while a second column (starting at the top again, to the right) still follows the first.
 */
function readingOrder(lines: Line[]): Line[][] {
  const segments: Line[][] = [];
  let current: Line[] = [];
  for (const line of lines) {
    const last = current[current.length - 1];
    if (last && line.baseline < last.baseline - 0.5 * Math.max(line.size, last.size)) {
      segments.push(current);
      current = [];
    }
    current.push(line);
  }
  if (current.length > 0) segments.push(current);
  const top = (segment: Line[]): number => Math.min(...segment.map((l) => l.baseline - l.size));
  return segments
    .map((segment, index) => ({ segment, index, top: top(segment) }))
    .sort((a, b) => a.top - b.top || a.index - b.index)
    .map((s) => s.segment);
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

const round = (value: number): number => Math.round(value * 10) / 10;

export function layoutTextItems(items: readonly TextItemLike[], viewportTransform: Matrix): PageLayout {
  const runs = items.map((item) => toRun(item, viewportTransform)).filter((r): r is Run => r !== null);
  const segments = readingOrder(groupLines(runs));
  const lines = segments.flat();
  const segmentStarts = new Set(segments.map((segment) => segment[0]));
  const gaps: number[] = [];
  for (let i = 1; i < lines.length; i += 1) {
    const gap = lines[i]!.baseline - lines[i - 1]!.baseline;
    if (gap > 0) gaps.push(gap);
  }
  const typicalGap = median(gaps);

  let text = '';
  const words: WordBox[] = [];
  let lastLine: Line | null = null;
  for (const line of lines) {
    // Pieces of this line: words with boxes, and whether a space precedes each.
    let lineText = '';
    const lineWords: WordBox[] = [];
    let previousRun: Run | null = null;
    for (const run of line.runs) {
      const gap = previousRun ? run.x0 - previousRun.x1 : 0;
      const visibleGap = previousRun !== null && gap > 0.15 * Math.max(run.size, previousRun.size);
      const prefix = weightPrefix(run.str);
      const total = prefix[prefix.length - 1] || 1;
      const width = run.x1 - run.x0;
      const tokens = run.str.matchAll(/\S+/g);
      let first = true;
      for (const token of tokens) {
        const start = token.index ?? 0;
        const end = start + token[0].length;
        const leadingSpace = start > 0 || visibleGap || /\s$/.test(previousRun?.str ?? '');
        const x0 = run.horizontal ? run.x0 + (width * (prefix[start] ?? 0)) / total : run.x0;
        const x1 = run.horizontal ? run.x0 + (width * (prefix[end] ?? total)) / total : run.x1;
        const joinPrevious = first && !leadingSpace && lineWords.length > 0;
        first = false;
        if (joinPrevious) {
          // The run continues the previous word (kerning or a font change split it).
          const word = lineWords[lineWords.length - 1]!;
          const right = Math.max(word.x + word.width, x1);
          const top = Math.min(word.y, run.top);
          const bottom = Math.max(word.y + word.height, run.bottom);
          word.text += token[0];
          word.end += token[0].length;
          word.x = Math.min(word.x, x0);
          word.width = right - word.x;
          word.y = top;
          word.height = bottom - top;
          lineText += token[0];
          continue;
        }
        if (lineText.length > 0) lineText += ' ';
        const offset = lineText.length;
        lineText += token[0];
        lineWords.push({
          text: token[0],
          start: offset,
          end: offset + token[0].length,
          x: x0,
          y: run.top,
          width: x1 - x0,
          height: run.bottom - run.top,
        });
      }
      previousRun = run;
    }
    if (lineWords.length === 0) continue;
    if (lastLine) {
      const gap = line.baseline - lastLine.baseline;
      const paragraphBreak =
        segmentStarts.has(line) ||
        gap < -0.5 * line.size ||
        (typicalGap > 0 && gap > 1.45 * typicalGap && gap > 1.3 * Math.max(line.size, lastLine.size));
      text += paragraphBreak ? '\n\n' : '\n';
    }
    const base = text.length;
    text += lineText;
    for (const word of lineWords) {
      words.push({
        ...word,
        start: word.start + base,
        end: word.end + base,
        x: round(word.x),
        y: round(word.y),
        width: round(word.width),
        height: round(word.height),
      });
    }
    lastLine = line;
  }
  return { text, words };
}
