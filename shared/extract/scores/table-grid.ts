import type { PageText, WordBox } from '../../types/document.ts';

/**
 * Lines of a document cut into cells, from either source of layout: plain text whose columns
 * are aligned with runs of spaces, tabs or bars, or words placed on a page (a PDF text layer
 * from pdf.js, an OCR'd scan's word boxes) where a gap wider than a space separates cells.
 * The table reader (table-reader.ts) sees the same shape from both.
 */

export interface Cell {
  text: string;
  /** Offsets in the clean text. */
  start: number;
  end: number;
  /** Left edge: a character column for text, page units for words. */
  x: number;
}

export interface GridLine {
  cells: Cell[];
  /** Offset in the clean text where the line starts. */
  start: number;
}

/** Two or more spaces, a tab, or a bar (with spaces) separate the cells of a text table. */
const CELL_BREAK = /\s*\|\s*|\t\s*| {2,}/g;

/** The cell of `line` (at offset `at` in the text) between from and to, trimmed, unless it is blank. */
function pushCell(cells: Cell[], line: string, at: number, from: number, to: number): void {
  const raw = line.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  const body = raw.trim();
  if (body) cells.push({ text: body, start: at + from + lead, end: at + from + lead + body.length, x: from + lead });
}

export function linesFromText(text: string): GridLine[] {
  const lines: GridLine[] = [];
  let at = 0;
  // No arrow function in this loop over every line (one capturing the line made V8 allocate a scope per line).
  for (const line of text.split('\n')) {
    const cells: Cell[] = [];
    let last = 0;
    // Most lines are prose: without a bar, a tab or two spaces in a row CELL_BREAK cannot match,
    // and scanning for it from every position is the costly part of reading a document's tables.
    if (line.includes('|') || line.includes('\t') || line.includes('  ')) {
      for (const m of line.matchAll(CELL_BREAK)) {
        pushCell(cells, line, at, last, m.index);
        last = m.index + m[0].length;
      }
    }
    pushCell(cells, line, at, last, line.length);
    lines.push({ cells, start: at });
    at += line.length + 1;
  }
  return lines;
}

/**
 * Words of each page grouped into lines (by their vertical middle) and cells (a gap wider than
 * about two spaces, measured by the words' own height, starts a new cell).
 */
export function linesFromPages(pages: readonly PageText[]): GridLine[] {
  const out: GridLine[] = [];
  for (const page of pages) {
    const words = page.words.filter((w) => w.text.trim() && w.height > 0).sort((a, b) => mid(a) - mid(b) || a.x - b.x);
    let row: WordBox[] = [];
    const flush = (): void => {
      if (row.length)
        out.push(
          toLine(
            row.sort((a, b) => a.x - b.x),
            page.source === 'ocr' ? OCR_GAP : TEXT_LAYER_GAP,
          ),
        );
      row = [];
    };
    for (const w of words) {
      const first = row[0];
      if (first && Math.abs(mid(w) - mid(first)) > Math.min(w.height, first.height) * 0.5) flush();
      row.push(w);
    }
    flush();
  }
  return out;
}

function mid(w: WordBox): number {
  return w.y + w.height / 2;
}

/**
 * A gap wider than this many word heights starts a new cell. A text layer's word box is the
 * font's full line height (a space about a quarter of it); OCR boxes hug the glyphs (a space
 * about half their height), so each source has its own measure.
 */
const TEXT_LAYER_GAP = 0.5;
const OCR_GAP = 1.2;

function toLine(words: readonly WordBox[], gap: number): GridLine {
  const cells: Cell[] = [];
  let cur: WordBox[] = [];
  const close = (): void => {
    const a = cur[0];
    const b = cur[cur.length - 1];
    if (a && b) cells.push({ text: cur.map((w) => w.text).join(' '), start: a.start, end: b.end, x: a.x });
    cur = [];
  };
  for (const w of words) {
    const prev = cur[cur.length - 1];
    if (prev && w.x - (prev.x + prev.width) > Math.max(prev.height, w.height) * gap) close();
    cur.push(w);
  }
  close();
  return { cells, start: cells[0]?.start ?? 0 };
}
