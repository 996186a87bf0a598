import type { PageText } from '../../types/document.ts';
import type { DecreeReading } from '../../types/particulars.ts';
import type { Doc } from '../doc.ts';
import type { DecreeMention } from '../extractors/decree.ts';

/** What the particulars reader gets: the tokenised document, its decree mentions and its pages. */
export interface DecreeInput {
  text: string;
  doc: Doc;
  decrees: readonly DecreeMention[];
  pages: readonly PageText[];
}

/** Reads an instrument's particulars and structure; a non-instrument gets null particulars. */
export function readDecree(_input: DecreeInput): DecreeReading {
  return { particulars: null, particulars_sources: {}, structure: [] };
}
