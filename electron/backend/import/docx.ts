import mammoth from 'mammoth';
import type { ReadDocument } from '../../../shared/types/document.ts';
import { cleanText } from '../../../shared/extract/text/clean-text.ts';
import { detectLanguage } from '../../../shared/text/language.ts';
import { ImportError } from './import-error.ts';
import { LIMITS } from './limits.ts';
import { firstLineTitle } from './text.ts';
import { readZipDirectory } from './zip-directory.ts';
import { inflatedSize } from './zip-inflate.ts';

/** Word documents: the body text, one paragraph per blank-line-separated block (mammoth's raw text). */
export async function readDocx(bytes: Uint8Array): Promise<ReadDocument> {
  const entries = readZipDirectory(bytes);
  if (!entries) throw new ImportError('corrupt', 'This Word document is damaged: its contents cannot be opened.');
  // mammoth inflates parts fully in memory; refuse a zip bomb from its directory first.
  const total = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
  if (entries.some((e) => e.uncompressedSize === 0xffffffff) || total > LIMITS.maxDocxUnpackedBytes) {
    throw new ImportError('too-large', 'This Word document is too large to import (it unpacks to more than 256 MB).');
  }
  // The directory can lie: inflate the parts mammoth reads (the XML, not the pictures), counting
  // and discarding, and stop past the cap.
  const xmlParts = entries.filter((e) => /\.(xml|rels)$/i.test(e.name));
  const inflated = await inflatedSize(bytes, xmlParts, LIMITS.maxDocxXmlBytes);
  if (inflated === null) throw new ImportError('corrupt', 'This Word document is damaged: its contents cannot be opened.');
  if (inflated > LIMITS.maxDocxXmlBytes) {
    throw new ImportError(
      'too-large',
      `This Word document is too large to import: its text unpacks to more than ${LIMITS.maxDocxXmlBytes / 1024 / 1024} MB.`,
    );
  }
  let raw: string;
  try {
    const result = await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
    raw = result.value;
  } catch (error) {
    throw new ImportError('corrupt', 'This Word document is damaged or not a real .docx file: it cannot be opened.', { cause: error });
  }
  // Mammoth ends every paragraph with "\n\n"; trim line ends and keep at most one blank line.
  const text = cleanText(raw)
    .split('\n')
    .map(trimTrailingBlanks)
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return {
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    sourceType: 'docx',
    text,
    title: firstLineTitle(text),
    language: detectLanguage(text),
    pages: [],
  };
}

/** Drops spaces and tabs at the end of a line; an index loop, linear on any line (a `[ \t]+$` regex is quadratic on a long run of blanks). */
function trimTrailingBlanks(line: string): string {
  let end = line.length;
  while (end > 0 && (line.charCodeAt(end - 1) === 0x20 || line.charCodeAt(end - 1) === 0x09)) end -= 1;
  return end === line.length ? line : line.slice(0, end);
}
