import { describe, expect, it } from 'vitest';
import { planPenutupZones } from '../../../electron/backend/import/ocr-zones.ts';
import type { ZonePage } from '../../../electron/backend/import/ocr-zones.ts';
import { cropToGray } from '../../../electron/backend/import/raster.ts';
import type { WordBox } from '../../../shared/types/document.ts';

/** A page of lines placed 40 pixels apart from y = 100, each word 10 pixels per character, from x = `left`. */
function page(lines: { text: string; left: number }[]): ZonePage {
  const words: WordBox[] = [];
  let at = 0;
  lines.forEach(({ text, left }, row) => {
    for (const m of text.matchAll(/\S+/g)) {
      words.push({
        text: m[0],
        start: at + m.index,
        end: at + m.index + m[0].length,
        x: left + m.index * 10,
        y: 100 + row * 40,
        width: m[0].length * 10,
        height: 20,
      });
    }
    at += text.length + 1;
  });
  return { text: lines.map((l) => l.text).join('\n'), words, width: 1240, height: 1754 };
}

describe('the zones of a Penutup to read again', () => {
  it('plans the date line and the signature block under the last "Ditetapkan di", on its page', () => {
    const first = page([{ text: 'Menimbang : bahwa perlu', left: 100 }]);
    const second = page([
      { text: 'KESATU : Keputusan ini berlaku.', left: 100 },
      { text: 'Ditetapkan di Sukamulya', left: 700 },
      { text: 'pada tanggal', left: 700 },
      { text: 'BUPATI SUKAMULYA,', left: 700 },
    ]);
    const plan = planPenutupZones([first, second])!;
    expect(plan.pageIndex).toBe(1);
    const date = plan.zones.find((z) => z.purpose === 'penutup-date')!;
    // The "pada tanggal" line (y 180–200) with a margin for a stamp taller than the type, to the page's edge.
    expect(date).toMatchObject({ ink: 'keep-ink', psm: 7, factors: [1, 2] });
    expect(date.rect.y).toBeLessThan(180);
    expect(date.rect.y + date.rect.height).toBeGreaterThan(200);
    expect(date.rect.y + date.rect.height).toBeLessThan(220);
    expect(date.rect.x).toBeLessThan(700);
    expect(date.rect.x + date.rect.width).toBe(1240);
    const signature = plan.zones.find((z) => z.purpose === 'penutup-signature')!;
    expect(signature).toMatchObject({ ink: 'print-only', psm: 6 });
    expect(signature.rect.y).toBeLessThan(140);
    expect(signature.rect.height).toBeGreaterThan(400);
  });

  it('plans only the signature block under a letter’s "Demikian", and nothing on a page without a Penutup', () => {
    const letter = planPenutupZones([
      page([
        { text: 'Demikian untuk menjadi perhatian.', left: 100 },
        { text: 'BUPATI SUKAMULYA,', left: 700 },
      ]),
    ])!;
    expect(letter.zones.map((z) => z.purpose)).toEqual(['penutup-signature']);
    expect(planPenutupZones([page([{ text: 'Menimbang : bahwa perlu', left: 100 }])])).toBeNull();
  });
});

describe('cropToGray', () => {
  // Three pixels: black print, blue stamp ink, paper.
  const rgba = new Uint8Array([20, 20, 20, 255, 40, 60, 200, 255, 250, 250, 250, 255]);

  it('keeps stamp ink dark for a date line and turns it to paper for a signature block', () => {
    expect([...cropToGray(rgba, 3, { x: 0, y: 0, width: 3, height: 1 }, 'keep-ink').data]).toEqual([20, 69, 250]);
    expect([...cropToGray(rgba, 3, { x: 0, y: 0, width: 3, height: 1 }, 'print-only').data]).toEqual([20, 255, 250]);
  });

  it('scales a rectangle up by a whole factor', () => {
    const image = cropToGray(rgba, 3, { x: 1, y: 0, width: 2, height: 1 }, 'print-only', 2);
    expect(image).toMatchObject({ width: 4, height: 2 });
    expect([...image.data]).toEqual([255, 255, 250, 250, 255, 255, 250, 250]);
  });
});
