import { existsSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { datasetDecreeRecord } from '../../../../shared/contract/decree-schemas.ts';
import { WorkbenchError } from '../../../../shared/contract/errors.ts';
import { emptyClerkFields } from '../../../../shared/types/decree-record.ts';
import type { DecreeRecord } from '../../../../shared/types/decree-record.ts';
import { DOCUMENT_STATUSES, SOURCE_TYPES } from '../../../../shared/types/document.ts';
import { ENTITY_TYPES } from '../../../../shared/types/entity.ts';
import { DATASET_FORMAT_VERSION } from './datapackage.ts';

const offset = z.number().int().nonnegative();
const mention = z.object({ text: z.string(), start: offset, end: offset });

/** One line of documents.jsonl as the dataset export writes it (documents-jsonl.ts). */
const documentLine = z.object({
  id: z.number().int().positive(),
  name: z.string().min(1),
  sourcePath: z.string().nullable(),
  sourceType: z.enum(SOURCE_TYPES),
  mime: z.string().min(1),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'a SHA-256 in hex'),
  importedAt: z.string().min(1),
  status: z.enum(DOCUMENT_STATUSES),
  title: z.string().nullable(),
  language: z.string().nullable(),
  text: z.string(),
  entities: z.array(
    z.object({
      type: z.enum(ENTITY_TYPES),
      key: z.string().min(1),
      normalized: z.string().min(1),
      text: z.string(),
      status: z.enum(['pending', 'confirmed', 'edited']),
      origin: z.enum(['extractor', 'clerk']),
      confidence: z.number().min(0).max(1),
      rule: z.string(),
      attributes: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(z.string())])),
      start: offset,
      end: offset,
      mentions: z.array(mention),
    }),
  ),
  /** An instrument's decree record; absent in datasets written before records travelled with them. */
  decree: datasetDecreeRecord.nullable().optional(),
});

export type DatasetDocumentLine = z.infer<typeof documentLine>;

/** One line of pages.jsonl (originals-writer.ts): a paged document's pages as stored. */
const pagesLine = z.object({
  sha256: z.string(),
  pages: z.array(
    z.object({
      pageNo: z.number().int().positive(),
      text: z.string(),
      start: offset,
      end: offset,
      width: z.number().positive(),
      height: z.number().positive(),
      source: z.enum(['text-layer', 'ocr']),
      ocrConfidence: z.number().nullable(),
      words: z.array(
        z.object({
          text: z.string(),
          start: offset,
          end: offset,
          x: z.number(),
          y: z.number(),
          width: z.number(),
          height: z.number(),
          confidence: z.number().optional(),
        }),
      ),
    }),
  ),
});

export type DatasetPages = z.infer<typeof pagesLine>['pages'];

/** What an import takes from a dataset: the documents, their pages and where each original is. */
export interface ReadDatasetResult {
  dir: string;
  documents: Array<
    Omit<DatasetDocumentLine, 'decree'> & {
      /** The decree record to restore, every clerk field present; null for none. */
      decree: Omit<DecreeRecord, 'documentId'> | null;
      pages: DatasetPages;
      originalPath: string | null;
    }
  >;
}

const refuse = (message: string) => new WorkbenchError('invalid_request', message);

/**
 * Reads and checks a dataset before anything of it is written: the descriptor's format version,
 * every line of documents.jsonl against its shape, every span against its text. Any fault is
 * refused with the file and line it is on.
 */
export function readDataset(dir: string): ReadDatasetResult {
  const folder = resolve(dir);
  const descriptorPath = join(folder, 'datapackage.json');
  if (!existsSync(descriptorPath)) throw refuse(`${descriptorPath} is missing: ${folder} is not a Lontar dataset.`);
  let version: unknown;
  try {
    version = (JSON.parse(readFileSync(descriptorPath, 'utf8')) as { lontar?: { datasetFormatVersion?: unknown } }).lontar
      ?.datasetFormatVersion;
  } catch (error) {
    throw refuse(`${descriptorPath}: not valid JSON (${error instanceof Error ? error.message : String(error)}).`);
  }
  if (typeof version !== 'number')
    throw refuse(`${descriptorPath}: no lontar.datasetFormatVersion; only datasets Lontar exported can be imported.`);
  if (version > DATASET_FORMAT_VERSION) {
    throw refuse(
      `${descriptorPath}: dataset format ${version} is newer than this Lontar reads (${DATASET_FORMAT_VERSION}); update Lontar first.`,
    );
  }
  const linesPath = join(folder, 'documents.jsonl');
  if (!existsSync(linesPath)) throw refuse(`${linesPath} is missing: the dataset is incomplete.`);
  const pagesByHash = readPages(join(folder, 'pages.jsonl'));
  const documents: ReadDatasetResult['documents'] = [];
  forEachLine(linesPath, documentLine, (doc, where) => {
    doc.entities.forEach((e, i) => {
      for (const span of [{ start: e.start, end: e.end, text: e.text }, ...e.mentions]) {
        if (span.end > doc.text.length || span.start >= span.end || doc.text.slice(span.start, span.end) !== span.text) {
          throw refuse(
            `${where}: entity ${i + 1} (${e.type} "${e.text}"): the span ${span.start}–${span.end} does not point at "${span.text}" in the text.`,
          );
        }
      }
    });
    checkDecreeSpans(doc, where);
    const pages = pagesByHash.get(doc.sha256) ?? [];
    for (const page of pages) {
      if (page.end > doc.text.length || page.start > page.end)
        throw refuse(`${join(folder, 'pages.jsonl')}: page ${page.pageNo} of ${doc.sha256} lies outside its document's text.`);
    }
    const original = join(folder, 'originals', doc.sha256);
    const hasOriginal = existsSync(original);
    if (hasOriginal && createHash('sha256').update(readFileSync(original)).digest('hex') !== doc.sha256) {
      throw refuse(`${original}: its content does not match its SHA-256 name; the dataset was changed.`);
    }
    const decree = doc.decree ? { ...doc.decree, clerk: { ...emptyClerkFields(), ...doc.decree.clerk } } : null;
    documents.push({ ...doc, decree, pages, originalPath: hasOriginal ? original : null });
  });
  return { dir: folder, documents };
}

/** A decree record's source spans and structure must lie in its document's text, as entity spans must. */
function checkDecreeSpans(doc: DatasetDocumentLine, where: string): void {
  if (!doc.decree) return;
  const spans = [
    ...Object.entries(doc.decree.fields).flatMap(([field, f]) => (f.source ? [{ what: `decree field ${field}`, ...f.source }] : [])),
    ...doc.decree.structure.map((r, i) => ({ what: `decree structure range ${i + 1} (${r.kind})`, ...r })),
  ];
  for (const span of spans) {
    if (span.start > span.end || span.end > doc.text.length)
      throw refuse(`${where}: ${span.what}: the span ${span.start}–${span.end} lies outside the document's text.`);
  }
}

/** Parses a JSONL file line by line against `schema`; a bad line is refused with its number. */
function forEachLine<T>(path: string, schema: z.ZodType<T>, visit: (value: T, where: string) => void): void {
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((line, index) => {
      if (line.trim() === '') return;
      const where = `${path}, line ${index + 1}`;
      let raw: unknown;
      try {
        raw = JSON.parse(line);
      } catch {
        throw refuse(`${where}: not valid JSON.`);
      }
      const parsed = schema.safeParse(raw);
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        throw refuse(`${where}: ${issue.path.join('.') || 'the line'}: ${issue.message}.`);
      }
      visit(parsed.data, where);
    });
}

function readPages(path: string): Map<string, DatasetPages> {
  const byHash = new Map<string, DatasetPages>();
  if (existsSync(path)) forEachLine(path, pagesLine, (line) => byHash.set(line.sha256, line.pages));
  return byHash;
}
