import { describe, expect, it } from 'vitest';
import { layoutTextItems } from '../../../electron/backend/import/pdf-text-layer.ts';
import type { TextItemLike } from '../../../electron/backend/import/pdf-text-layer.ts';

// A 612×792 pt page viewed at scale 2: PDF y grows upward, viewport y downward.
const VIEWPORT = [2, 0, 0, -2, 0, 1584];
// Helvetica-like advance: 0.5 em per character.
const item = (str: string, x: number, y: number, size = 12, extra: Partial<TextItemLike> = {}): TextItemLike => ({
  str,
  transform: [size, 0, 0, size, x, y],
  width: str.length * size * 0.5,
  ...extra,
});

describe('PDF text layer layout', () => {
  it('joins runs on a line, with a space only where there is a gap', () => {
    const layout = layoutTextItems([item('Kepu', 72, 700), item('tusan', 96, 700), item('Bupati', 130, 700)], VIEWPORT);
    expect(layout.text).toBe('Keputusan Bupati');
    expect(layout.words.map((w) => w.text)).toEqual(['Keputusan', 'Bupati']);
  });

  it('collapses the spaces of justified text and keeps word offsets exact', () => {
    const layout = layoutTextItems([item('bahwa     dengan    ditetapkannya', 72, 700)], VIEWPORT);
    expect(layout.text).toBe('bahwa dengan ditetapkannya');
    for (const w of layout.words) expect(layout.text.slice(w.start, w.end)).toBe(w.text);
  });

  it('breaks lines on baseline changes and paragraphs on large gaps', () => {
    const layout = layoutTextItems(
      [item('Baris satu', 72, 700), item('Baris dua', 72, 686), item('Baris tiga', 72, 672), item('Paragraf baru', 72, 630)],
      VIEWPORT,
    );
    expect(layout.text).toBe('Baris satu\nBaris dua\nBaris tiga\n\nParagraf baru');
  });

  it('puts text drawn last at the top of the page first (reading order)', () => {
    const layout = layoutTextItems([item('GUBERNUR BALI', 250, 700), item('NOMOR 1', 250, 686), item('SALINAN', 470, 760)], VIEWPORT);
    expect(layout.text.startsWith('SALINAN\n\nGUBERNUR BALI')).toBe(true);
  });

  it('orders runs of a line left to right and places word boxes in viewport pixels', () => {
    const layout = layoutTextItems([item('Donggala', 130, 700), item('Bupati', 72, 700)], VIEWPORT);
    expect(layout.text).toBe('Bupati Donggala');
    const [bupati] = layout.words;
    expect(bupati?.x).toBeCloseTo(144, 0);
    expect(bupati?.width).toBeCloseTo(72, 0);
    // Baseline at y = 1584 - 1400 = 184 px; the box spans the font size above it.
    expect(bupati!.y).toBeLessThan(184);
    expect(bupati!.y + bupati!.height).toBeGreaterThan(184);
  });

  it('drops control characters and empty runs', () => {
    const layout = layoutTextItems([item('\u0000\u0007', 72, 700), item('', 80, 700), item('Teks\u00ad', 72, 680)], VIEWPORT);
    expect(layout.text).toBe('Teks');
  });
});
