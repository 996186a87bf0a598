import type { PageText } from '../types/document.ts';
import type { ExtractedEntity, ExtractionResult } from '../types/entity.ts';
import type { Particulars } from '../types/particulars.ts';
import { readDecree } from './particulars/read-decree.ts';
import type { ExtractionResources, PreparedResources } from './resources.ts';
import { asPrepared } from './resources.ts';
import { makeDoc } from './doc.ts';
import { detectBoilerplate } from './text/boilerplate.ts';
import { markSkippedTokens, tokenAt } from './text/ranges.ts';
import { tokenize } from './text/tokenize.ts';
import { repairOcr } from './text/ocr.ts';
import { findDates } from './extractors/date.ts';
import { findDecrees } from './extractors/decree.ts';
import { findRegions, regionRawMentions } from './extractors/region.ts';
import { findOrganizations, organizationRawMentions } from './extractors/organization.ts';
import { findOfficials, officialRawMentions } from './extractors/official.ts';
import { findScores } from './extractors/score.ts';
import { groupMentions } from './group-mentions.ts';
import type { RawMention } from './mention.ts';

/** Whether span `a` overlaps one of `sorted` (sorted by start, non-overlapping): binary search. */
function overlapsAny(a: { start: number; end: number }, sorted: readonly { start: number; end: number }[]): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as { end: number }).end <= a.start) lo = mid + 1;
    else hi = mid;
  }
  const x = sorted[lo];
  return x !== undefined && x.start < a.end;
}

/**
 * The instrument's own number among the decrees it cites: its decree entity gets `own: true`
 * (keys compared as NUMBER/YEAR; "…/TAHUN 2024" written inside an agenda number reads as "…/2024").
 */
function markOwnNumber(entities: ExtractedEntity[], particulars: Particulars | null): void {
  if (!particulars?.number) return;
  const number = particulars.number.replace(/\/TAHUN\s(\d{4})$/i, '/$1');
  const key = particulars.year && !number.endsWith(`/${particulars.year}`) ? `${number}/${particulars.year}` : number;
  for (const e of entities) {
    if (
      e.type === 'decree' &&
      e.normalized === key &&
      (!particulars.kind || e.attributes['kind'] === particulars.kind || e.attributes['kind'] === 'other')
    ) {
      e.attributes = { ...e.attributes, own: true };
      return;
    }
  }
}

/**
 * The extraction engine: clean text in, grouped entities and skipped (boilerplate) ranges
 * out, and for an instrument its particulars and structure (`pages` locates each field on its
 * page). Pure and deterministic: no I/O, no clock. Pass resources prepared once with
 * prepareResources() when extracting many documents (raw resources are prepared on first
 * use and remembered per object).
 */
export function extractDocument(
  text: string,
  resources: ExtractionResources | PreparedResources,
  layout: { pages?: readonly PageText[] } = {},
): ExtractionResult {
  const res = asPrepared(resources);
  if (!text) return { entities: [], skipped: [], particulars: null, particulars_sources: {}, structure: [] };
  const skipped = detectBoilerplate(text);
  // Tokens, dates and keys are read from the OCR-repaired copy; spans and surfaces from the text.
  const norm = repairOcr(text);
  const ts = tokenize(text, norm);
  markSkippedTokens(ts, skipped);
  const doc = makeDoc(ts, res);

  // Dates and decree numbers first: their digits are never scores.
  const decrees = findDecrees(doc);
  const claimed = doc.arena.uint8();
  for (const d of decrees) claimed.fill(1, d.firstToken, d.endToken);
  const dates = findDates(text, skipped, norm, ts).filter((d) => !overlapsAny(d, decrees));
  for (const d of dates) claimed.fill(1, tokenAt(ts, d.start), tokenAt(ts, d.end));

  const regions = findRegions(doc);
  const orgs = findOrganizations(doc, regions);
  const officials = findOfficials(doc, regions, orgs);
  // A region name inside a person's name is part of the name.
  const inName = doc.arena.uint8();
  for (const o of officials) inName.fill(1, o.nameFirst, o.nameEnd);
  const scores = findScores(doc, claimed, regions, orgs, layout.pages ?? []);

  // concat(), not spreads: each spread runs the iteration protocol element by element.
  const raw: RawMention[] = regionRawMentions(doc, regions, (i) => inName[i] === 1).concat(
    officialRawMentions(officials),
    organizationRawMentions(doc, orgs),
    scores,
    dates,
    decrees.map(({ firstToken: _f, endToken: _e, ...m }) => m),
  );
  const entities = groupMentions(raw);
  const reading = readDecree({ text, doc, decrees, pages: layout.pages ?? [] });
  markOwnNumber(entities, reading.particulars);
  return { entities, skipped, ...reading };
}
