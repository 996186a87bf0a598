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

export function layoutFromBlocks(blocks: readonly OcrBlock[] | null | undefined): OcrLayout {
  const paragraphs: string[] = [];
  const words: WordBox[] = [];
  let length = 0;
  let weighted = 0;
  let weight = 0;
  for (const block of blocks ?? []) {
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
