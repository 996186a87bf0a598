import { z } from 'zod';
import { exportDatasetArgs, exportDatasetResult, importDatasetArgs, importDatasetResult } from './dataset-schemas.ts';
import { importResultsArgs, importResultsResult } from './results-schemas.ts';
import {
  attributes,
  bytes,
  documentDetail,
  documentListItem,
  documentStatus,
  entityType,
  exportFormat,
  id,
  importJob,
  importSource,
  importSummary,
  libraryCounts,
  ocrMode,
  pageImage,
  recordSummary,
  reviewEvent,
  reviewOutcome,
  settings,
} from './schemas.ts';
import {
  clerkField,
  decreeCitations,
  decreeDefaults,
  decreeKind,
  decreeRecord,
  LIBRARY_SORTS,
  particularField,
  particularInput,
} from './decree-schemas.ts';

/** What narrows the library (shared by the list and the counts on its filters). */
const libraryFilters = z.object({
  /** Full-text search over titles and text (FTS5). */
  query: z.string().max(500).optional(),
  status: documentStatus.optional(),
  /** Only documents with at least one (non-rejected) entity of this type. */
  entityType: entityType.optional(),
  /** Only documents mentioning this record, e.g. organization "Dinas Sosial" or region "16.06". */
  record: z
    .object({ type: entityType, key: z.string().min(1).max(500) })
    .strict()
    .optional(),
  /** Decree filters: only instruments of this kind, issuer (part of its name) or year. */
  decreeKind: decreeKind.optional(),
  issuer: z.string().trim().min(1).max(200).optional(),
  year: z.number().int().min(1900).max(2100).optional(),
  /** The trash instead of the library. */
  trashed: z.boolean().default(false),
});

/**
 * The one method map every host serves (Electron IPC, HTTP, CLI). Each method has a zod
 * schema for its arguments and its result; the client's and the backend's types are derived
 * from it, so renaming a method breaks the build, not the app.
 */
export const api = {
  'app.info': {
    args: z.object({}).strict(),
    result: z.object({
      version: z.string(),
      dataDir: z.string(),
      schemaVersion: z.number().int(),
      actor: z.string(),
    }),
  },
  'documents.list': {
    args: libraryFilters
      .extend({
        /** The order: newest import first (default), by a column, or by a decree particular (documents without one last). */
        sort: z.enum(LIBRARY_SORTS).default('imported'),
        descending: z.boolean().default(false),
        limit: z.number().int().min(1).max(1000).default(200),
        offset: z.number().int().min(0).default(0),
      })
      .strict(),
    /** With a query, each item carries the passage where it was found (FTS5 snippet). */
    result: z.object({ total: z.number().int().nonnegative(), items: z.array(documentListItem) }),
  },
  /** The counts shown on the library's filters: per value of each, with the other filters applied. */
  'documents.counts': {
    args: libraryFilters.strict(),
    result: libraryCounts,
  },
  'documents.get': {
    args: z.object({ id }).strict(),
    result: documentDetail,
  },
  'documents.page': {
    args: z.object({ id, pageNo: z.number().int().positive() }).strict(),
    result: pageImage,
  },
  'documents.setStatus': {
    args: z.object({ id, status: documentStatus }).strict(),
    result: reviewOutcome,
  },
  /** Moves a document to the trash (reversible until the trash is emptied). */
  'documents.delete': {
    args: z.object({ id }).strict(),
    result: z.object({ id }),
  },
  'documents.restore': {
    args: z.object({ id }).strict(),
    result: z.object({ id }),
  },
  /** Deletes every trashed document for good (the audit trail keeps the record). */
  'trash.empty': {
    args: z.object({}).strict(),
    result: z.object({ purged: z.number().int().nonnegative() }),
  },
  /** Reads the original again with OCR forced; reviewed entities are kept. */
  'documents.reocr': {
    args: z
      .object({
        id,
        lang: z
          .string()
          .regex(/^[a-z]{3}(\+[a-z]{3})*$/)
          .default('ind+eng'),
      })
      .strict(),
    result: z.object({ jobId: id }),
  },
  'documents.history': {
    args: z.object({ id }).strict(),
    result: z.object({ events: z.array(reviewEvent) }),
  },
  'entities.review': {
    args: z.object({ id, action: z.enum(['accept', 'reject', 'reset']) }).strict(),
    result: reviewOutcome,
  },
  /** Corrects the normalised value and/or attributes; refused with a field message when invalid for the type. */
  'entities.edit': {
    args: z.object({ id, normalized: z.string().min(1).max(2000).optional(), attributes: attributes.optional() }).strict(),
    result: reviewOutcome,
  },
  /** A clerk adds an entity the extractor missed, from a span of the clean text. */
  'entities.add': {
    args: z
      .object({
        documentId: id,
        type: entityType,
        start: z.number().int().nonnegative(),
        end: z.number().int().positive(),
        normalized: z.string().min(1).max(2000).optional(),
        attributes: attributes.optional(),
      })
      .strict(),
    result: reviewOutcome,
  },
  'entities.acceptAbove': {
    args: z.object({ documentId: id, threshold: z.number().min(0).max(1) }).strict(),
    result: reviewOutcome,
  },
  /**
   * Accepts or rejects the pending entities among `ids` as one undo step: a zone of the text
   * (a table, a Lampiran), a type, the clerk's selection, or those below a confidence (`scope`
   * goes into the audit trail). None pending: nothing is written and no entity comes back.
   */
  'entities.bulkReview': {
    args: z
      .object({
        documentId: id,
        action: z.enum(['accept', 'reject']),
        ids: z.array(id).max(100_000),
        scope: z.enum(['zone', 'type', 'selection', 'below', 'all']),
      })
      .strict(),
    result: reviewOutcome,
  },
  /** Moves an entity's span; refused past the text's ends, when empty, or across another entity. */
  'entities.resize': {
    args: z.object({ id, start: z.number().int().nonnegative(), end: z.number().int().positive() }).strict(),
    result: reviewOutcome,
  },
  'review.undo': {
    args: z.object({ documentId: id }).strict(),
    result: reviewOutcome,
  },
  'review.redo': {
    args: z.object({ documentId: id }).strict(),
    result: reviewOutcome,
  },
  /** A document's decree record, and the defaults its clerk-only fields fall back to. */
  'decrees.get': {
    args: z.object({ documentId: id }).strict(),
    result: z.object({ record: decreeRecord.nullable(), defaults: decreeDefaults }),
  },
  /** Corrects one particular (validated: a real date, a kind from the list, a year agreeing with the number …). */
  'decrees.editField': {
    args: z.object({ documentId: id, field: particularField, value: particularInput }).strict(),
    result: reviewOutcome,
  },
  /** Accepts a particular as read, or puts it back to pending. */
  'decrees.reviewField': {
    args: z.object({ documentId: id, field: particularField, action: z.enum(['accept', 'reset']) }).strict(),
    result: reviewOutcome,
  },
  /** Sets a clerk-only field (file number, classification code, status …); null falls back to the default. */
  'decrees.editClerkField': {
    args: z.object({ documentId: id, field: clerkField, value: z.string().max(1000).nullable() }).strict(),
    result: reviewOutcome,
  },
  /** Confirms the record (pending particulars accepted with it), or reopens it. */
  'decrees.confirm': {
    args: z.object({ documentId: id, confirmed: z.boolean().default(true) }).strict(),
    result: reviewOutcome,
  },
  /** The unit's defaults for the clerk-only fields (holding unit, status, JDIH base URL …). */
  'decrees.setDefaults': {
    args: decreeDefaults.partial().strict(),
    result: decreeDefaults,
  },
  /** Decrees with the documents citing them and the decrees they cite. */
  'decrees.citations': {
    args: z.object({}).strict(),
    result: z.object({ items: z.array(decreeCitations) }),
  },
  'records.list': {
    args: z
      .object({
        type: entityType.optional(),
        query: z.string().max(200).optional(),
        limit: z.number().int().min(1).max(5000).default(1000),
      })
      .strict(),
    result: z.object({ items: z.array(recordSummary) }),
  },
  /** Declares that record `from` is really record `into` (same type); survives re-extraction. */
  'records.merge': {
    args: z.object({ type: entityType, from: z.string().min(1), into: z.string().min(1) }).strict(),
    result: z.object({ ok: z.literal(true) }),
  },
  'records.split': {
    args: z.object({ type: entityType, key: z.string().min(1) }).strict(),
    result: z.object({ ok: z.literal(true) }),
  },
  /** Writes the export into a folder (desktop and CLI). */
  'export.run': {
    args: z.object({ format: exportFormat, dir: z.string().min(1), includePending: z.boolean().default(false) }).strict(),
    result: z.object({ files: z.array(z.string()), documents: z.number().int(), entities: z.number().int(), decrees: z.number().int() }),
  },
  /** Writes the dataset (data package, documents, per-type CSVs, annotation formats) into a folder (desktop and CLI). */
  'export.dataset': {
    args: exportDatasetArgs,
    result: exportDatasetResult,
  },
  /** Brings a dataset Lontar exported into the library: documents by SHA-256, entities, decisions, merges (desktop and CLI). */
  'import.dataset': {
    args: importDatasetArgs,
    result: importDatasetResult,
  },
  /** Merges results files of `lontar extract --jsonl` (read elsewhere, e.g. on a cluster) by SHA-256, without reading the files again (desktop and CLI). */
  'import.results': {
    args: importResultsArgs,
    result: importResultsResult,
  },
  /** Builds the export in memory, for browser mode to download. */
  'export.build': {
    args: z.object({ format: exportFormat, includePending: z.boolean().default(false) }).strict(),
    result: z.object({
      files: z.array(z.object({ name: z.string(), bytes })),
      documents: z.number().int(),
      entities: z.number().int(),
      decrees: z.number().int(),
    }),
  },
  'settings.get': {
    args: z.object({}).strict(),
    result: settings,
  },
  'settings.set': {
    args: z.object({ clerkName: z.string().trim().max(200).nullable() }).strict(),
    result: settings,
  },
  /** Native file/folder pickers: answered by the desktop shell only (browser mode uses a file input). */
  'dialog.openFiles': {
    args: z.object({ folders: z.boolean().default(false) }).strict(),
    result: z.object({ paths: z.array(z.string()) }),
  },
  'dialog.chooseFolder': {
    args: z.object({}).strict(),
    result: z.object({ path: z.string().nullable() }),
  },
  'import.stage': {
    args: z.object({ name: z.string().min(1).max(500), bytes }).strict(),
    result: z.object({ stagedId: z.string() }),
  },
  'import.start': {
    args: z
      .object({
        sources: z.array(importSource).min(1).max(100_000),
        ocr: ocrMode.default('auto'),
        lang: z
          .string()
          .regex(/^[a-z]{3}(\+[a-z]{3})*$/)
          .default('ind+eng'),
      })
      .strict(),
    result: z.object({ jobId: id }),
  },
  'import.cancel': {
    args: z.object({ jobId: id }).strict(),
    result: z.object({ cancelled: z.boolean() }),
  },
  'import.job': {
    args: z.object({ jobId: id }).strict(),
    result: importJob,
  },
  'import.summary': {
    args: z.object({ jobId: id }).strict(),
    result: importSummary,
  },
  /** Recent jobs, newest first, with their failures (for the failures list and retry). */
  'import.jobs': {
    args: z.object({ limit: z.number().int().min(1).max(100).default(20) }).strict(),
    result: z.object({ jobs: z.array(importJob) }),
  },
  /** Runs again the items of a job that failed, were cancelled or were cut off. */
  'import.retry': {
    args: z.object({ jobId: id }).strict(),
    result: z.object({ jobId: id }),
  },
} as const;

export type Api = typeof api;
export type MethodName = keyof Api;
/** What a caller passes (defaults optional). */
export type MethodArgs<M extends MethodName> = z.input<Api[M]['args']>;
/** What the backend receives after validation (defaults filled in). */
export type ParsedArgs<M extends MethodName> = z.output<Api[M]['args']>;
export type MethodResult<M extends MethodName> = z.output<Api[M]['result']>;

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.hasOwn(api, name);
}
