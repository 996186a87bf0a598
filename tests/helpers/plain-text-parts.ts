import { extname } from 'node:path';
import { cleanText } from '../../shared/extract/text/clean-text.ts';
import type { DocumentParts } from '../../electron/backend/backend.ts';
import type { ExtractionResult } from '../../shared/types/entity.ts';

/**
 * Minimal document parts for storage and host tests: UTF-8 text only, and an extractor that
 * marks every "Dinas Sosial" so stored entities can be checked. The real readers and engine
 * have their own tests; here the subject is the pipeline around them.
 */
export function plainTextParts(options: { delayMs?: number } = {}): DocumentParts {
  return {
    async readDocument({ bytes }, { signal }) {
      if (options.delayMs) await new Promise((r) => setTimeout(r, options.delayMs));
      if (signal?.aborted) throw new Error('cancelled');
      if (bytes.length === 0) throw new Error('The file is empty');
      let text: string;
      try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      } catch {
        throw new Error('This is not a text file');
      }
      if (text.includes('\u0000')) throw new Error('This is not a text file');
      return { mime: 'text/plain', sourceType: 'text', text: cleanText(text), title: null, language: 'id', pages: [] };
    },
    extract(text): ExtractionResult {
      const entities = [...text.matchAll(/Dinas Sosial/g)].slice(0, 1).map((m) => ({
        type: 'organization' as const,
        normalized: 'Dinas Sosial',
        text: m[0],
        start: m.index,
        end: m.index + m[0].length,
        attributes: {},
        confidence: 0.9,
        rule: 'test.org',
        mentions: [{ start: m.index, end: m.index + m[0].length, text: m[0], rule: 'test.org', confidence: 0.9 }],
      }));
      return { entities, skipped: [], particulars: null, particulars_sources: {}, structure: [] };
    },
    isSupported: (name) => ['.txt'].includes(extname(name).toLowerCase()),
    regionExists: (code) => ['16', '16.06', '16.71', '32', '32.09'].includes(code),
    renderPage: () => Promise.reject(new Error('plain text has no pages')),
  };
}
