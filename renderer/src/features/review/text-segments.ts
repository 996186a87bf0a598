import type { EntityType, EntityStatus } from '../../../../shared/types/entity.ts';
import { mentionSpans } from './review-types.ts';
import type { EntityRecord, PageSummary, Span } from './review-types.ts';

/** A run of the clean text with the same highlighting throughout. */
export interface Segment {
  start: number;
  end: number;
  /** Every entity with a mention covering this run. */
  cover: number[];
  /** The innermost (shortest) non-rejected mention's entity: its colour is shown, a click selects it. */
  primary: number | null;
  type: EntityType | null;
  status: EntityStatus | null;
  skipped: boolean;
  /** Set on the run where a page begins. */
  pageNo: number | null;
}

interface Mark {
  id: number;
  type: EntityType;
  status: EntityStatus;
  start: number;
  end: number;
}

/**
 * Cuts the text at every mention, boilerplate and page boundary. Segments tile the text
 * exactly (their concatenation is the clean text), so DOM offsets map to clean-text offsets.
 */
export function buildSegments(
  textLength: number,
  entities: Iterable<EntityRecord>,
  skipped: readonly Span[],
  pages: readonly PageSummary[],
): Segment[] {
  const marks: Mark[] = [];
  const cuts = new Set<number>([0, textLength]);
  const clamp = (n: number) => Math.max(0, Math.min(textLength, n));
  for (const e of entities) {
    for (const m of mentionSpans(e)) {
      const start = clamp(m.start),
        end = clamp(m.end);
      if (end <= start) continue;
      marks.push({ id: e.id, type: e.type, status: e.status, start, end });
      cuts.add(start).add(end);
    }
  }
  const skips = skipped.map((s) => ({ start: clamp(s.start), end: clamp(s.end) })).filter((s) => s.end > s.start);
  for (const s of skips) cuts.add(s.start).add(s.end);
  const pageStarts = new Map<number, number>();
  for (const p of pages) {
    const at = clamp(p.start);
    if (at < textLength && !pageStarts.has(at)) pageStarts.set(at, p.pageNo);
    cuts.add(at);
  }
  const points = [...cuts].sort((a, b) => a - b);
  marks.sort((a, b) => a.start - b.start);

  const segments: Segment[] = [];
  let active: Mark[] = [];
  let next = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!,
      end = points[i + 1]!;
    active = active.filter((m) => m.end > start);
    while (next < marks.length && marks[next]!.start <= start) {
      if (marks[next]!.end > start) active.push(marks[next]!);
      next++;
    }
    let primary: Mark | null = null;
    for (const m of active) {
      if (!primary || rank(m) < rank(primary)) primary = m;
    }
    const cover = [...new Set(active.map((m) => m.id))];
    segments.push({
      start,
      end,
      cover,
      primary: primary?.id ?? null,
      type: primary?.type ?? null,
      status: primary?.status ?? null,
      skipped: skips.some((s) => s.start <= start && s.end >= end),
      pageNo: pageStarts.get(start) ?? null,
    });
  }
  return segments;
}

/** Non-rejected before rejected, then the shortest mention. */
function rank(m: Mark): number {
  return (m.status === 'rejected' ? 1e9 : 0) + (m.end - m.start);
}
