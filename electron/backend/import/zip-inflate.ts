import { inflatedLength } from './inflated-length.ts';
import type { ZipEntry } from './zip-directory.ts';

const LOCAL_SIGNATURE = 0x04034b50;

/** The entry's compressed bytes, found through its local header; null when the header is broken. */
function compressedData(bytes: Uint8Array, entry: ZipEntry): Uint8Array | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL_SIGNATURE) return null;
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  return end <= bytes.length ? bytes.subarray(start, end) : null;
}

/**
 * How many bytes the entries really inflate to, whatever the archive declares, counted as the
 * inflater produces them and thrown away: the count stops (returns `budget + 1`) as soon as it
 * passes `budget`, so a small archive that lies about its sizes costs at most `budget` bytes of
 * inflating and no memory. Null when an entry cannot be found or inflated.
 */
export async function inflatedSize(bytes: Uint8Array, entries: readonly ZipEntry[], budget: number): Promise<number | null> {
  let total = 0;
  for (const entry of entries) {
    const data = compressedData(bytes, entry);
    if (!data) return null;
    if (entry.method === 0) {
      total += data.length;
    } else if (entry.method === 8) {
      const size = await inflatedLength(data, budget - total, 'raw');
      if (size === null) return null;
      total += size;
    } else {
      return null;
    }
    if (total > budget) return budget + 1;
  }
  return total;
}
