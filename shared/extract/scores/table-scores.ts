import type { PageText } from '../../types/document.ts';
import type { Attributes } from '../../types/entity.ts';
import type { Doc } from '../doc.ts';
import type { RegionFindings } from '../extractors/region.ts';
import type { OrgFindings } from '../extractors/organization.ts';
import { tokenAt } from '../text/ranges.ts';
import { squash } from '../normalize/text-forms.ts';
import { linesFromPages, linesFromText } from './table-grid.ts';
import { readTables } from './table-reader.ts';
import type { TableScore } from './table-reader.ts';
import { subjectInCell } from './score-subject.ts';

/** Table findings by token: the value cells that are scores, and the other numeric cells that are not. */
export interface TableTokens {
  scores: Map<number, TableScore>;
  blocked: Set<number>;
}

/**
 * Tables of the document, from its text (aligned columns) and from its pages' word positions
 * (PDF text layer, OCR word boxes), keyed by the first token of each cell.
 */
export function tableTokens(doc: Doc, pages: readonly PageText[]): TableTokens {
  const scores = new Map<number, TableScore>();
  const blocked = new Set<number>();
  // A table needs a line of two cells: without a bar, a tab or two spaces in a row anywhere
  // (as the tokenizer noted), every line of the text is one cell and there is nothing to read.
  const readings = doc.ts.cellBreaks ? [readTables(linesFromText(doc.ts.text))] : [];
  if (pages.some((p) => p.words.length > 0)) readings.push(readTables(linesFromPages(pages)));
  for (const r of readings) {
    for (const s of r.scores) {
      const i = tokenAt(doc.ts, s.start);
      if (!scores.has(i)) scores.set(i, s);
    }
    for (const n of r.notScores) blocked.add(tokenAt(doc.ts, n.start));
  }
  for (const i of scores.keys()) blocked.delete(i);
  return { scores, blocked };
}

/** A table score's attributes; what the table leaves open (index, year) comes from the text around it. */
export function tableAttributes(doc: Doc, t: TableScore, around: Attributes, regions: RegionFindings, orgs: OrgFindings): Attributes {
  const first = t.subject ? tokenAt(doc.ts, t.subject.start) : -1;
  const end = t.subject ? tokenAt(doc.ts, t.subject.end) : -1;
  const subject = t.subject ? subjectInCell(doc, first, end, regions, orgs) : null;
  return {
    subject: t.subject ? squash(doc.ts.text.slice(t.subject.start, t.subject.end)) : null,
    subject_key: subject?.key ?? null,
    subject_region: subject?.region ?? null,
    grade: t.grade,
    predicate: t.predicate,
    index: t.index ?? around.index ?? null,
    year: t.year ?? around.year ?? null,
    rank: t.rank,
  };
}
