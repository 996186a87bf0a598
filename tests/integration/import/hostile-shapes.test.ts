import { describe, expect, it } from 'vitest';
import { readDocx } from '../../../electron/backend/import/docx.ts';
import { readHtml } from '../../../electron/backend/import/html.ts';
import { planImage } from '../../../electron/backend/import/image.ts';
import { measureHtml } from '../../../electron/backend/import/html-shape.ts';
import { assessTextQuality } from '../../../shared/text/text-quality.ts';
import { base64ToBytes } from '../../../shared/contract/wire.ts';
import { readDocument } from '../../../electron/backend/import/read-document.ts';
import {
  blanksDocx,
  ifd,
  lyingDocx,
  nestedHtml as nested,
  siblingHtml as siblings,
  streamBombPdf,
  tiff,
} from '../../helpers/fixtures/hostile.ts';

// The shapes of the audit's hostile files, each at two sizes: time must grow about linearly (a
// generous ratio, not an absolute time), and what cannot be read safely is refused with a message.

/** `count` blocks each nested 900 deep, side by side: the file grows, the depth stays under the cap. */
const deepBlocks = (count: number) =>
  new TextEncoder().encode(
    `<html><body>${`${'<div>'.repeat(900)}<p>Dinas Sosial.</p>${'</div>'.repeat(900)}`.repeat(count)}</body></html>`,
  );

async function timeIt(fn: () => unknown): Promise<number> {
  let best = Infinity;
  for (let k = 0; k < 3; k++) {
    const started = performance.now();
    try {
      await fn();
    } catch {
      // Refusals are timed too: a refusal must be as quick as a read.
    }
    best = Math.min(best, performance.now() - started);
  }
  return Math.max(best, 1);
}

/** Times at size n and factor × n; a quadratic path would be factor² slower, linear about factor. */
async function growth(make: (n: number) => () => unknown, n: number, factor: number): Promise<number> {
  await timeIt(make(Math.max(1, Math.floor(n / 8)))); // warm up the JIT
  const small = await timeIt(make(n));
  const large = await timeIt(make(n * factor));
  return large / small;
}

describe('readers on hostile shapes', () => {
  it('HTML nested deep: linear up to the cap, refused past it with a message, quickly', async () => {
    expect(readHtml(nested(990)).text).toContain('Dinas Sosial');
    expect(await growth((n) => () => readHtml(deepBlocks(n)), 4, 4)).toBeLessThan(12);
    expect(() => readHtml(nested(2_000))).toThrow(
      'This web page is nested more than 1,000 elements deep: it is built in a way Lontar cannot read safely.',
    );
    expect(await growth((n) => () => readHtml(nested(n)), 20_000, 4)).toBeLessThan(12);
    const started = performance.now();
    expect(() => readHtml(nested(100_000))).toThrow(/cannot read safely/);
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it('HTML of many sibling paragraphs: linear, and the article is read', async () => {
    expect(await growth((n) => () => readHtml(siblings(n)), 2_000, 4)).toBeLessThan(12);
    expect(readHtml(siblings(20_000)).text).toContain('Dinas Sosial Kabupaten Musi Banyuasin');
  });

  it('the HTML shape scan measures what the parser builds', () => {
    expect(measureHtml('<div/>'.repeat(3000)).depth).toBe(3000);
    expect(measureHtml('<p>x'.repeat(3000)).depth).toBe(1);
    expect(measureHtml(`<svg>${'<path d="M0"/>'.repeat(3000)}</svg>`).depth).toBe(1);
    expect(measureHtml(`<ul>${'<li>x'.repeat(3000)}</ul>`).depth).toBe(2);
    expect(measureHtml(`<script>${'<div>'.repeat(3000)}</script><div></div>`).depth).toBe(1);
  });

  it('a TIFF whose directories point to themselves or each other is refused at once', () => {
    const selfLoop = tiff((v) => {
      v.setUint32(4, 8, true);
      ifd(v, 8, 8);
    }, 130); // the audit's file
    expect(() => planImage(selfLoop)).toThrow(
      'This TIFF image is damaged: its directories point back to one another. It is built in a way Lontar cannot read safely.',
    );
    const twoCycle = tiff((v) => {
      v.setUint32(4, 8, true);
      ifd(v, 8, 64);
      ifd(v, 64, 8);
    }, 130);
    expect(() => planImage(twoCycle)).toThrow(/point back/);
    const subLoop = tiff((v) => {
      v.setUint32(4, 8, true);
      ifd(v, 8, 0, [[330, 4, 1, 8]]);
    }, 130);
    expect(() => planImage(subLoop)).toThrow(/point back/);
    // A tag claiming a billion values is refused before anything is allocated for them.
    const hugeCount = tiff((v) => {
      v.setUint32(4, 8, true);
      ifd(v, 8, 0, [[273, 4, 0x3fffffff, 100]]);
    }, 130);
    expect(() => planImage(hugeCount)).toThrow(/points outside the file/);
  });

  it('a long chain of TIFF directories is capped, in linear time', async () => {
    const chain = (count: number) =>
      tiff(
        (v) => {
          v.setUint32(4, 8, true);
          for (let i = 0; i < count; i++) ifd(v, 8 + i * 40, i + 1 < count ? 8 + (i + 1) * 40 : 0);
        },
        8 + count * 40 + 8,
      );
    expect(() => planImage(chain(25_000))).toThrow(/more than 20000 directories/);
    expect(await growth((n) => () => planImage(chain(n)), 1_000, 4)).toBeLessThan(12);
  });

  it('DOCX: a line of blanks is read in linear time; a part that lies about its size is refused without inflating it all', async () => {
    expect(await growth((n) => () => readDocx(blanksDocx(n)), 50_000, 4)).toBeLessThan(12);
    const lying = await lyingDocx(300);
    expect(lying.length).toBeLessThan(2_000_000); // small: a thousandth of what it unpacks to
    const before = process.memoryUsage().rss;
    await expect(readDocx(lying)).rejects.toThrow('This Word document is too large to import: its text unpacks to more than 128 MB.');
    expect(process.memoryUsage().rss - before).toBeLessThan(100 * 1024 * 1024);
  });

  it('a PDF whose content stream inflates to 300 MB is refused before pdf.js inflates it', async () => {
    const bomb = await streamBombPdf(300);
    expect(bomb.length).toBeLessThan(2_000_000);
    const before = process.memoryUsage().rss;
    await expect(readDocument({ bytes: bomb, name: 'bom.pdf' }, { ocr: 'off' })).rejects.toThrow(
      'This PDF is built in a way Lontar cannot read safely: one of its parts unpacks to more than 128 MB.',
    );
    expect(process.memoryUsage().rss - before).toBeLessThan(100 * 1024 * 1024);
  });

  it('text-quality check and byte decoding stay linear on one giant token', async () => {
    expect(await growth((n) => () => assessTextQuality(`${'1'.repeat(n)}a`), 250_000, 4)).toBeLessThan(12);
    expect(await growth((n) => () => base64ToBytes(`${'='.repeat(n)}A`), 1_000_000, 4)).toBeLessThan(12);
  });
});
