import { readdirSync, rmSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { MethodResult } from '../../../shared/contract/api.ts';
import { WorkbenchError } from '../../../shared/contract/errors.ts';
import type { SourceType, WordBox } from '../../../shared/types/document.ts';
import type { Store } from '../storage/store.ts';
import type { OriginalsStore } from '../storage/file-store.ts';

/** Draws a page of an original, given by the path of its kept copy (read where it is drawn). */
export type PageRenderer = (
  originalPath: string,
  sourceType: SourceType,
  pageNo: number,
) => Promise<{ png: Uint8Array; width: number; height: number }>;

/** Width and height from a PNG's IHDR chunk (bytes 16–23, big-endian). */
function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/**
 * Page images for the review view, rendered from the kept original (never from where the file was
 * imported) and cached on disk, with the page's word boxes for drawing spans.
 */
export function createPageImages(deps: { store: Store; originals: OriginalsStore; dataDir: string; render: PageRenderer }) {
  const cacheDir = join(deps.dataDir, 'cache', 'pages');
  const rendering = new Map<string, Promise<Uint8Array>>();

  async function image(hash: string, sourceType: SourceType, pageNo: number): Promise<Uint8Array> {
    const file = join(cacheDir, `${hash}-${pageNo}.png`);
    const cached = await readFile(file).catch(() => null);
    if (cached) return cached;
    const key = `${hash}-${pageNo}`;
    let pending = rendering.get(key);
    if (!pending) {
      pending = (async () => {
        const { png } = await deps.render(deps.originals.pathOf(hash), sourceType, pageNo);
        await mkdir(cacheDir, { recursive: true });
        const partial = `${file}.${randomBytes(4).toString('hex')}.partial`;
        await writeFile(partial, png);
        await rename(partial, file);
        return png;
      })().finally(() => rendering.delete(key));
      rendering.set(key, pending);
    }
    return pending;
  }

  return {
    /** Removes the cached images of originals no document uses any more (after a purge). */
    forget(hashes: readonly string[]): void {
      if (hashes.length === 0) return;
      let names: string[];
      try {
        names = readdirSync(cacheDir);
      } catch {
        return; // nothing cached yet
      }
      const gone = new Set(hashes);
      // Cached as `<hash>-<page>.png` (and `.partial` while written).
      for (const name of names) if (gone.has(name.slice(0, name.indexOf('-')))) rmSync(join(cacheDir, name), { force: true });
    },
    async get(id: number, pageNo: number): Promise<MethodResult<'documents.page'>> {
      // Only the hash and the kind: never the document's text.
      const doc = deps.store.documents.original(id);
      if (!doc) throw new WorkbenchError('not_found', `Document ${id} does not exist.`);
      const words = deps.store.documents.pageWords(id, pageNo);
      if (words === undefined) throw new WorkbenchError('not_found', `Document ${id} has no page ${pageNo}.`);
      let png: Uint8Array;
      try {
        png = await image(doc.contentHash, doc.sourceType, pageNo);
      } catch (error) {
        throw new WorkbenchError(
          'internal',
          `The page image could not be drawn: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
      return { pageNo, png, ...pngSize(png), words: JSON.parse(words) as WordBox[] };
    },
  };
}

export type PageImages = ReturnType<typeof createPageImages>;
