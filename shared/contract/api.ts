import { z } from 'zod';
import {
  bytes, documentDetail, documentStatus, documentSummary, id, importJob, importSource, importSummary, ocrMode,
} from './schemas.ts';

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
    args: z.object({
      query: z.string().max(500).optional(),
      status: documentStatus.optional(),
      limit: z.number().int().min(1).max(1000).default(200),
      offset: z.number().int().min(0).default(0),
    }).strict(),
    result: z.object({ total: z.number().int().nonnegative(), items: z.array(documentSummary) }),
  },
  'documents.get': {
    args: z.object({ id }).strict(),
    result: documentDetail,
  },
  'import.stage': {
    args: z.object({ name: z.string().min(1).max(500), bytes }).strict(),
    result: z.object({ stagedId: z.string() }),
  },
  'import.start': {
    args: z.object({
      sources: z.array(importSource).min(1).max(100_000),
      ocr: ocrMode.default('auto'),
      lang: z.string().regex(/^[a-z]{3}(\+[a-z]{3})*$/).default('ind+eng'),
    }).strict(),
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
