import type { OcrMode, PageText, ReadDocument, SourceType } from '../../../shared/types/document.ts';
import type { ExtractionResult } from '../../../shared/types/entity.ts';
import type { ImportErrorCode } from './import-error.ts';

/** Messages between the backend and the reader thread (structured clone, bytes transferred). */
export type ToReader =
  | { kind: 'read'; id: number; bytes: Uint8Array; name: string; ocr: OcrMode; lang: string }
  | { kind: 'extract'; id: number; text: string; pages: PageText[] }
  | { kind: 'render'; id: number; bytes: Uint8Array; sourceType: SourceType; pageNo: number }
  | { kind: 'cancel'; id: number }
  | { kind: 'close' };

export type FromReader =
  | { kind: 'progress'; id: number; page: number; pageCount: number; phase: 'text' | 'ocr' }
  | { kind: 'read-done'; id: number; value: ReadDocument }
  | { kind: 'extract-done'; id: number; value: ExtractionResult }
  | { kind: 'render-done'; id: number; value: { png: Uint8Array; width: number; height: number } }
  | { kind: 'failed'; id: number; error: { code: ImportErrorCode | null; message: string } }
  | { kind: 'closed' };

export interface ReaderWorkerData {
  /** Where OCR language data is unpacked (the library's cache folder). */
  cacheDir: string | null;
  /** The app's resources/ folder (gazetteers). */
  resourcesDir: string | null;
  /** OCR workers this reader thread may run (the machine's share for one reader thread). */
  ocrWorkers: number | null;
}
