import { mergedRecordKey } from '../../../shared/records/record-key.ts';
import type { EntityType } from '../../../shared/types/entity.ts';
import type { EntityRow } from '../storage/repositories/entities-repository.ts';
import type { ExportDocumentRow } from '../storage/repositories/documents-repository.ts';
import { csvCell, csvDocument } from './csv.ts';
import type { ExportFile } from './build-export.ts';

/** Columns of scores.csv (documented in the README): one row per score. */
export const SCORES_COLUMNS = [
  'document_id',
  'document_name',
  'record_key',
  'subject',
  'subject_key',
  'subject_name',
  'subject_region',
  'index',
  'year',
  'value',
  'grade',
  'predicate',
  'rank',
  'start',
  'end',
  'page',
  'status',
] as const;

export interface ScoresContext {
  /** Official region names by code. */
  regionNames: ReadonlyMap<string, string>;
  pageRanges: ReadonlyArray<{ documentId: number; pageNo: number; start: number; end: number }>;
  /** The library's record merges (records-service resolver): record_key is the score's record after them. */
  resolveKey: (type: EntityType, key: string) => string;
}

const text = (v: unknown): string | null =>
  v === null || v === undefined || v === '' ? null : Array.isArray(v) ? v.join('; ') : String(v);

/**
 * The scores dataset: who got which score, under which index, in which year, traceable to the
 * span it was read from. Codes stay text (a region code "16.10" is not the number 16.1); the
 * subject name is the official region name for a region code, the unit's key for a unit.
 */
export function buildScoresCsv(entities: readonly EntityRow[], documents: readonly ExportDocumentRow[], ctx: ScoresContext): ExportFile {
  const names = new Map(documents.map((d) => [d.id, d.name]));
  return {
    name: 'scores.csv',
    content: csvDocument(
      SCORES_COLUMNS,
      scoreRows(entities, (id) => names.get(id), ctx),
    ),
  };
}

/** The CSV cells of scores.csv for these entities (the dataset writes them a page of documents at a time). */
export function scoreRows(
  entities: readonly EntityRow[],
  nameOf: (documentId: number) => string | undefined,
  ctx: ScoresContext,
): string[][] {
  const pagesOf = new Map<number, Array<{ pageNo: number; start: number; end: number }>>();
  for (const p of ctx.pageRanges) {
    const list = pagesOf.get(p.documentId) ?? [];
    list.push(p);
    pagesOf.set(p.documentId, list);
  }
  return entities
    .filter((e) => e.type === 'score')
    .map((e) => {
      const a = e.attributes;
      const keys = Array.isArray(a.subject_key)
        ? a.subject_key
        : a.subject_key === null || a.subject_key === undefined
          ? []
          : [String(a.subject_key)];
      const subjectName = keys.map((k) => ctx.regionNames.get(k) ?? k).join('; ');
      const page = pagesOf.get(e.documentId)?.find((p) => e.start >= p.start && e.start < p.end)?.pageNo ?? null;
      return [
        csvCell(e.documentId, { numeric: true }),
        csvCell(nameOf(e.documentId)),
        csvCell(mergedRecordKey(ctx.resolveKey, e)),
        csvCell(text(a.subject)),
        csvCell(keys.join('; ')),
        csvCell(subjectName || null),
        csvCell(text(a.subject_region)),
        csvCell(text(a.index)),
        csvCell(text(a.year), { numeric: true }),
        csvCell(e.normalized, { numeric: true }),
        csvCell(text(a.grade)),
        csvCell(text(a.predicate)),
        csvCell(text(a.rank), { numeric: true }),
        csvCell(e.start, { numeric: true }),
        csvCell(e.end, { numeric: true }),
        csvCell(page, { numeric: true }),
        csvCell(e.status),
      ];
    });
}
