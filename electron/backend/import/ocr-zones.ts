import type { OcrZone, WordBox } from '../../../shared/types/document.ts';
import { cancelledError, isImportError } from './import-error.ts';
import type { OcrPool } from './ocr-pool.ts';
import { cropToGray } from './raster.ts';
import type { InkMode } from './raster.ts';

/*
 * A second OCR reading of the two parts of a decree's Penutup that a reading of the whole page
 * loses: the date stamped or written into "pada tanggal" (the page pass reads blue and violet
 * ink as paper, so that a stamp does not hide the name) and the signature block (a signature or
 * a stamp across the name makes tesseract take the block for a picture and drop it). Each zone is
 * cut from the page at OCR resolution and read as one line or one block of text; the readings go
 * with the page as PageText.zones for the particulars reader, which uses them only for what the
 * page text does not show, and flags them as weak.
 */

/** A page after its first OCR reading: words in page pixels, offsets into `text`. */
export interface ZonePage {
  text: string;
  words: readonly WordBox[];
  width: number;
  height: number;
}

export interface ZoneRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

interface PlannedZone {
  purpose: OcrZone['purpose'];
  /** In page pixels. */
  rect: ZoneRect;
  ink: InkMode;
  /** OCR page segmentation: 7 one line, 6 one block. */
  psm: number;
  /** Whole-number upscalings to read it at (each gives its own reading). */
  factors: number[];
}

/** The Penutup's opening line: "Ditetapkan di …", "Dikeluarkan di …" (a surat edaran), "Disahkan di …". */
const ESTABLISHED = /^(?:Ditetapkan|Dikeluarkan|Disahkan)\s{1,3}d[il1I]\b/i;
/** A letter-like instrument (surat edaran, instruksi) closes with "Demikian …" above its signature. */
const CLOSING = /^Demikian\b/i;
const DATE_LINE = /\b(?:pada\s{1,3})?tan\S{0,6}\b/i;
/** The signature block: below the opening line, about a third of the page down. */
const SIGNATURE_DEPTH = 0.3;
/** Line heights of margin kept above and below a date line (stamps are taller than type). */
const DATE_MARGIN_ABOVE = 0.5;
const DATE_MARGIN_BELOW = 0.6;
const LEFT_MARGIN = 0.03;

interface PageLine {
  text: string;
  words: WordBox[];
}

function linesOf(page: ZonePage): PageLine[] {
  const lines: PageLine[] = [];
  let at = 0;
  for (const text of page.text.split('\n')) {
    const end = at + text.length;
    const words = page.words.filter((w) => w.start >= at && w.start < end);
    if (words.length > 0) lines.push({ text: text.trim(), words });
    at = end + 1;
  }
  return lines;
}

function boxOf(words: readonly WordBox[]): ZoneRect {
  const x = Math.min(...words.map((w) => w.x));
  const y = Math.min(...words.map((w) => w.y));
  return { x, y, width: Math.max(...words.map((w) => w.x + w.width)) - x, height: Math.max(...words.map((w) => w.y + w.height)) - y };
}

function clampRect(rect: ZoneRect, page: ZonePage): ZoneRect | null {
  const x = Math.max(0, Math.floor(rect.x));
  const y = Math.max(0, Math.floor(rect.y));
  const right = Math.min(page.width, Math.ceil(rect.x + rect.width));
  const bottom = Math.min(page.height, Math.ceil(rect.y + rect.height));
  return right - x >= 8 && bottom - y >= 8 ? { x, y, width: right - x, height: bottom - y } : null;
}

/**
 * The zones to read again on the pages of one document: the last Penutup opening line (a Lampiran
 * may follow it, signed again, but the instrument is established once), its date line, and the
 * signature block under it; for a letter-like instrument, the block under its last "Demikian".
 * Returns the page index with the zones, or null when no page shows a Penutup.
 */
export function planPenutupZones(pages: readonly ZonePage[]): { pageIndex: number; zones: PlannedZone[] } | null {
  type Anchor = { pageIndex: number; line: number; lines: PageLine[]; established: boolean };
  let anchor: Anchor | null = null;
  let closing: Anchor | null = null;
  for (let pageIndex = 0; pageIndex < pages.length; pageIndex++) {
    const lines = linesOf(pages[pageIndex]!);
    for (let i = 0; i < lines.length; i++) {
      if (ESTABLISHED.test(lines[i]!.text)) anchor = { pageIndex, line: i, lines, established: true };
      else if (CLOSING.test(lines[i]!.text)) closing = { pageIndex, line: i, lines, established: false };
    }
  }
  const found = anchor ?? closing;
  if (!found) return null;
  const page = pages[found.pageIndex]!;
  const opener = boxOf(found.lines[found.line]!.words);
  const lineHeight = Math.max(8, Math.min(...found.lines[found.line]!.words.map((w) => w.height)));
  const left = Math.max(0, Math.min(opener.x - page.width * LEFT_MARGIN, page.width * 0.5));
  const zones: PlannedZone[] = [];
  if (found.established) {
    const dateLine = found.lines.slice(found.line, found.line + 3).find((l) => DATE_LINE.test(l.text));
    if (dateLine) {
      const box = boxOf(dateLine.words);
      const rect = clampRect(
        {
          x: Math.min(left, box.x - page.width * LEFT_MARGIN),
          y: box.y - lineHeight * DATE_MARGIN_ABOVE,
          width: page.width,
          height: box.height + lineHeight * (DATE_MARGIN_ABOVE + DATE_MARGIN_BELOW),
        },
        page,
      );
      // Read at two sizes: a stamp's thin type reads right at one and wrong at the other; the reader picks.
      if (rect) zones.push({ purpose: 'penutup-date', rect, ink: 'keep-ink', psm: 7, factors: [1, 2] });
    }
  }
  const signature = clampRect({ x: left, y: opener.y - lineHeight * 0.5, width: page.width, height: page.height * SIGNATURE_DEPTH }, page);
  if (signature) zones.push({ purpose: 'penutup-signature', rect: signature, ink: 'print-only', psm: 6, factors: [1] });
  return { pageIndex: found.pageIndex, zones };
}

/** The page at OCR resolution: RGBA pixels and the factor from OCR pixels to page pixels. */
export interface RenderedPage {
  rgba: Uint8Array | Uint8ClampedArray;
  width: number;
  height: number;
  dpi: number;
  toPage: number;
}

/**
 * Reads the planned zones of one page. A zone that fails to read is left out (the page's own
 * reading stands); cancellation is passed on.
 */
export async function readZones(
  pool: OcrPool,
  planned: readonly PlannedZone[],
  page: RenderedPage,
  signal: AbortSignal | undefined,
): Promise<OcrZone[]> {
  const jobs = planned.flatMap((zone) => zone.factors.map((factor) => ({ zone, factor })));
  const results = await Promise.all(
    jobs.map(async ({ zone, factor }): Promise<OcrZone | null> => {
      const rect = clampRect(
        {
          x: zone.rect.x / page.toPage,
          y: zone.rect.y / page.toPage,
          width: zone.rect.width / page.toPage,
          height: zone.rect.height / page.toPage,
        },
        { text: '', words: [], width: page.width, height: page.height },
      );
      if (!rect) return null;
      const image = { ...cropToGray(page.rgba, page.width, rect, zone.ink, factor), dpi: page.dpi * factor };
      try {
        const result = await pool.recognize(image, { signal, psm: zone.psm, deskew: false });
        const scale = page.toPage / factor;
        const words = result.words.map((w) => ({
          ...w,
          x: Math.round((w.x + rect.x * factor) * scale * 10) / 10,
          y: Math.round((w.y + rect.y * factor) * scale * 10) / 10,
          width: Math.round(w.width * scale * 10) / 10,
          height: Math.round(w.height * scale * 10) / 10,
        }));
        // A "word" tesseract gives a box of a pixel or two is a speck, not a glyph: blanked, offsets kept.
        const specks = words.filter((w) => w.width < 2 || w.height < 2);
        let text = result.text;
        for (const w of specks) text = text.slice(0, w.start) + ' '.repeat(w.end - w.start) + text.slice(w.end);
        return { purpose: zone.purpose, text, words: words.filter((w) => !specks.includes(w)), confidence: result.confidence };
      } catch (error) {
        if (signal?.aborted || (isImportError(error) && error.code === 'cancelled')) throw signal?.aborted ? cancelledError() : error;
        return null;
      }
    }),
  );
  return results.filter((z): z is OcrZone => z !== null && z.text.trim() !== '');
}
