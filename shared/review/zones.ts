import type { StructureRange } from '../types/particulars.ts';

/**
 * The parts of a document a clerk reviews differently: the body (read entity by entity), and
 * tables and attachments (Lampiran), where a tariff list can name a hundred regions that are
 * all right or all beside the point. Pure: the review panel and the tests share it.
 */
export type ZoneKind = 'body' | 'table' | 'lampiran';

export interface Zone {
  kind: ZoneKind;
  start: number;
  end: number;
  /** "LAMPIRAN I" as written for an attachment; null for the body and for tables. */
  label: string | null;
  /** For a table inside an attachment: that attachment's label. */
  within: string | null;
}

export interface TextRange {
  start: number;
  end: number;
}

/** A zone with more entities than this opens collapsed. */
export const COLLAPSE_ABOVE = 8;

/** Fewer table rows than this are a list in the body, not a table. */
const MIN_ROWS = 3;
/** A line seen this often is page furniture. */
const RUNNING_LINE_REPEATS = 3;
/** Non-blank lines between two rows that may still belong to the table (cells wrapped onto their own lines). */
const MAX_GAP_LINES = 6;
/** Short lines before the first row are its header or first cell ("Kabupaten" / "Banyumas"). */
const MAX_HEADER_LINES = 12;
const SHORT_LINE = 40;

interface Line extends TextRange {
  text: string;
}

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let at = 0;
  while (at <= text.length) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    lines.push({ start: at, end, text: text.slice(at, end) });
    at = end + 1;
  }
  return lines;
}

// An amount as tables write them: "1.330.000", "25,50" (a thousands separator or decimal comma).
const AMOUNT = /(?<![\p{L}\d])\d{1,3}(?:\.\d{3})+(?:,\d+)?(?![\p{L}\d])|(?<![\p{L}\d.,])\d+,\d+(?![\p{L}\d.,])/gu;
// A plain count ("12", "3"), not a year: "Nomor 8 Tahun 2025" is a citation, not a row.
const COUNT = /(?<![\p{L}\d.,/])(?!(?:19|20)\d\d(?![\d]))\d{1,4}(?![\p{L}\d.,/])/gu;
const WORD = /\p{L}{2,}/gu;
const ENDS_IN_AMOUNT = new RegExp(`(?:${AMOUNT.source})$`, 'u');
// Cells separated by a tab or by a run of spaces (text exports, OCR of ruled tables).
const CELL_GAP = /\t| {3,}/g;

const count = (line: string, pattern: RegExp): number => line.match(pattern)?.length ?? 0;

function numbersIn(line: string): number {
  return count(line, AMOUNT) + count(line, COUNT);
}

/**
 * A line that reads as a table row: two amounts ("Kabupaten Batang 1.330.000 1.618.000"),
 * cells set apart by tabs or runs of spaces, or mostly figures ("3 12 45 Baik").
 */
export function looksLikeRow(line: string): boolean {
  const trimmed = line.trim();
  if (!trimmed) return false;
  const amounts = count(trimmed, AMOUNT);
  if (amounts >= 2) return true;
  // A tariff row with one price: a short line that ends in the amount ("a) Puskesmas PONED 1.250.000").
  if (amounts === 1 && trimmed.length <= 70 && ENDS_IN_AMOUNT.test(trimmed)) return true;
  if (count(trimmed, CELL_GAP) >= 2) return true;
  const figures = numbersIn(trimmed);
  return figures >= 2 && count(trimmed, WORD) <= figures + 1;
}

/** Prose ends a table: a long line of words, not of figures. */
function isProse(line: string): boolean {
  const trimmed = line.trim();
  return trimmed.length > 60 && numbersIn(trimmed) < 2;
}

/**
 * Tables found in the text itself (a PDF's text layer, OCR, plain text): runs of at least
 * three row-like lines, a few wrapped-cell lines allowed between rows, widened back over the
 * short header lines above the first row. Lines inside `furniture` (the boilerplate the reader
 * skipped) are passed over. Ranges are in text order and do not overlap.
 */
export function detectTables(text: string, furniture: readonly TextRange[] = []): TextRange[] {
  const repeated = runningLines(text);
  // Page furniture (running headers, signature footers) between two rows does not end a table.
  const skip = [...furniture].sort((a, b) => a.start - b.start);
  let k = 0;
  const lines = linesOf(text).filter((l) => {
    while (k < skip.length && skip[k]!.end < l.end) k++;
    const inFurniture = k < skip.length && skip[k]!.start <= l.start && l.end > l.start;
    return !inFurniture && !repeated.has(l.text.trim());
  });
  const tables: TextRange[] = [];
  // The line after the last table: a header never reaches back into it.
  let floor = 0;
  let i = 0;
  while (i < lines.length) {
    if (!looksLikeRow(lines[i]!.text)) {
      i++;
      continue;
    }
    const first = i;
    let last = i;
    let rows = 1;
    let gap = 0;
    for (let j = i + 1; j < lines.length && gap <= MAX_GAP_LINES; j++) {
      const line = lines[j]!.text;
      if (looksLikeRow(line)) {
        last = j;
        rows++;
        gap = 0;
      } else if (isProse(line)) break;
      else if (line.trim()) gap++;
    }
    if (rows >= MIN_ROWS) {
      let head = first;
      while (head - 1 >= Math.max(floor, first - MAX_HEADER_LINES)) {
        const above = lines[head - 1]!.text.trim();
        if (above.length > SHORT_LINE || isProse(above)) break;
        head--;
      }
      while (head < first && !lines[head]!.text.trim()) head++;
      tables.push({ start: lines[head]!.start, end: lines[last]!.end });
      floor = last + 1;
    }
    i = last + 1;
  }
  return tables;
}

/** Long lines that come back page after page: a running header or a signature footer. */
function runningLines(text: string): Set<string> {
  const seen = new Map<string, number>();
  for (const line of text.split('\n')) {
    const key = line.trim();
    if (key.length >= 20) seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  return new Set([...seen].filter(([, n]) => n >= RUNNING_LINE_REPEATS).map(([key]) => key));
}

/**
 * The zones of a document: Lampiran from the instrument's structure, tables from the text,
 * the body the rest. A table inside an attachment is its own zone (named with the attachment):
 * the rows are what a clerk skims; the attachment's prose she reads.
 */
export function documentZones(text: string, structure: readonly StructureRange[] = [], furniture: readonly TextRange[] = []): Zone[] {
  const lampiran: Zone[] = structure
    .filter((s) => s.kind === 'lampiran' && s.end > s.start)
    .map((s) => ({ kind: 'lampiran' as const, start: s.start, end: Math.min(s.end, text.length), label: s.label, within: null }));
  const tables: Zone[] = detectTables(text, furniture).map((t) => {
    const holder = lampiran.find((l) => l.start <= t.start && t.start < l.end);
    return { kind: 'table' as const, start: t.start, end: t.end, label: null, within: holder?.label ?? null };
  });
  return [{ kind: 'body', start: 0, end: text.length, label: null, within: null }, ...lampiran, ...tables];
}

/** The innermost zone holding an offset: a table before an attachment before the body. Returns the zone's index. */
export function zoneIndexAt(zones: readonly Zone[], offset: number): number {
  let best = 0;
  for (let i = 1; i < zones.length; i++) {
    const z = zones[i]!;
    if (offset < z.start || offset >= z.end) continue;
    if (best === 0 || z.kind === 'table') best = i;
  }
  return best;
}
