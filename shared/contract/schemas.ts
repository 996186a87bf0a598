import { z } from 'zod';
import { ENTITY_STATUSES, ENTITY_TYPES } from '../types/entity.ts';
import { DOCUMENT_STATUSES, OCR_MODES, SOURCE_TYPES } from '../types/document.ts';
import { decreeDefaults, decreeRecord, decreeSummary } from './decree-schemas.ts';

/** Building blocks shared by method and event schemas. */
export const id = z.number().int().positive();
export const entityType = z.enum(ENTITY_TYPES);
export const entityStatus = z.enum(ENTITY_STATUSES);
export const documentStatus = z.enum(DOCUMENT_STATUSES);
export const sourceType = z.enum(SOURCE_TYPES);
export const ocrMode = z.enum(OCR_MODES);
export const bytes = z.custom<Uint8Array>((value) => value instanceof Uint8Array, 'Expected bytes');

export const attributeValue = z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(z.string())]);
export const attributes = z.record(z.string(), attributeValue);

export const span = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() });
export const mention = span.extend({ text: z.string(), rule: z.string(), confidence: z.number().min(0).max(1) });
export const skippedRange = span.extend({ reason: z.string() });

export const documentSummary = z.object({
  id,
  name: z.string(),
  sourcePath: z.string().nullable(),
  status: documentStatus,
  sourceType,
  mime: z.string(),
  size: z.number().int().nonnegative(),
  importedAt: z.string(),
  title: z.string().nullable(),
  pageCount: z.number().int().nonnegative(),
  pendingCount: z.number().int().nonnegative(),
  confirmedCount: z.number().int().nonnegative(),
  nearDuplicateOf: id.nullable(),
  /** For an instrument: its kind, number, title and date (the library shows them instead of the file name). */
  decree: decreeSummary.nullable(),
});

/** A passage around a search hit, as plain text pieces (the UI renders hits as elements, never as HTML). */
export const snippet = z.array(z.object({ text: z.string(), hit: z.boolean() }));

/** A library row: the summary, and for a search the passage where the words were found. */
export const documentListItem = documentSummary.extend({ snippet: snippet.nullable() });

/** How many documents each filter value would show, the other filters applied. */
export const libraryCounts = z.object({
  status: z.partialRecord(documentStatus, z.number().int().nonnegative()),
  entityType: z.partialRecord(entityType, z.number().int().nonnegative()),
  decreeKind: z.record(z.string(), z.number().int().nonnegative()),
});

export const pageSummary = z.object({
  pageNo: z.number().int().positive(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  width: z.number().nonnegative(),
  height: z.number().nonnegative(),
  source: z.enum(['text-layer', 'ocr']),
  ocrConfidence: z.number().min(0).max(1).nullable(),
});

export const entityRecord = z.object({
  id,
  documentId: id,
  type: entityType,
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
  normalized: z.string(),
  attributes,
  confidence: z.number().min(0).max(1),
  rule: z.string(),
  status: entityStatus,
  origin: z.enum(['extractor', 'clerk']),
  mentions: z.array(mention),
});

export const documentDetail = documentSummary.extend({
  text: z.string(),
  language: z.string().nullable(),
  skipped: z.array(skippedRange),
  pages: z.array(pageSummary),
  entities: z.array(entityRecord),
  /** The decree record of an instrument (its particulars and their sources), else null. */
  decreeRecord: decreeRecord.nullable(),
  /** Whether review.undo / review.redo have something to do for this document now. */
  canUndo: z.boolean(),
  canRedo: z.boolean(),
});

export const importSource = z.union([
  z.object({ path: z.string().min(1) }),
  z.object({ stagedId: z.string().regex(/^[a-f0-9]{32}$/), name: z.string().min(1).max(500) }),
]);

export const importSummary = z.object({
  jobId: id,
  imported: z.array(z.object({ file: z.string(), id })),
  /** `name`: the existing document's name as the library shows it. */
  duplicates: z.array(z.object({ file: z.string(), of: id, name: z.string().nullable() })),
  /** `retryable`: false when reading it again cannot help (a damaged or unsupported file). */
  failed: z.array(z.object({ file: z.string(), error: z.string(), retryable: z.boolean() })),
  skipped: z.array(z.object({ file: z.string(), reason: z.string() })),
  nearDuplicates: z.array(z.object({ file: z.string(), id, of: id, similarity: z.number() })),
  cancelled: z.boolean(),
});

export const importJobItem = z.object({
  file: z.string(),
  sourcePath: z.string().nullable(),
  status: z.enum(['pending', 'imported', 'duplicate', 'failed', 'skipped', 'cancelled']),
  documentId: id.nullable(),
  error: z.string().nullable(),
  /** False for a failure that a retry cannot mend (damaged, unsupported, encrypted, empty, too large). */
  retryable: z.boolean(),
});

export const importJob = z.object({
  id,
  status: z.enum(['running', 'done', 'cancelled', 'interrupted']),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
  ocr: ocrMode,
  items: z.array(importJobItem),
  /** The job that retried this one, if any: a job is retried once. */
  retriedBy: id.nullable(),
});

/** A word box on a page image, in the pixel space of that image. */
export const wordBox = z.object({
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  x: z.number(),
  y: z.number(),
  width: z.number(),
  height: z.number(),
  confidence: z.number().optional(),
});

export const pageImage = z.object({
  pageNo: z.number().int().positive(),
  png: bytes,
  width: z.number().positive(),
  height: z.number().positive(),
  /** Word boxes with their offsets in the clean text (from the text layer or OCR). */
  words: z.array(wordBox),
});

export const reviewEvent = z.object({
  id,
  entityId: id.nullable(),
  documentId: id.nullable(),
  action: z.string(),
  before: z.unknown(),
  after: z.unknown(),
  actor: z.string(),
  at: z.string(),
});

/** What a review action changed, so the UI can update in place and offer undo. */
export const reviewOutcome = z.object({
  entities: z.array(entityRecord),
  removedEntityIds: z.array(id),
  document: documentSummary,
  /** The document's decree record as it is now (every outcome carries it: undo may change it). */
  decree: decreeRecord.nullable(),
  canUndo: z.boolean(),
  canRedo: z.boolean(),
});

export const recordSummary = z.object({
  type: entityType,
  /** The record key after merges: what exports use. */
  key: z.string(),
  /** The keys merged into this record (empty when none). */
  mergedKeys: z.array(z.string()),
  label: z.string(),
  mentions: z.number().int().nonnegative(),
  documents: z.array(z.object({ id, name: z.string() })),
  /** Roles for officials, subject/year/grade for scores, region for units … as seen in documents. */
  details: z.record(z.string(), z.array(z.string())),
  /** Records of the same type that may be this one spelled another way ("Efendi" / "Effendi"), best first. */
  likelyDuplicates: z.array(z.object({ key: z.string(), label: z.string(), similarity: z.number().min(0).max(1) })),
});

export const settings = z.object({
  clerkName: z.string().max(200).nullable(),
  systemUser: z.string(),
  /** Defaults of the clerk-only decree fields and the JDIH base URL. */
  decreeDefaults,
});

/** Entities as CSV/JSONL, score rows as scores.csv; decree records as decrees.csv, the JDIHN feed, or the archive list (DECREES.md). */
/** The single-file exports outside the dataset: scores.csv and the decree formats (DECREES.md); CSV, JSONL and the rest are dataset formats (`export.dataset` with `format`). */
export const exportFormat = z.enum(['scores', 'decrees', 'jdihn', 'archive-list']);
