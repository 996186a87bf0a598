import type { OcrMode, ReadDocument } from '../../../shared/types/document.ts';
import { readDocx } from './docx.ts';
import { readHtml } from './html.ts';
import { readImage } from './image-document.ts';
import { LIMITS } from './limits.ts';
import { ImportError, isImportError, throwIfAborted } from './import-error.ts';
import { createOcrPool, DEFAULT_OCR_LANG } from './ocr-pool.ts';
import type { OcrPool } from './ocr-pool.ts';
import { readPdf } from './pdf.ts';
import { describeUnsupported, extensionOf, sniffFormat } from './sniff.ts';
import { readText } from './text.ts';

/*
 * The one entry point of the import readers: bytes and a file name in, clean text with page
 * structure out, or an ImportError. The format is sniffed from the bytes; the name only breaks
 * ties and words the messages.
 *
 * OCR: pass the app's long-lived `ocrPool`. Without one (or when `lang` differs from the pool's
 * language) a pool is created for this call and shut down at its end.
 *
 * Progress: phase 'text' counts PDF pages read (page of pageCount); phase 'ocr' counts pages
 * OCR'd so far (page) of the pages that need OCR in this document (pageCount).
 */
export interface ReadDocumentOptions {
  ocr: OcrMode;
  lang?: string;
  ocrPool?: OcrPool;
  onProgress?: (p: { page: number; pageCount: number; phase: 'text' | 'ocr' }) => void;
  signal?: AbortSignal;
}

/** What a file's extension says it is, for the formats whose bytes Lontar recognises. */
const CLAIMED_FORMATS: Readonly<Record<string, string>> = {
  '.pdf': 'PDF',
  '.docx': 'DOCX',
  '.png': 'image',
  '.jpg': 'image',
  '.jpeg': 'image',
  '.tif': 'image',
  '.tiff': 'image',
};

function refuseUnknown(bytes: Uint8Array, name: string): never {
  const known = describeUnsupported(bytes);
  if (known)
    throw new ImportError(
      'unsupported',
      `This file is ${known}, which Lontar cannot import. Supported: PDF, Word (.docx), web pages (.html), text files and PNG, JPEG or TIFF images.`,
    );
  if (extensionOf(name) === '.txt' || extensionOf(name) === '.htm' || extensionOf(name) === '.html') {
    throw new ImportError(
      'not-text',
      'This file is not a text file: its contents are binary data. Check that the file name matches what it really is.',
    );
  }
  const claimed = CLAIMED_FORMATS[extensionOf(name)];
  // Named as a format Lontar reads, but not that format inside: a broken download or copy, not a format to convert.
  if (claimed)
    throw new ImportError(
      'corrupt',
      `Damaged ${claimed}: this file is named as a ${claimed} but its contents cannot be read as one (a broken download or copy?).`,
    );
  throw new ImportError(
    'unsupported',
    'Lontar does not recognise this kind of file. Supported: PDF, Word (.docx), web pages (.html), text files and PNG, JPEG or TIFF images.',
  );
}

function isEncryptedOffice(bytes: Uint8Array): boolean {
  // A password-protected .docx is an OLE container holding a stream named "EncryptedPackage".
  if (bytes[0] !== 0xd0 || bytes[1] !== 0xcf || bytes[2] !== 0x11 || bytes[3] !== 0xe0) return false;
  const needle = 'EncryptedPackage';
  const limit = Math.min(bytes.length, 1 << 20);
  outer: for (let i = 0; i + needle.length * 2 <= limit; i += 1) {
    for (let j = 0; j < needle.length; j += 1) {
      if (bytes[i + j * 2] !== needle.charCodeAt(j) || bytes[i + j * 2 + 1] !== 0) continue outer;
    }
    return true;
  }
  return false;
}

export async function readDocument(input: { bytes: Uint8Array; name: string }, options: ReadDocumentOptions): Promise<ReadDocument> {
  const { bytes, name } = input;
  throwIfAborted(options.signal);
  if (bytes.length === 0) throw new ImportError('empty', 'This file is empty (0 bytes): there is nothing to import.');
  if (bytes.length > LIMITS.maxFileBytes)
    throw new ImportError(
      'too-large',
      `This file is larger than ${LIMITS.maxFileBytes / 1024 / 1024} MB, the most Lontar imports at once.`,
    );
  if (isEncryptedOffice(bytes)) {
    throw new ImportError('encrypted', 'This Word document is password-protected. Remove the password in Word and import it again.');
  }
  const format = sniffFormat(bytes, name);
  if (!format) refuseUnknown(bytes, name);

  const lang = options.lang ?? options.ocrPool?.lang ?? DEFAULT_OCR_LANG;
  let ownPool: OcrPool | null = null;
  const getOcrPool = (): OcrPool => {
    if (options.ocrPool && options.ocrPool.lang === lang) return options.ocrPool;
    ownPool ??= createOcrPool({ lang });
    return ownPool;
  };
  const paged = { ocr: options.ocr, getOcrPool, onProgress: options.onProgress, signal: options.signal };
  try {
    switch (format.sourceType) {
      case 'text':
        return readText(bytes);
      case 'html':
        return readHtml(bytes);
      case 'docx':
        return await readDocx(bytes);
      case 'pdf':
        return await readPdf(bytes, paged);
      case 'image':
        return await readImage(bytes, paged);
      default:
        return refuseUnknown(bytes, name);
    }
  } catch (error) {
    if (isImportError(error)) throw error;
    // Library bugs and unforeseen input end here: still an ImportError, never a raw crash.
    throw new ImportError('corrupt', 'This file could not be read: it appears to be damaged.', { cause: error });
  } finally {
    if (ownPool) await (ownPool as OcrPool).terminate();
  }
}
