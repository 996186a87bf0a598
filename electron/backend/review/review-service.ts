import { randomUUID } from 'node:crypto';
import type { MethodResult } from '../../../shared/contract/api.ts';
import { WorkbenchError } from '../../../shared/contract/errors.ts';
import type { FieldIssue, ValidationContext } from '../../../shared/review/validate-entity.ts';
import { attributeIssues, canonicalValue, normalizedIssue } from '../../../shared/review/validate-entity.ts';
import { keyFromSelection } from '../../../shared/review/clerk-key.ts';
import { spanIssue } from '../../../shared/review/span-edit.ts';
import type { DocumentStatus } from '../../../shared/types/document.ts';
import type { Attributes, EntityType } from '../../../shared/types/entity.ts';
import type { DecreeRecord } from '../../../shared/types/decree-record.ts';
import type { Store } from '../storage/store.ts';
import type { EntityRow } from '../storage/repositories/entities-repository.ts';
import type { ReviewEventRow } from '../storage/repositories/review-events-repository.ts';

export type ReviewOutcome = MethodResult<'entities.review'>;

interface Deps {
  store: Store;
  clock: () => Date;
  actor: () => string;
  validation: ValidationContext;
}

interface DocumentStatusSnapshot {
  status: DocumentStatus;
}

/** Writes one audit event of the running action (its batch, actor and time are filled in). */
export type RecordEvent = (
  e: Omit<Parameters<Store['reviewEvents']['add']>[0], 'batch' | 'undoState' | 'actor' | 'at' | 'documentId'>,
) => void;

/** Audit events whose snapshots are a whole decree record (undo and redo write them back). */
const DECREE_ACTION = /^decree\./;
/** A bulk action's summary event (its scope and count): the entity events of its batch carry the changes. */
const BULK_SUMMARY = /^bulk\./;

export type BulkScope = 'zone' | 'type' | 'selection' | 'below' | 'all';

/**
 * Every clerk decision: applied in one transaction together with its audit event(s), so nothing
 * confirmed is ever lost and every change says who, when, before and after. Events of one action
 * share a batch; undo and redo replay a batch's before/after snapshots.
 */
export function createReviewService({ store, clock, actor, validation }: Deps) {
  const now = () => clock().toISOString();

  function requireEntity(id: number): EntityRow {
    const entity = store.entities.get(id);
    if (!entity) throw new WorkbenchError('not_found', `Entity ${id} does not exist.`);
    requireReviewable(entity.documentId);
    return entity;
  }

  function requireReviewable(documentId: number): void {
    if (store.documents.status(documentId) === undefined) throw new WorkbenchError('not_found', `Document ${documentId} does not exist.`);
    if (store.documents.isTrashed(documentId))
      throw new WorkbenchError('conflict', 'This document is in the trash; restore it before reviewing.');
  }

  /** Runs one undoable action: a new batch, the redo stack dropped, a new document moved to review. */
  function action(documentId: number, work: (record: RecordEvent) => { changed: number[]; removed?: number[] }): ReviewOutcome {
    requireReviewable(documentId);
    const at = now();
    const who = actor();
    const batch = randomUUID();
    const result = store.transaction(() => {
      store.reviewEvents.dropRedo(documentId);
      const record = (e: { entityId: number | null; action: string; before: unknown; after: unknown }) =>
        store.reviewEvents.add({ ...e, documentId, actor: who, at, batch, undoState: 'done' });
      // The first decision on a new document puts it in review (undone together with that decision).
      if (store.documents.status(documentId) === 'new') {
        store.documents.setStatus(documentId, 'in_review');
        record({ entityId: null, action: 'document.status', before: { status: 'new' }, after: { status: 'in_review' } });
      }
      return work(record);
    });
    return outcomeFor(documentId, result.changed, result.removed ?? []);
  }

  function outcomeFor(documentId: number, changed: number[], removed: number[]): ReviewOutcome {
    return {
      entities: changed.map((id) => store.entities.get(id)).filter((e): e is EntityRow => e !== undefined),
      removedEntityIds: removed,
      document: store.documents.summary(documentId)!,
      decree: store.decrees.get(documentId) ?? null,
      canUndo: store.reviewEvents.lastUndoableBatch(documentId) !== undefined,
      canRedo: store.reviewEvents.lastRedoableBatch(documentId) !== undefined,
    };
  }

  function validated(type: EntityType, normalized: string, attributes: Attributes): { normalized: string; attributes: Attributes } {
    const value = canonicalValue(type, normalized);
    const issues: FieldIssue[] = [];
    const problem = normalizedIssue(type, value, validation);
    if (problem) issues.push({ path: 'normalized', ...problem });
    issues.push(...attributeIssues(type, attributes, validation));
    if (issues.length) throw new WorkbenchError('invalid_request', issues[0]!.message, issues);
    return { normalized: value, attributes };
  }

  function setEntityStatus(entity: EntityRow, status: EntityRow['status']) {
    return action(entity.documentId, (record) => {
      const after: EntityRow = { ...entity, status };
      store.entities.put(after, now());
      record({
        entityId: entity.id,
        action: `entity.${status === 'pending' ? 'reset' : status === 'rejected' ? 'reject' : 'accept'}`,
        before: entity,
        after,
      });
      return { changed: [entity.id] };
    });
  }

  function replay(documentId: number, events: ReviewEventRow[], direction: 'undo' | 'redo'): { changed: number[]; removed: number[] } {
    const changed: number[] = [];
    const removed: number[] = [];
    const ordered = direction === 'undo' ? [...events].reverse() : events;
    for (const event of ordered) {
      if (BULK_SUMMARY.test(event.action)) continue;
      const target = (direction === 'undo' ? event.before : event.after) as EntityRow | DocumentStatusSnapshot | DecreeRecord | null;
      if (DECREE_ACTION.test(event.action)) {
        if (target) store.decrees.put(target as DecreeRecord, now());
        else store.decrees.remove(documentId);
      } else if (event.entityId === null) {
        store.documents.setStatus(documentId, (target as DocumentStatusSnapshot).status);
      } else if (target === null) {
        store.entities.remove(event.entityId);
        removed.push(event.entityId);
      } else {
        store.entities.put(target as EntityRow, now());
        changed.push(event.entityId);
      }
    }
    return { changed: [...new Set(changed)].filter((id) => !removed.includes(id)), removed };
  }

  function undoRedo(documentId: number, direction: 'undo' | 'redo'): ReviewOutcome {
    requireReviewable(documentId);
    const at = now();
    const result = store.transaction(() => {
      const batch =
        direction === 'undo' ? store.reviewEvents.lastUndoableBatch(documentId) : store.reviewEvents.lastRedoableBatch(documentId);
      if (!batch) return { changed: [], removed: [] };
      const events = store.reviewEvents.batch(batch);
      const outcome = replay(documentId, events, direction);
      if (direction === 'undo') store.reviewEvents.markUndone(batch);
      else store.reviewEvents.markRedone(batch);
      store.reviewEvents.add({
        entityId: null,
        documentId,
        action: direction,
        before: null,
        after: { batch, actions: events.map((e) => e.action) },
        actor: actor(),
        at,
        batch: null,
        undoState: 'audit',
      });
      return outcome;
    });
    return outcomeFor(documentId, result.changed, result.removed);
  }

  return {
    review(id: number, decision: 'accept' | 'reject' | 'reset'): ReviewOutcome {
      const entity = requireEntity(id);
      // Accepting an edited entity keeps it 'edited': the export must still say the clerk changed it.
      const status =
        decision === 'reject' ? 'rejected' : decision === 'reset' ? 'pending' : entity.status === 'edited' ? 'edited' : 'confirmed';
      return setEntityStatus(entity, status);
    },

    edit(id: number, changes: { normalized?: string | undefined; attributes?: Attributes | undefined }): ReviewOutcome {
      const entity = requireEntity(id);
      const next = validated(entity.type, changes.normalized ?? entity.normalized, changes.attributes ?? entity.attributes);
      return action(entity.documentId, (record) => {
        const after: EntityRow = { ...entity, ...next, status: 'edited' };
        store.entities.put(after, now());
        record({ entityId: id, action: 'entity.edit', before: entity, after });
        return { changed: [id] };
      });
    },

    add(input: {
      documentId: number;
      type: EntityType;
      start: number;
      end: number;
      normalized?: string | undefined;
      attributes?: Attributes | undefined;
    }): ReviewOutcome {
      requireReviewable(input.documentId);
      const doc = store.documents.get(input.documentId)!;
      if (input.end <= input.start || input.end > doc.text.length) {
        throw new WorkbenchError('invalid_request', 'The selection is outside the document text.', [
          { path: 'end', code: 'selection_outside', message: 'The selection is outside the document text.' },
        ]);
      }
      const text = doc.text.slice(input.start, input.end);
      if (!text.trim())
        throw new WorkbenchError('invalid_request', 'Select some text first.', [
          { path: 'start', code: 'selection_empty', message: 'Select some text first.' },
        ]);
      // A key taken from the selection is cased like the extractor's ("AMALIA DESIANA" → "Amalia Desiana").
      const typed = input.normalized !== undefined && input.normalized.replace(/\s+/g, ' ').trim() !== text.replace(/\s+/g, ' ').trim();
      const value = validated(
        input.type,
        typed ? (input.normalized as string) : keyFromSelection(input.type, text),
        input.attributes ?? {},
      );
      return action(input.documentId, (record) => {
        const id = store.entities.insertClerk(
          { documentId: input.documentId, type: input.type, start: input.start, end: input.end, text, ...value },
          now(),
        );
        record({ entityId: id, action: 'entity.add', before: null, after: store.entities.get(id) });
        return { changed: [id] };
      });
    },

    acceptAbove(documentId: number, threshold: number): ReviewOutcome {
      requireReviewable(documentId);
      // Nothing to accept writes nothing: no empty undo step, no document moved to review.
      if (store.entities.pendingAbove(documentId, threshold).length === 0) return outcomeFor(documentId, [], []);
      return action(documentId, (record) => {
        const pending = store.entities.pendingAbove(documentId, threshold);
        for (const entity of pending) {
          const after: EntityRow = { ...entity, status: 'confirmed' };
          store.entities.put(after, now());
          record({ entityId: entity.id, action: 'entity.accept', before: entity, after });
        }
        return { changed: pending.map((e) => e.id) };
      });
    },

    /**
     * Accepts or rejects the pending entities among `ids` (a zone, a type, the selection, those
     * below a confidence) as ONE undo step, with a summary event naming the scope. Entities
     * already decided are left as the clerk decided them; when none is pending nothing is written.
     */
    bulkReview(documentId: number, decision: 'accept' | 'reject', ids: readonly number[], scope: BulkScope): ReviewOutcome {
      requireReviewable(documentId);
      const rows = [...new Set(ids)].map((id) => {
        const entity = store.entities.get(id);
        if (!entity) throw new WorkbenchError('not_found', `Entity ${id} does not exist.`);
        if (entity.documentId !== documentId) throw new WorkbenchError('invalid_request', `Entity ${id} is not in document ${documentId}.`);
        return entity;
      });
      const pending = rows.filter((e) => e.status === 'pending');
      if (pending.length === 0) return outcomeFor(documentId, [], []);
      return action(documentId, (record) => {
        for (const entity of pending) {
          const after: EntityRow = { ...entity, status: decision === 'reject' ? 'rejected' : 'confirmed' };
          store.entities.put(after, now());
          record({ entityId: entity.id, action: `entity.${decision}`, before: entity, after });
        }
        record({ entityId: null, action: `bulk.${decision}`, before: null, after: { scope, count: pending.length } });
        return { changed: pending.map((e) => e.id) };
      });
    },

    /**
     * Moves an entity's span (its first mention): refused past the text, when empty, or across
     * another entity. An extracted entity so corrected counts as edited; a clerk's own keeps its
     * status, and its key follows the new text when it was taken from the text.
     */
    resize(id: number, start: number, end: number): ReviewOutcome {
      const entity = requireEntity(id);
      const text = store.documents.get(entity.documentId)!.text;
      const others = store.entities
        .listByDocument(entity.documentId)
        .filter((e) => e.id !== id && e.status !== 'rejected')
        .flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, entityId: e.id })));
      const issue = spanIssue(text, { start, end }, others);
      if (issue) throw new WorkbenchError('invalid_request', issue.message, [{ path: 'end', code: issue.code, message: issue.message }]);
      const surface = text.slice(start, end);
      const at = Math.max(
        0,
        entity.mentions.findIndex((m) => m.start === entity.start && m.end === entity.end),
      );
      const mentions = entity.mentions.length
        ? entity.mentions.map((m, i) => (i === at ? { ...m, start, end, text: surface } : m)).sort((a, b) => a.start - b.start)
        : [{ start, end, text: surface, rule: 'clerk', confidence: 1 }];
      const first = mentions[0]!;
      const keyFromText = entity.origin === 'clerk' && entity.normalized === keyFromSelection(entity.type, entity.text);
      const normalized = keyFromText
        ? validated(entity.type, keyFromSelection(entity.type, first.text), entity.attributes).normalized
        : entity.normalized;
      return action(entity.documentId, (record) => {
        const after: EntityRow = {
          ...entity,
          start: first.start,
          end: first.end,
          text: first.text,
          mentions,
          normalized,
          status: entity.origin === 'clerk' ? entity.status : 'edited',
        };
        store.entities.put(after, now());
        record({ entityId: id, action: 'entity.resize', before: entity, after });
        return { changed: [id] };
      });
    },

    setDocumentStatus(documentId: number, status: DocumentStatus): ReviewOutcome {
      return action(documentId, (record) => {
        const before = store.documents.status(documentId)!;
        store.documents.setStatus(documentId, status);
        record({ entityId: null, action: 'document.status', before: { status: before }, after: { status } });
        return { changed: [] };
      });
    },

    /** One undoable action of another service (decree records): same batch, audit and outcome. */
    act: (documentId: number, work: (record: RecordEvent) => void): ReviewOutcome =>
      action(documentId, (record) => {
        work(record);
        return { changed: [] };
      }),

    undo: (documentId: number) => undoRedo(documentId, 'undo'),
    redo: (documentId: number) => undoRedo(documentId, 'redo'),

    /** An audit-only event (deletions, restores, purges, settings): not undoable from the review keys. */
    audit(documentId: number | null, actionName: string, before: unknown, after: unknown): void {
      store.reviewEvents.add({
        entityId: null,
        documentId,
        action: actionName,
        before,
        after,
        actor: actor(),
        at: now(),
        batch: null,
        undoState: 'audit',
      });
    },
  };
}

export type ReviewService = ReturnType<typeof createReviewService>;
