import type { MethodResult } from '../../../../shared/contract/api.ts';

export type DocumentDetail = MethodResult<'documents.get'>;
export type EntityRecord = DocumentDetail['entities'][number];
export type ReviewOutcome = MethodResult<'entities.review'>;
export type PageSummary = DocumentDetail['pages'][number];
export type PageImage = MethodResult<'documents.page'>;
export type WordBox = PageImage['words'][number];

export interface Span {
  start: number;
  end: number;
}

/** Where an entity is mentioned: every mention, or its own span when it lists none. */
export function mentionSpans(entity: EntityRecord): readonly Span[] {
  return entity.mentions.length > 0 ? entity.mentions : [{ start: entity.start, end: entity.end }];
}

/** The page (of a paged source) holding a text offset. */
export function pageAt(pages: readonly PageSummary[], offset: number): PageSummary | undefined {
  return pages.find((p) => offset >= p.start && offset < p.end) ?? pages.findLast((p) => offset >= p.start);
}
