import type { Database } from 'better-sqlite3';
import type { DocumentStatus, PageText, SourceType } from '../../../../shared/types/document.ts';
import type { SkippedRange } from '../../../../shared/types/entity.ts';
import type { DecreeKind } from '../../../../shared/types/particulars.ts';
import type { RecordStatus } from '../../../../shared/types/decree-record.ts';
import { libraryCounts, libraryTotal } from './library-counts.ts';
import { filterClause, FROM } from './library-query.ts';
import type { LibraryFilter } from './library-query.ts';
import { searchPassage } from './search-passage.ts';
import type { SnippetPiece } from './search-passage.ts';

export interface NewDocument {
  contentHash: string;
  sourcePath: string | null;
  originalName: string;
  mime: string;
  sourceType: SourceType;
  size: number;
  importedAt: string;
  title: string | null;
  text: string;
  language: string | null;
  skipped: SkippedRange[];
  fingerprint: string | null;
  nearDuplicateOf: number | null;
  nearDuplicateSimilarity: number | null;
}

export interface DocumentSummaryRow {
  id: number;
  name: string;
  sourcePath: string | null;
  status: DocumentStatus;
  sourceType: SourceType;
  mime: string;
  size: number;
  importedAt: string;
  title: string | null;
  pageCount: number;
  pendingCount: number;
  confirmedCount: number;
  nearDuplicateOf: number | null;
  decree: DecreeSummaryRow | null;
}

/** What the library shows for an instrument instead of its file name. */
export interface DecreeSummaryRow {
  kind: DecreeKind | null;
  number: string | null;
  title: string | null;
  issuer: string | null;
  year: number | null;
  dateEstablished: string | null;
  status: RecordStatus;
  instrument: boolean;
}

export type LibrarySort =
  'imported' | 'date_established' | 'kind' | 'number' | 'title' | 'name' | 'status' | 'pending' | 'confirmed' | 'type';

export interface DocumentRow extends DocumentSummaryRow {
  contentHash: string;
  text: string;
  language: string | null;
  skipped: SkippedRange[];
}

export interface ExportDocumentRow {
  id: number;
  name: string;
  sourcePath: string | null;
  sourceType: SourceType;
  mime: string;
  contentHash: string;
  importedAt: string;
  status: DocumentStatus;
  title: string | null;
  language: string | null;
  text: string;
}

export interface StoredPage extends Omit<PageText, 'words'> {
  wordsJson: string;
}

export interface ListQuery extends LibraryFilter {
  sort?: LibrarySort | undefined;
  descending?: boolean | undefined;
  limit: number;
  offset: number;
}

const SUMMARY_COLUMNS = `
  d.id, d.original_name AS name, d.source_path AS sourcePath, d.status, d.source_type AS sourceType,
  d.mime, d.size, d.imported_at AS importedAt, d.title, d.near_duplicate_of AS nearDuplicateOf,
  (SELECT count(*) FROM pages p WHERE p.document_id = d.id) AS pageCount,
  (SELECT count(*) FROM entities e WHERE e.document_id = d.id AND e.status = 'pending') AS pendingCount,
  (SELECT count(*) FROM entities e WHERE e.document_id = d.id AND e.status IN ('confirmed','edited')) AS confirmedCount,
  r.document_id AS decreeOf, r.kind AS decreeKind, r.number AS decreeNumber, r.title AS decreeTitle, r.issuer AS decreeIssuer,
  r.year AS decreeYear, r.date_established AS decreeDate, r.status AS decreeStatus, r.instrument AS decreeInstrument`;

interface RawSummary extends Omit<DocumentSummaryRow, 'decree'> {
  decreeOf: number | null;
  decreeKind: DecreeKind | null;
  decreeNumber: string | null;
  decreeTitle: string | null;
  decreeIssuer: string | null;
  decreeYear: number | null;
  decreeDate: string | null;
  decreeStatus: RecordStatus | null;
  decreeInstrument: number | null;
}

type DecreeColumns = Exclude<keyof RawSummary, keyof DocumentSummaryRow>;

function toSummary<T extends RawSummary>(raw: T): Omit<T, DecreeColumns> & { decree: DecreeSummaryRow | null } {
  const { decreeOf, decreeKind, decreeNumber, decreeTitle, decreeIssuer, decreeYear, decreeDate, decreeStatus, decreeInstrument, ...rest } =
    raw;
  const decree =
    decreeOf === null
      ? null
      : {
          kind: decreeKind,
          number: decreeNumber,
          title: decreeTitle,
          issuer: decreeIssuer,
          year: decreeYear,
          dateEstablished: decreeDate,
          status: decreeStatus ?? 'pending',
          instrument: decreeInstrument === 1,
        };
  return { ...rest, decree };
}

const SORT_COLUMNS: Record<Exclude<LibrarySort, 'imported'>, string> = {
  date_established: 'r.date_established',
  kind: 'r.kind',
  number: 'r.number',
  title: 'r.title COLLATE NOCASE',
  name: 'd.original_name COLLATE NOCASE',
  status: 'd.status',
  pending: 'pendingCount',
  confirmed: 'confirmedCount',
  type: 'd.source_type',
};

export function createDocumentsRepository(db: Database) {
  const insertDocument = db.prepare(`
    INSERT INTO documents (content_hash, source_path, original_name, mime, source_type, size, imported_at, title,
                           clean_text, language, skipped_ranges, fingerprint, near_duplicate_of, near_duplicate_similarity)
    VALUES (@contentHash, @sourcePath, @originalName, @mime, @sourceType, @size, @importedAt, @title,
            @text, @language, @skipped, @fingerprint, @nearDuplicateOf, @nearDuplicateSimilarity)`);
  const insertPage = db.prepare(`
    INSERT INTO pages (document_id, page_no, text, text_start, text_end, width, height, is_ocr, ocr_confidence, words)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const byHash = db.prepare('SELECT id FROM documents WHERE content_hash = ?').pluck();
  const byId = db.prepare(`SELECT ${SUMMARY_COLUMNS}, d.content_hash AS contentHash, d.clean_text AS text,
                                  d.language, d.skipped_ranges AS skipped
                           ${FROM} WHERE d.id = ?`);
  const pagesOf = db.prepare(`SELECT page_no AS pageNo, text, text_start AS start, text_end AS "end", width, height,
                                     is_ocr AS isOcr, ocr_confidence AS ocrConfidence, words AS wordsJson
                              FROM pages WHERE document_id = ? ORDER BY page_no`);
  const fingerprintsAfter = db.prepare(
    'SELECT id, fingerprint FROM documents WHERE id > ? AND fingerprint IS NOT NULL AND deleted_at IS NULL ORDER BY id LIMIT ?',
  );
  const summaryById = db.prepare(`SELECT ${SUMMARY_COLUMNS} ${FROM} WHERE d.id = ?`);
  const statusOf = db.prepare('SELECT status FROM documents WHERE id = ?').pluck();
  const setStatus = db.prepare('UPDATE documents SET status = ? WHERE id = ?');
  const deletedAt = db.prepare('SELECT deleted_at FROM documents WHERE id = ?').pluck();
  const trash = db.prepare('UPDATE documents SET deleted_at = ? WHERE id = ?');
  const restore = db.prepare('UPDATE documents SET deleted_at = NULL WHERE id = ?');
  const trashed = db.prepare('SELECT id FROM documents WHERE deleted_at IS NOT NULL ORDER BY id').pluck();
  const hashOf = db.prepare('SELECT content_hash FROM documents WHERE id = ?').pluck();
  const purge = db.prepare('DELETE FROM documents WHERE id = ?');
  const replaceText = db.prepare(`UPDATE documents SET clean_text = @text, title = @title, language = @language,
                                    skipped_ranges = @skipped, fingerprint = @fingerprint WHERE id = @id`);
  const deletePages = db.prepare('DELETE FROM pages WHERE document_id = ?');
  const forExport = db.prepare(`SELECT d.id, d.original_name AS name, d.source_path AS sourcePath, d.source_type AS sourceType, d.mime,
                                        d.content_hash AS contentHash, d.imported_at AS importedAt, d.status, d.title, d.language,
                                        d.clean_text AS text
                                 FROM documents d WHERE d.deleted_at IS NULL ORDER BY d.id`);
  const originalOf = db.prepare(
    'SELECT content_hash AS contentHash, source_type AS sourceType, original_name AS name FROM documents WHERE id = ?',
  );
  const pageLayout = db.prepare(`SELECT page_no AS pageNo, text_start AS start, text_end AS "end", width, height,
                                        is_ocr AS isOcr, ocr_confidence AS ocrConfidence
                                 FROM pages WHERE document_id = ? ORDER BY page_no`);
  const pageWords = db.prepare('SELECT words FROM pages WHERE document_id = ? AND page_no = ?').pluck();

  const insertPages = (id: number, pages: readonly PageText[]) => {
    for (const p of pages) {
      const isOcr = p.source === 'ocr' ? 1 : 0;
      insertPage.run(id, p.pageNo, p.text, p.start, p.end, p.width, p.height, isOcr, p.ocrConfidence, JSON.stringify(p.words));
    }
  };

  return {
    /** Inserts a document and its pages; call inside the caller's transaction. */
    insert(doc: NewDocument, pages: readonly PageText[]): number {
      const info = insertDocument.run({ ...doc, skipped: JSON.stringify(doc.skipped) });
      const id = Number(info.lastInsertRowid);
      insertPages(id, pages);
      return id;
    },

    idByHash(hash: string): number | undefined {
      return byHash.get(hash) as number | undefined;
    },

    get(id: number): DocumentRow | undefined {
      const row = byId.get(id) as (RawSummary & Omit<DocumentRow, 'skipped' | 'decree'> & { skipped: string }) | undefined;
      return row && { ...toSummary(row), skipped: JSON.parse(row.skipped) as SkippedRange[] };
    },

    /** A document's original (hash, kind, name), without reading its text. */
    original(id: number): { contentHash: string; sourceType: SourceType; name: string } | undefined {
      return originalOf.get(id) as { contentHash: string; sourceType: SourceType; name: string } | undefined;
    },

    /** Pages' places and sizes, without their text and word boxes (what the document view lists). */
    pageLayout(id: number): Array<Omit<StoredPage, 'wordsJson' | 'text'>> {
      return (pageLayout.all(id) as Array<Omit<StoredPage, 'source' | 'wordsJson' | 'text'> & { isOcr: number }>).map(
        ({ isOcr, ...p }) => ({
          ...p,
          source: isOcr ? 'ocr' : 'text-layer',
        }),
      );
    },

    pages(id: number): StoredPage[] {
      return (pagesOf.all(id) as Array<Omit<StoredPage, 'source'> & { isOcr: number }>).map(({ isOcr, ...p }) => ({
        ...p,
        source: isOcr ? 'ocr' : 'text-layer',
      }));
    },

    list(q: ListQuery): { total: number; items: Array<DocumentSummaryRow & { snippet: SnippetPiece[] | null }> } {
      const filter = filterClause(q);
      if (!filter) return { total: 0, items: [] };
      const { clause, params, fts } = filter;
      const total = libraryTotal(db, q);
      // By a column: rows without a value last, either way; ties in library order.
      const sortBy = q.sort && q.sort !== 'imported' ? SORT_COLUMNS[q.sort] : null;
      const order = sortBy
        ? `${sortBy.split(' ')[0]} IS NULL, ${sortBy} ${q.descending ? 'DESC' : 'ASC'}, d.imported_at DESC, d.id DESC`
        : `d.imported_at ${q.descending ? 'ASC' : 'DESC'}, d.id ${q.descending ? 'ASC' : 'DESC'}`;
      // A search reads the page's texts too, for the passage under each hit (search-passage.ts).
      const columns = fts ? `${SUMMARY_COLUMNS}, d.clean_text AS searchText` : `${SUMMARY_COLUMNS}, NULL AS searchText`;
      // The trash is walked by its index: for a broad search SQLite would rather look up every
      // match by id (100,000 row reads) to keep the few that are in the trash.
      const from = q.trashed ? FROM.replace('FROM documents d', 'FROM documents d INDEXED BY documents_library_order') : FROM;
      const rows = db
        .prepare(`SELECT ${columns} ${from} ${clause} ORDER BY ${order} LIMIT @limit OFFSET @offset`)
        .all({ ...params, limit: q.limit, offset: q.offset }) as Array<RawSummary & { searchText: string | null }>;
      const items = rows.map(({ searchText, ...raw }) => ({
        ...toSummary(raw),
        snippet: q.query
          ? (searchPassage([raw.title, searchText], q.query) ?? searchPassage([raw.decreeNumber, raw.decreeTitle], q.query))
          : null,
      }));
      return { total, items };
    },

    /** The counts on the library's filters. */
    counts(q: LibraryFilter) {
      return libraryCounts(db, q);
    },

    summary(id: number): DocumentSummaryRow | undefined {
      const row = summaryById.get(id) as RawSummary | undefined;
      return row && toSummary(row);
    },

    status(id: number): DocumentStatus | undefined {
      return statusOf.get(id) as DocumentStatus | undefined;
    },

    setStatus(id: number, status: DocumentStatus): void {
      setStatus.run(status, id);
    },

    isTrashed(id: number): boolean {
      return Boolean(deletedAt.get(id));
    },

    trash(id: number, at: string): void {
      trash.run(at, id);
    },

    restore(id: number): void {
      restore.run(id);
    },

    trashedIds(): number[] {
      return trashed.all() as number[];
    },

    /** Deletes a document row for good (pages and entities cascade); returns its content hash. */
    purge(id: number): string | undefined {
      const hash = hashOf.get(id) as string | undefined;
      purge.run(id);
      return hash;
    },

    hashInUse(hash: string): boolean {
      return byHash.get(hash) !== undefined;
    },

    /** Replaces a document's text and pages (re-OCR); entities are the caller's business. */
    replaceText(
      id: number,
      doc: { text: string; title: string | null; language: string | null; skipped: SkippedRange[]; fingerprint: string | null },
      pages: readonly PageText[],
    ): void {
      replaceText.run({
        id,
        text: doc.text,
        title: doc.title,
        language: doc.language,
        skipped: JSON.stringify(doc.skipped),
        fingerprint: doc.fingerprint,
      });
      deletePages.run(id);
      insertPages(id, pages);
    },

    /** Every document in the library (not the trash), with its text, for exports. */
    forExport(): ExportDocumentRow[] {
      return forExport.all() as ExportDocumentRow[];
    },

    pageWords(id: number, pageNo: number): string | undefined {
      return pageWords.get(id, pageNo) as string | undefined;
    },

    /** Stored fingerprints of documents newer than `id`, `limit` at most (near-duplicate detection reads them once). */
    fingerprintsAfter(id: number, limit = -1): Array<{ id: number; fingerprint: string }> {
      return fingerprintsAfter.all(id, limit) as Array<{ id: number; fingerprint: string }>;
    },
  };
}

export type DocumentsRepository = ReturnType<typeof createDocumentsRepository>;
