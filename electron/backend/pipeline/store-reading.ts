import type { Store } from '../storage/store.ts';
import type { JobItemRow } from '../storage/repositories/import-jobs-repository.ts';
import type { DocumentRow } from '../storage/repositories/documents-repository.ts';
import { mergeReading, recordFromReading } from '../decrees/record-from-reading.ts';
import type { FileReading } from './read-file-once.ts';
import { reanchor } from './reanchor.ts';
import { reviewedRecords } from './reviewed-records.ts';

/** What storing a reading did: stored as `documentId`, or found already there (a race with another process). */
export type StoreOutcome = { documentId: number } | { duplicateOf: number };

export interface Similar {
  id: number;
  similarity: number;
}

/**
 * A new document from a reading, in one transaction: the document, its pages, entities and decree
 * record, and the job item's outcome, or nothing at all.
 */
export function storeNewDocument(
  store: Store,
  item: JobItemRow,
  reading: FileReading,
  similar: Similar | null,
  fingerprint: string | null,
  at: string,
): StoreOutcome {
  const { hash, document: doc, extraction } = reading;
  return store.transaction(() => {
    // Checked again inside the transaction: another process may have stored it meanwhile.
    const raced = store.documents.idByHash(hash);
    if (raced !== undefined) {
      store.importJobs.recordOutcome(item.id, { status: 'duplicate', documentId: raced, contentHash: hash }, at);
      return { duplicateOf: raced };
    }
    const id = store.documents.insert(
      {
        contentHash: hash,
        sourcePath: item.sourcePath,
        originalName: item.file,
        mime: doc.mime,
        sourceType: doc.sourceType,
        size: reading.size,
        importedAt: at,
        title: doc.title,
        text: doc.text,
        language: doc.language,
        skipped: extraction.skipped,
        fingerprint,
        nearDuplicateOf: similar?.id ?? null,
        nearDuplicateSimilarity: similar?.similarity ?? null,
      },
      doc.pages,
    );
    store.entities.insertExtracted(id, extraction.entities, at);
    const decree = recordFromReading(id, extraction);
    if (decree) store.decrees.put(decree, at);
    store.importJobs.recordOutcome(
      item.id,
      {
        status: 'imported',
        documentId: id,
        contentHash: hash,
        nearDuplicateOf: similar?.id ?? null,
        nearDuplicateSimilarity: similar?.similarity ?? null,
      },
      at,
    );
    return { documentId: id };
  });
}

/**
 * A stored document read again (re-OCR), in one transaction: its text and pages are replaced,
 * pending extractor entities extracted afresh, and every reviewed entity kept and moved to where
 * its text now is; the decree record keeps the clerk's edits (mergeReading).
 */
export function storeReread(
  store: Store,
  before: DocumentRow,
  item: JobItemRow,
  reading: FileReading,
  fingerprint: string | null,
  at: string,
): StoreOutcome {
  const { document: read, extraction } = reading;
  const documentId = before.id;
  return store.transaction(() => {
    const kept = store.entities.listByDocument(documentId).filter((e) => e.status !== 'pending' || e.origin === 'clerk');
    store.entities.removePendingExtracted(documentId);
    store.documents.replaceText(
      documentId,
      {
        text: read.text,
        title: read.title ?? before.title,
        language: read.language,
        skipped: extraction.skipped,
        fingerprint,
      },
      read.pages,
    );
    for (const entity of kept) store.entities.put(reanchor(entity, before.text.length, read.text), at);
    const isReviewed = reviewedRecords(kept);
    store.entities.insertExtracted(
      documentId,
      extraction.entities.filter((e) => !isReviewed(e)),
      at,
    );
    const decree = mergeReading(store.decrees.get(documentId), documentId, extraction, before.text, read.text);
    if (decree) store.decrees.put(decree, at);
    else store.decrees.remove(documentId);
    store.importJobs.recordOutcome(item.id, { status: 'imported', documentId, contentHash: before.contentHash }, at);
    return { documentId };
  });
}
