import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Store } from '../../storage/store.ts';
import type { DatasetWriter, ExportedDocument, WriterContext } from './dataset-writer.ts';
import type { ResourceDescriptor } from './package-types.ts';

/**
 * `--with-originals`: each document's original file as `originals/<sha256>` and its pages (text
 * ranges, size, OCR words) in pages.jsonl, so an import brings page images back, not just text.
 */
export function originalsWriter(
  context: WriterContext,
  deps: { store: Store; staging: string; originalPath: (sha256: string) => string },
): DatasetWriter & { copied(): number; missing(): number } {
  const resource: ResourceDescriptor = {
    name: 'pages',
    path: 'pages.jsonl',
    profile: 'data-resource',
    title: 'Pages of paged documents',
    description: 'One line per document with pages: page number, text range, size, OCR words; the originals are in originals/<sha256>.',
    format: 'jsonl',
    mediatype: 'application/jsonl',
    encoding: 'utf-8',
    count: 0,
  };
  const sink = context.open(resource.path);
  const folder = join(deps.staging, 'originals');
  mkdirSync(folder);
  let copied = 0;
  let missing = 0;
  return {
    resources: [resource],
    document({ row }: ExportedDocument) {
      const source = deps.originalPath(row.contentHash);
      if (existsSync(source)) {
        copyFileSync(source, join(folder, row.contentHash));
        copied++;
      } else {
        missing++;
      }
      const pages = deps.store.documents.pages(row.id);
      if (pages.length === 0) return;
      sink.write(
        `${JSON.stringify({
          document_id: row.id,
          sha256: row.contentHash,
          pages: pages.map(({ wordsJson, ...page }) => ({ ...page, words: JSON.parse(wordsJson) as unknown })),
        })}\n`,
      );
      resource.count++;
    },
    copied: () => copied,
    missing: () => missing,
    close: () => sink.close(),
  };
}
