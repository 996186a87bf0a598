import type { DecreeRecord } from '../../../shared/types/decree-record.ts';
import type { DocumentStatus, PageText, SourceType } from '../../../shared/types/document.ts';
import type { Attributes, EntityStatus, EntityType, ExtractionResult, Mention, SkippedRange } from '../../../shared/types/entity.ts';
import { recordKey } from '../../../shared/records/record-key.ts';
import { hasClerkWork, recordFromReading } from '../decrees/record-from-reading.ts';
import type { Store } from '../storage/store.ts';

/** A document from outside the library (a dataset, another library's results) with its reviewed entities. */
export interface IncomingDocument {
  sha256: string;
  name: string;
  sourcePath: string | null;
  sourceType: SourceType;
  mime: string;
  importedAt: string;
  status: DocumentStatus;
  title: string | null;
  language: string | null;
  text: string;
  /** Pages as stored where it came from (paged sources); with the original they give page images back. */
  pages?: PageText[] | undefined;
  /** The original file's bytes, where they came along; without them the document is text only. */
  original?: (() => Uint8Array) | undefined;
  /** Page furniture ranges and the near-duplicate fingerprint, where the source computed them (extraction results). */
  skipped?: SkippedRange[] | undefined;
  fingerprint?: string | null | undefined;
  /** A decree's particulars as the engine read them elsewhere: a record for a document that has none yet. */
  reading?: Pick<ExtractionResult, 'particulars' | 'particulars_sources' | 'structure'> | undefined;
  /** A decree record as another library kept it (a dataset): the clerk's review states and edits included. */
  decree?: Omit<DecreeRecord, 'documentId'> | null | undefined;
  entities: Array<{
    type: EntityType;
    /**
     * The record after the other side's merges (the dataset's record_key): where it differs from
     * the entity's own record key (record-key.ts), the other side merged that record into this one.
     * Equal to `normalized` says nothing about merges (results files; scores and decrees of a
     * dataset written before record keys were exported).
     */
    key: string;
    normalized: string;
    text: string;
    start: number;
    end: number;
    status: Exclude<EntityStatus, 'rejected'>;
    origin: 'extractor' | 'clerk';
    confidence: number;
    rule: string;
    attributes: Attributes;
    /** Each mention's own rule and confidence where the source kept them, else the entity's. */
    mentions: Array<Pick<Mention, 'start' | 'end' | 'text'> & Partial<Pick<Mention, 'rule' | 'confidence'>>>;
  }>;
}

export interface MergeOutcome {
  documents: number;
  added: number;
  /** Already in the library (same SHA-256): not duplicated, only its missing entities added. */
  existing: number;
  entities: number;
  merges: number;
  /** New documents that came without their original: text only, no page images. */
  textOnly: number;
  /** Library ids of the documents added or given entities (hosts tell open views to refresh them). */
  changed: number[];
}

/**
 * The one path by which documents and decisions made elsewhere enter the library: documents by
 * SHA-256 (an existing one is not duplicated), every entity not already there with its status,
 * record merges by record key (scores and decrees too, each with an audit event naming the
 * source), a decree record where the document has none (the one the source kept, else one from
 * the engine's reading), and an audit event per document naming where it came from. One transaction: all of it lands, or none. What the clerk decided is
 * never overwritten: an entity already there keeps its status and value, and a pending suggestion
 * does not come back over a span where the library has that type already (the clerk may have
 * edited its value or rejected it).
 */
export function mergeIntoLibrary(
  store: Store,
  incoming: readonly IncomingDocument[],
  context: { source: string; actor: string; now: string; putOriginal: (sha256: string, bytes: Uint8Array) => void },
): MergeOutcome {
  const outcome: MergeOutcome = { documents: incoming.length, added: 0, existing: 0, entities: 0, merges: 0, textOnly: 0, changed: [] };
  store.transaction(() => {
    const merges = libraryMerges(store);
    for (const doc of incoming) {
      let id = store.documents.idByHash(doc.sha256);
      const isNew = id === undefined;
      const original = isNew ? doc.original?.() : undefined;
      if (id === undefined) {
        // The original first: a document row never points at an original that is not there.
        if (original) context.putOriginal(doc.sha256, original);
        else outcome.textOnly++;
        id = store.documents.insert(
          {
            contentHash: doc.sha256,
            sourcePath: doc.sourcePath,
            originalName: doc.name,
            mime: doc.mime,
            sourceType: doc.sourceType,
            size: original?.length ?? 0,
            importedAt: doc.importedAt,
            title: doc.title,
            text: doc.text,
            language: doc.language,
            skipped: doc.skipped ?? [],
            fingerprint: doc.fingerprint ?? null,
            nearDuplicateOf: null,
            nearDuplicateSimilarity: null,
          },
          original ? (doc.pages ?? []) : [],
        );
        store.documents.setStatus(id, doc.status);
        outcome.added++;
      } else {
        outcome.existing++;
      }
      // Compared with what the library held before this document's merge: two records the source
      // found on one span both come in, as an import would store them.
      const stored = store.entities.listByDocument(id);
      const present = new Set(stored.map((e) => `${e.type}:${e.start}:${e.end}:${e.normalized}`));
      const spans = new Set(stored.map((e) => `${e.type}:${e.start}:${e.end}`));
      let added = 0;
      for (const e of doc.entities) {
        if (present.has(`${e.type}:${e.start}:${e.end}:${e.normalized}`)) continue;
        if (e.status === 'pending' && spans.has(`${e.type}:${e.start}:${e.end}`)) continue;
        store.dataset.insertEntity(
          {
            documentId: id,
            type: e.type,
            start: e.start,
            end: e.end,
            text: e.text,
            normalized: e.normalized,
            attributes: e.attributes,
            confidence: e.confidence,
            rule: e.rule,
            status: e.status,
            origin: e.origin,
            mentions: e.mentions.map((m) => ({
              start: m.start,
              end: m.end,
              text: m.text,
              rule: m.rule ?? e.rule,
              confidence: m.confidence ?? e.confidence,
            })),
          },
          context.now,
        );
        added++;
        const own = recordKey(e.type, e.normalized, e.attributes);
        if (e.key === e.normalized || e.key === own) continue;
        const merged = merges.merge(e.type, own, e.key, context);
        if (!merged) continue;
        outcome.merges++;
        store.reviewEvents.add({
          entityId: null,
          documentId: id,
          action: 'record.merge',
          before: null,
          after: { ...merged, source: context.source },
          actor: context.actor,
          at: context.now,
          batch: null,
          undoState: 'audit',
        });
      }
      outcome.entities += added;
      // A record only where the document has none: the library's own record, and what its clerk
      // decided there, is never replaced by one from elsewhere.
      const hasRecord = store.decrees.get(id) !== undefined;
      const decree = hasRecord
        ? null
        : doc.decree
          ? { ...doc.decree, documentId: id }
          : doc.reading
            ? recordFromReading(id, doc.reading)
            : null;
      if (decree) store.decrees.put(decree, context.now);
      if (isNew || added > 0 || decree) outcome.changed.push(id);
      store.reviewEvents.add({
        entityId: null,
        documentId: id,
        action: 'document.merged',
        before: null,
        after: {
          source: context.source,
          sha256: doc.sha256,
          newDocument: isNew,
          entities: added,
          textOnly: isNew && !original,
          // The decree record it brought, and whether the clerk had reviewed it there (confirmed, or fields accepted or edited).
          ...(decree ? { decreeRecord: { status: decree.status, reviewed: hasClerkWork(decree) } } : {}),
        },
        actor: context.actor,
        at: context.now,
        batch: null,
        undoState: 'audit',
      });
    }
  });
  return outcome;
}

/**
 * The library's record merges while a merge runs: a merge from elsewhere lands where the library
 * has not decided about that record yet (a key it already merged, or two records it already holds
 * as one, stay as they are), into the record the target key resolves to here, one level deep as
 * the records repository keeps them.
 */
function libraryMerges(store: Store) {
  const into = new Map(store.records.merges().map((m) => [`${m.type}\u0000${m.fromKey}`, m.intoKey]));
  const resolve = (type: EntityType, key: string) => into.get(`${type}\u0000${key}`) ?? key;
  return {
    merge(type: EntityType, from: string, key: string, context: { actor: string; now: string }) {
      if (into.has(`${type}\u0000${from}`)) return null;
      const target = resolve(type, key);
      if (target === from) return null;
      store.records.merge(type, from, target, context.actor, context.now);
      for (const [k, v] of into) if (v === from && k.startsWith(`${type}\u0000`)) into.set(k, target);
      into.set(`${type}\u0000${from}`, target);
      return { type, from, into: target };
    },
  };
}
