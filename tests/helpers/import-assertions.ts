import { expect } from 'vitest';
import { ImportError } from '../../electron/backend/import/import-error.ts';
import { cleanText } from '../../shared/extract/text/clean-text.ts';
import { PAGE_SEPARATOR } from '../../shared/text/pages.ts';
import type { ReadDocument } from '../../shared/types/document.ts';

/** The ImportError a read ends with (fails the test when it succeeds or throws anything else). */
export async function importError(promise: Promise<unknown>): Promise<ImportError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError);
    return error as ImportError;
  }
  throw new Error('expected an ImportError');
}

/** Every page and word offset points at its text; the text is clean; pages are joined by the separator. */
export function expectConsistentOffsets(doc: ReadDocument): void {
  expect(cleanText(doc.text)).toBe(doc.text);
  if (doc.pages.length) expect(doc.pages.map((p) => p.text).join(PAGE_SEPARATOR)).toBe(doc.text);
  for (const page of doc.pages) {
    expect(doc.text.slice(page.start, page.end)).toBe(page.text);
    for (const word of page.words) {
      expect(doc.text.slice(word.start, word.end)).toBe(word.text);
      expect(word.start).toBeGreaterThanOrEqual(page.start);
      expect(word.end).toBeLessThanOrEqual(page.end);
      expect(word.x).toBeGreaterThanOrEqual(-1);
      expect(word.y).toBeGreaterThanOrEqual(-1);
      expect(word.x + word.width).toBeLessThanOrEqual(page.width + 1);
      expect(word.y + word.height).toBeLessThanOrEqual(page.height + 1);
    }
  }
}
