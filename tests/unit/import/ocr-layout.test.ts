import { describe, expect, it } from 'vitest';
import { layoutFromBlocks } from '../../../electron/backend/import/ocr-layout.ts';
import type { OcrBlock } from '../../../electron/backend/import/ocr-layout.ts';

const word = (text: string, x: number, y: number, confidence = 95) => ({
  text,
  confidence,
  bbox: { x0: x, y0: y, x1: x + 10 * text.length, y1: y + 30 },
});

describe('OCR layout', () => {
  const blocks: OcrBlock[] = [
    {
      paragraphs: [
        {
          lines: [
            { words: [word('BUPATI', 100, 50), word('DONGGALA', 180, 50)] },
            { words: [word('NOMOR', 100, 90), word('11', 170, 90)] },
          ],
        },
        { lines: [{ words: [word('~', 10, 200, 20), word('|', 30, 200, 12)] }] },
      ],
    },
    { paragraphs: [{ lines: [{ words: [word('Menimbang', 100, 300, 60), word(':', 220, 300, 40), word('bahwa', 240, 300)] }] }] },
  ];

  it('builds text with lines and paragraphs, and offsets that point at each word', () => {
    const layout = layoutFromBlocks(blocks);
    expect(layout.text).toBe('BUPATI DONGGALA\nNOMOR 11\n\nMenimbang bahwa');
    for (const w of layout.words) expect(layout.text.slice(w.start, w.end)).toBe(w.text);
    expect(layout.words.map((w) => w.text)).toEqual(['BUPATI', 'DONGGALA', 'NOMOR', '11', 'Menimbang', 'bahwa']);
    expect(layout.words[0]).toMatchObject({ x: 100, y: 50, width: 60, height: 30, confidence: 0.95 });
  });

  it('drops doubtful marks that have no letter or digit (speckles, stamp edges)', () => {
    const layout = layoutFromBlocks(blocks);
    expect(layout.text).not.toContain('~');
    expect(layout.text).not.toContain('|');
    expect(layout.text).not.toContain(':');
  });

  it('weights confidence by word length and handles empty pages', () => {
    const layout = layoutFromBlocks(blocks);
    expect(layout.confidence).toBeGreaterThan(0.85);
    expect(layout.confidence).toBeLessThan(0.95);
    expect(layoutFromBlocks(null)).toEqual({ text: '', confidence: 0, words: [] });
  });

  it('keeps a part label with the text beside it when a two-column scan reads the labels as a block of their own', () => {
    const line = (...words: ReturnType<typeof word>[]) => ({ words });
    const twoColumns: OcrBlock[] = [
      { paragraphs: [{ lines: [line(word('Menimbang', 100, 400)), line(word('Mengingat', 100, 700))] }] },
      {
        paragraphs: [
          { lines: [line(word('a.', 400, 402), word('bahwa', 430, 402), word('perlu;', 500, 402))] },
          { lines: [line(word('1.', 400, 698), word('Undang-Undang', 430, 698), word('Nomor', 580, 698), word('6', 640, 698))] },
        ],
      },
      {
        paragraphs: [
          { lines: [line(word('KESATU', 100, 900), word(':', 170, 900, 30))] },
          { lines: [line(word('Menetapkan', 400, 1200))] },
        ],
      },
      { paragraphs: [{ lines: [line(word('Tim', 400, 905), word('Arsip.', 440, 905))] }] },
    ];
    const layout = layoutFromBlocks(twoColumns);
    expect(layout.text).toBe('Menimbang a. bahwa perlu;\n\nMengingat 1. Undang-Undang Nomor 6\n\nMenetapkan\n\nKESATU Tim Arsip.');
    for (const w of layout.words) expect(layout.text.slice(w.start, w.end)).toBe(w.text);
    expect(layout.words.find((w) => w.text === 'Mengingat')).toMatchObject({ x: 100, y: 700 });
  });
});
