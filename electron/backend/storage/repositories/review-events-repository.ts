import type { Database } from 'better-sqlite3';

export type UndoState = 'done' | 'undone' | 'dropped' | 'audit';

export interface ReviewEventRow {
  id: number;
  entityId: number | null;
  documentId: number | null;
  action: string;
  before: unknown;
  after: unknown;
  actor: string;
  at: string;
  batch: string | null;
}

export interface NewReviewEvent extends Omit<ReviewEventRow, 'id'> {
  undoState: UndoState;
}

type RawEvent = Omit<ReviewEventRow, 'before' | 'after'> & { before: string | null; after: string | null };
const parse = (r: RawEvent): ReviewEventRow => ({
  ...r,
  before: r.before === null ? null : JSON.parse(r.before),
  after: r.after === null ? null : JSON.parse(r.after),
});
const COLUMNS = 'id, entity_id AS entityId, document_id AS documentId, action, before, after, actor, at, batch';

/** The audit trail: every review decision with before/after, who and when; also the undo/redo stacks. */
export function createReviewEventsRepository(db: Database) {
  const insert = db.prepare(`INSERT INTO review_events (entity_id, document_id, action, before, after, actor, at, batch, undo_state)
                             VALUES (@entityId, @documentId, @action, @before, @after, @actor, @at, @batch, @undoState)`);
  const lastBatch = db
    .prepare(`SELECT batch FROM review_events WHERE document_id = ? AND undo_state = 'done' ORDER BY id DESC LIMIT 1`)
    .pluck();
  const lastUndone = db
    .prepare(`SELECT batch FROM review_events WHERE document_id = ? AND undo_state = 'undone' ORDER BY undone_seq DESC, id DESC LIMIT 1`)
    .pluck();
  const ofBatch = db.prepare(`SELECT ${COLUMNS} FROM review_events WHERE batch = ? ORDER BY id`);
  const setState = db.prepare(`UPDATE review_events SET undo_state = ?, undone_seq = ? WHERE batch = ?`);
  const nextSeq = db.prepare(`SELECT coalesce(max(undone_seq), 0) + 1 FROM review_events`).pluck();
  const dropRedo = db.prepare(`UPDATE review_events SET undo_state = 'dropped' WHERE document_id = ? AND undo_state = 'undone'`);
  const byDocument = db.prepare(`SELECT ${COLUMNS} FROM review_events WHERE document_id = ? ORDER BY id`);

  return {
    add(event: NewReviewEvent): void {
      insert.run({
        ...event,
        before: event.before === undefined ? null : JSON.stringify(event.before),
        after: event.after === undefined ? null : JSON.stringify(event.after),
      });
    },
    /** A new action makes the undone ones unreachable, as in any editor. */
    dropRedo(documentId: number): void {
      dropRedo.run(documentId);
    },
    lastUndoableBatch(documentId: number): string | undefined {
      return lastBatch.get(documentId) as string | undefined;
    },
    lastRedoableBatch(documentId: number): string | undefined {
      return lastUndone.get(documentId) as string | undefined;
    },
    batch(batch: string): ReviewEventRow[] {
      return (ofBatch.all(batch) as RawEvent[]).map(parse);
    },
    markUndone(batch: string): void {
      setState.run('undone', nextSeq.get(), batch);
    },
    markRedone(batch: string): void {
      setState.run('done', null, batch);
    },
    history(documentId: number): ReviewEventRow[] {
      return (byDocument.all(documentId) as RawEvent[]).map(parse);
    },
  };
}

export type ReviewEventsRepository = ReturnType<typeof createReviewEventsRepository>;
