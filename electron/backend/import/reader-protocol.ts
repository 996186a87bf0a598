import type { OcrMode, PageText, ReadDocument, SourceType } from '../../../shared/types/document.ts';
import type { ExtractionResult } from '../../../shared/types/entity.ts';
import type { ImportErrorCode } from './import-error.ts';
import type { FileJob, FileOutcome } from '../pipeline/read-file-once.ts';
import type { StoredFingerprint } from '../pipeline/near-duplicates.ts';

/** Messages between the backend and the reader thread (structured clone, bytes transferred). */
export type ToReader =
  | { kind: 'read'; id: number; bytes: Uint8Array; name: string; ocr: OcrMode; lang: string }
  | { kind: 'extract'; id: number; text: string; pages: PageText[] }
  /** One pass over a file named by path (read-file-once.ts); answered by `hashed`, then `import-done`. */
  | { kind: 'import'; id: number; job: FileJob }
  /** The answer to `hashed`: whether the library already holds that hash (the file is then not read further). */
  | { kind: 'known'; id: number; known: boolean }
  /** A page image of an original given as bytes, or by its path (read on the reader thread). */
  | { kind: 'render'; id: number; original: Uint8Array | string; sourceType: SourceType; pageNo: number }
  /** The near-duplicate thread (near-duplicate-thread.ts): the library's fingerprints, kept there, and a comparison against them. */
  | { kind: 'fingerprints'; rows: StoredFingerprint[] }
  | { kind: 'forget-fingerprint'; documentId: number }
  | { kind: 'similar'; id: number; fingerprint: string }
  | { kind: 'cancel'; id: number }
  | { kind: 'close' };

export type FromReader =
  | { kind: 'progress'; id: number; page: number; pageCount: number; phase: 'text' | 'ocr' | 'extract'; textLength?: number }
  | { kind: 'hashed'; id: number; hash: string; size: number }
  | { kind: 'import-done'; id: number; value: FileOutcome }
  | { kind: 'read-done'; id: number; value: ReadDocument }
  | { kind: 'extract-done'; id: number; value: ExtractionResult }
  | { kind: 'render-done'; id: number; value: { png: Uint8Array; width: number; height: number } }
  | { kind: 'similar-done'; id: number; value: { id: number; similarity: number } | null }
  /** `access`: the file itself could not be opened or read (FileAccessError), not its contents. */
  | { kind: 'failed'; id: number; error: { code: ImportErrorCode | null; message: string; access?: boolean } }
  | { kind: 'closed' };

export interface ReaderWorkerData {
  /** Where OCR language data is unpacked (the library's cache folder). */
  cacheDir: string | null;
  /** The app's resources/ folder (gazetteers). */
  resourcesDir: string | null;
  /** OCR workers this reader thread may run (the machine's share for one reader thread). */
  ocrWorkers: number | null;
}
