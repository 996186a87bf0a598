import { createHash } from 'node:crypto';
import { access, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { OcrMode, PageText, ReadDocument } from '../../../shared/types/document.ts';
import type { ExtractionResult } from '../../../shared/types/entity.ts';
import { throwIfAborted } from '../import/import-error.ts';
import { writeStreamAtomic } from '../storage/atomic-write.ts';
import { originalPath } from '../storage/file-store.ts';
import { readRegularFile } from './read-regular-file.ts';

/**
 * One file, one pass: read from its path, hash, read as a document (OCR included), extract, and
 * fingerprint, then keep the original. The reader threads run this (reader-worker.ts), so the
 * backend's thread only stores the result; hosts without reader threads (tests, the plain-text
 * parts) run the same function with their own parts.
 */

export interface FileJob {
  path: string;
  name: string;
  maxBytes: number;
  ocr: OcrMode;
  lang: string;
  /** The originals folder the bytes are kept in (by hash) once read; null when already kept (re-OCR). */
  originalsDir: string | null;
}

export type FileProgress =
  | { phase: 'text' | 'ocr'; page: number; pageCount: number }
  /** Reading is done; extraction of `textLength` characters starts. */
  | { phase: 'extract'; page: number; pageCount: number; textLength: number };

export interface FileReading {
  hash: string;
  size: number;
  document: ReadDocument;
  extraction: ExtractionResult;
  fingerprint: string | null;
}

/** `known`: the hash is already in the library, so the file was not read any further. */
export type FileOutcome = { kind: 'known'; hash: string; size: number } | ({ kind: 'read' } & FileReading);

export interface FileHooks {
  /** Asked once the file is hashed; true skips reading (an exact duplicate). */
  isKnown?: (hash: string, size: number) => boolean | Promise<boolean>;
  onProgress?: (p: FileProgress) => void;
  signal?: AbortSignal | undefined;
}

export interface OnePassParts {
  readDocument(
    input: { bytes: Uint8Array; name: string },
    options: {
      ocr: OcrMode;
      lang: string;
      signal?: AbortSignal | undefined;
      onProgress?: (p: { page: number; pageCount: number; phase: 'text' | 'ocr' }) => void;
    },
  ): Promise<ReadDocument>;
  extract(text: string, pages: readonly PageText[]): ExtractionResult | Promise<ExtractionResult>;
  fingerprint?: ((text: string) => string) | undefined;
}

/** The file could not be opened or read (gone, a folder, over the cap): not the document's fault. */
export class FileAccessError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'FileAccessError';
  }
}

export type FileReader = (job: FileJob, hooks: FileHooks) => Promise<FileOutcome>;

/**
 * The one-pass reader of a set of parts: their reader threads' own when they have them, else
 * `readFileOnce` on this thread with their reader and extractor (the test parts).
 */
export function fileReaderOf(parts: {
  readFile?: FileReader | undefined;
  readDocument: OnePassParts['readDocument'];
  extract: OnePassParts['extract'];
  nearDuplicates?: { fingerprint(text: string): string } | undefined;
}): FileReader {
  if (parts.readFile) return parts.readFile;
  const detector = parts.nearDuplicates;
  const onePass: OnePassParts = {
    readDocument: parts.readDocument,
    extract: parts.extract,
    fingerprint: detector ? (text) => detector.fingerprint(text) : undefined,
  };
  return (job, hooks) => readFileOnce(onePass, job, hooks);
}

export async function readFileOnce(parts: OnePassParts, job: FileJob, hooks: FileHooks = {}): Promise<FileOutcome> {
  let bytes: Uint8Array;
  try {
    bytes = await readRegularFile(job.path, job.maxBytes);
  } catch (error) {
    throw new FileAccessError(error instanceof Error ? error.message : String(error), { cause: error });
  }
  const hash = createHash('sha256').update(bytes).digest('hex');
  const known = await hooks.isKnown?.(hash, bytes.byteLength);
  throwIfAborted(hooks.signal);
  if (known) return { kind: 'known', hash, size: bytes.byteLength };
  const document = await parts.readDocument(
    { bytes, name: job.name },
    {
      ocr: job.ocr,
      lang: job.lang,
      signal: hooks.signal,
      ...(hooks.onProgress ? { onProgress: hooks.onProgress } : {}),
    },
  );
  hooks.onProgress?.({ phase: 'extract', page: 0, pageCount: document.pages.length, textLength: document.text.length });
  const extraction = await parts.extract(document.text, document.pages);
  const fingerprint = parts.fingerprint?.(document.text) ?? null;
  if (job.originalsDir) await keepOriginal(job.originalsDir, hash, bytes);
  return { kind: 'read', hash, size: bytes.byteLength, document, extraction, fingerprint };
}

/** Content-addressed: a copy already there is the same bytes, and is left as it is. */
async function keepOriginal(originalsDir: string, hash: string, bytes: Uint8Array): Promise<void> {
  const target = originalPath(originalsDir, hash);
  if (
    await access(target).then(
      () => true,
      () => false,
    )
  )
    return;
  await mkdir(dirname(target), { recursive: true });
  await writeStreamAtomic(
    target,
    (async function* () {
      yield bytes;
    })(),
    Number.POSITIVE_INFINITY,
  );
}
