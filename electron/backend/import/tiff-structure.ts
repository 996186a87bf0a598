import { ImportError } from './import-error.ts';
import { LIMITS } from './limits.ts';

/*
 * A TIFF is a chain of directories (IFDs) that point to each other and to sub-directories by file
 * offset; utif2 follows every pointer without remembering where it has been, and allocates each
 * tag's values as the tag declares. A 130-byte file whose directory points to itself loops until
 * the process dies. This walk checks the structure first, reading headers only: every directory is
 * visited once (a pointer back is refused), their number is capped, and each tag's values must lie
 * inside the file, all together no more bytes than the file has, so what utif2 builds afterwards
 * is bounded by the file's size.
 */

const TYPE_SIZE: Record<number, number> = { 1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 6: 1, 7: 1, 8: 2, 9: 4, 10: 8, 11: 4, 12: 8, 13: 4 };
/** Tags utif2 reads as pointers to sub-directories (SubIFDs, EXIF, GPS, DNG private data, …). */
const SUB_DIRECTORY_TAGS = new Set([330, 34665, 34853, 61440]);
const DNG_PRIVATE_DATA = 50740;
/** Directories in a file: pages plus their thumbnails, EXIF and GPS directories. */
const MAX_DIRECTORIES = LIMITS.maxPages * 4;

function corrupt(detail: string): ImportError {
  return new ImportError('corrupt', `This TIFF image is damaged: ${detail}. It is built in a way Lontar cannot read safely.`);
}

export function checkTiffStructure(bytes: Uint8Array): void {
  if (bytes.length < 8) throw corrupt('its header is cut off');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const little = bytes[0] === 0x49;
  const u16 = (at: number) => view.getUint16(at, little);
  const u32 = (at: number) => view.getUint32(at, little);
  const visited = new Set<number>();
  let valueBudget = bytes.length;
  const pending: number[] = [];

  /** Checks one directory; returns where the next one in its chain starts (0 for none). */
  const visit = (offset: number): number => {
    if (visited.has(offset)) throw corrupt('its directories point back to one another');
    visited.add(offset);
    if (visited.size > MAX_DIRECTORIES) {
      throw new ImportError(
        'too-large',
        `This TIFF image has more than ${MAX_DIRECTORIES} directories; Lontar reads at most ${LIMITS.maxPages} pages.`,
      );
    }
    if (offset + 2 > bytes.length) throw corrupt('a directory lies outside the file');
    const count = u16(offset);
    const end = offset + 2 + count * 12;
    if (end > bytes.length) throw corrupt('a directory runs past the end of the file');
    for (let i = 0; i < count; i += 1) {
      const entry = offset + 2 + i * 12;
      const tag = u16(entry),
        type = u16(entry + 2),
        values = u32(entry + 4);
      const size = (TYPE_SIZE[type] ?? 0) * values;
      const dataAt = size > 4 ? u32(entry + 8) : entry + 8;
      if (size > 4) {
        if (dataAt + size > bytes.length) throw corrupt('a tag points outside the file');
        valueBudget -= size;
        if (valueBudget < 0) throw corrupt('its tags declare more data than the file holds');
      }
      if (SUB_DIRECTORY_TAGS.has(tag)) {
        const width = TYPE_SIZE[type] ?? 0;
        const integer = type === 1 || type === 3 || type === 4 || type === 7 || type === 13;
        for (let j = 0; integer && j < values; j += 1) {
          const at = dataAt + j * width;
          pending.push(width === 1 ? bytes[at]! : width === 2 ? u16(at) : u32(at));
        }
      } else if (tag === DNG_PRIVATE_DATA && (type === 1 || type === 7) && values >= 4) {
        const pointer = u32(dataAt);
        if (pointer + 2 <= bytes.length && u16(pointer) < 300) pending.push(pointer);
      }
    }
    return end + 4 <= bytes.length ? u32(end) : 0;
  };

  // The chain of pages, as utif2 walks it: it stops at a directory whose first entry has no valid type.
  let next = u32(4);
  while (next !== 0) {
    if (next + 8 <= bytes.length && u16(next) !== 0) {
      const firstType = u16(next + 4);
      if (firstType < 1 || firstType > 13) break;
    }
    next = visit(next);
  }
  // Sub-directories: utif2 reads one only if it lies inside the file.
  while (pending.length > 0) {
    const offset = pending.pop()!;
    if (offset + 2 <= bytes.length) visit(offset);
  }
}
