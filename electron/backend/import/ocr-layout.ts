import type { WordBox } from '../../../shared/types/document.ts';

/*
 * Turns tesseract's block → paragraph → line → word tree into clean text with word offsets:
 * words joined by a space, lines by "\n", paragraphs by a blank line. The text is built from
 * the words themselves, so every WordBox.start/end points exactly at its word.
 */

interface Bbox {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}
interface OcrWord {
  text: string;
  confidence: number;
  bbox: Bbox;
}
interface OcrLine {
  words: OcrWord[];
}
interface OcrParagraph {
  lines: OcrLine[];
}
export interface OcrBlock {
  paragraphs: OcrParagraph[];
}

export interface OcrLayout {
  text: string;
  /** Mean word confidence weighted by word length, in [0, 1]; 0 when nothing was read. */
  confidence: number;
  words: WordBox[];
}

/**
 * Marks with no letter or digit that tesseract itself doubts are speckles, stamp edges and
 * signature strokes, not text.
 */
function isNoise(word: OcrWord): boolean {
  return word.confidence < 50 && !/[\p{L}\p{N}]/u.test(word.text);
}

/** The labels a decree's parts open with, each alone in the left column of a two-column layout. */
const PART_LABEL =
  /^(Menimbang|Mengingat|Memperhatikan|Menetapkan|KESATU|PERTAMA|KEDUA|KETIGA|KEEMPAT|KELIMA|KEENAM|KETUJUH|KEDELAPAN|KESEMBILAN|KESEPULUH|Untuk|KEPADA|Kepada)\s?:?$/;

function lineBox(line: OcrLine): Bbox | null {
  const words = line.words.filter((w) => !isNoise(w));
  if (words.length === 0) return null;
  return {
    x0: Math.min(...words.map((w) => w.bbox.x0)),
    y0: Math.min(...words.map((w) => w.bbox.y0)),
    x1: Math.max(...words.map((w) => w.bbox.x1)),
    y1: Math.max(...words.map((w) => w.bbox.y1)),
  };
}

/**
 * Two-column decrees ("Menimbang : a. bahwa …", "KESATU : …") come out of tesseract as a block
 * of labels and a block of text: the labels would be read all together before the text they
 * open. Each label line is moved to the start of the text line beside it (to its right, at the
 * same height), so a label stays with its text. Word boxes are kept as they were.
 */
export function attachPartLabels(blocks: readonly OcrBlock[]): OcrBlock[] {
  const copy: OcrBlock[] = blocks.map((b) => ({
    paragraphs: b.paragraphs.map((p) => ({ lines: p.lines.map((l) => ({ words: [...l.words] })) })),
  }));
  const all = copy.flatMap((b) => b.paragraphs.flatMap((p) => p.lines.map((line) => ({ line, paragraph: p, box: lineBox(line) }))));
  const isLabel = (line: OcrLine) =>
    PART_LABEL.test(
      line.words
        .filter((w) => !isNoise(w))
        .map((w) => w.text)
        .join(' '),
    );
  for (const label of all) {
    if (!label.box || !isLabel(label.line)) continue;
    const lb = label.box;
    const middle = (lb.y0 + lb.y1) / 2;
    const height = lb.y1 - lb.y0;
    let best: (typeof all)[number] | null = null;
    for (const other of all) {
      const ob = other.box;
      if (!ob || other === label || other.paragraph === label.paragraph || ob.x0 <= lb.x1 || isLabel(other.line)) continue;
      if (middle < ob.y0 - height / 2 || middle > ob.y1 + height / 2) continue;
      if (!best || Math.abs((ob.y0 + ob.y1) / 2 - middle) < Math.abs((best.box!.y0 + best.box!.y1) / 2 - middle)) best = other;
    }
    if (!best) continue;
    best.line.words.unshift(...label.line.words);
    label.paragraph.lines = label.paragraph.lines.filter((l) => l !== label.line);
  }
  return copy;
}

export function layoutFromBlocks(blocks: readonly OcrBlock[] | null | undefined): OcrLayout {
  const paragraphs: string[] = [];
  const words: WordBox[] = [];
  let length = 0;
  let weighted = 0;
  let weight = 0;
  for (const block of attachPartLabels(blocks ?? [])) {
    for (const paragraph of block.paragraphs) {
      const lines: string[] = [];
      // Offset of this paragraph's start once previous paragraphs and separators are counted.
      let cursor = length + (paragraphs.length > 0 ? 2 : 0);
      for (const line of paragraph.lines) {
        const parts: string[] = [];
        let lineCursor = cursor + (lines.length > 0 ? 1 : 0);
        for (const word of line.words) {
          const text = word.text.normalize('NFC').replace(/\s+/g, '');
          if (!text || isNoise(word)) continue;
          if (parts.length > 0) lineCursor += 1;
          words.push({
            text,
            start: lineCursor,
            end: lineCursor + text.length,
            x: word.bbox.x0,
            y: word.bbox.y0,
            width: word.bbox.x1 - word.bbox.x0,
            height: word.bbox.y1 - word.bbox.y0,
            confidence: Math.max(0, Math.min(1, word.confidence / 100)),
          });
          weighted += (word.confidence / 100) * text.length;
          weight += text.length;
          lineCursor += text.length;
          parts.push(text);
        }
        if (parts.length === 0) continue;
        lines.push(parts.join(' '));
        cursor = lineCursor;
      }
      if (lines.length === 0) continue;
      if (paragraphs.length > 0) length += 2;
      const paragraphText = lines.join('\n');
      paragraphs.push(paragraphText);
      length += paragraphText.length;
    }
  }
  return { text: paragraphs.join('\n\n'), confidence: weight > 0 ? weighted / weight : 0, words };
}
