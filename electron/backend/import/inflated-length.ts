import { createInflate, createInflateRaw } from 'node:zlib';

/**
 * Bytes deflated `data` inflates to, counted and discarded as they come, stopping just past
 * `budget`: how a reader learns what a compressed part really holds before decoding it,
 * whatever sizes the file declares. `zlib` is a PDF stream's format, `raw` a ZIP entry's.
 * Damaged data gives null, or with `partialOnDamage` the bytes inflated before the damage (pdf.js
 * copes with some damage; that is its call, not this check's).
 */
export function inflatedLength(data: Uint8Array, budget: number, format: 'zlib' | 'raw', partialOnDamage = false): Promise<number | null> {
  return new Promise((resolve) => {
    const inflater = format === 'zlib' ? createInflate() : createInflateRaw();
    let size = 0;
    let done = false;
    const finish = (value: number | null) => {
      if (done) return;
      done = true;
      inflater.destroy();
      resolve(value);
    };
    inflater.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > budget) finish(size);
    });
    inflater.on('end', () => finish(size));
    inflater.on('error', () => finish(partialOnDamage && size > 0 ? size : null));
    inflater.end(data);
  });
}
