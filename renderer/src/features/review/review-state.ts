import type { EntityStatus } from '../../../../shared/types/entity.ts';
import { compareEntities } from './entity-order.ts';
import type { DocumentDetail, EntityRecord, ReviewOutcome } from './review-types.ts';

/** A status shown before the backend confirmed it (accept/reject/reset answer in a few ms). */
export interface OptimisticOp {
  opId: number;
  entityId: number;
  status: EntityStatus;
}

export interface ReviewState {
  doc: Omit<DocumentDetail, 'entities' | 'canUndo' | 'canRedo'>;
  /** What the backend last said about each entity. */
  entities: Map<number, EntityRecord>;
  optimistic: OptimisticOp[];
  canUndo: boolean;
  canRedo: boolean;
  /** Counts the answers applied (the history panel reloads on each). */
  revision: number;
}

export type ReviewAction =
  | { type: 'loaded'; detail: DocumentDetail }
  | { type: 'optimistic'; op: OptimisticOp }
  | { type: 'settled'; opId: number; outcome: ReviewOutcome }
  | { type: 'failed'; opId: number }
  | { type: 'outcome'; outcome: ReviewOutcome };

export function initialReviewState(detail: DocumentDetail): ReviewState {
  const { entities, canUndo, canRedo, ...doc } = detail;
  return { doc, entities: new Map(entities.map((e) => [e.id, e])), optimistic: [], canUndo, canRedo, revision: 0 };
}

/** Applies what a review call changed, in place: no refetch of the document. */
export function applyOutcome(state: ReviewState, outcome: ReviewOutcome): ReviewState {
  const entities = new Map(state.entities);
  for (const id of outcome.removedEntityIds) entities.delete(id);
  for (const e of outcome.entities) entities.set(e.id, e);
  return {
    ...state,
    doc: { ...state.doc, ...outcome.document, decreeRecord: outcome.decree },
    entities,
    canUndo: outcome.canUndo,
    canRedo: outcome.canRedo,
    revision: state.revision + 1,
  };
}

export function reviewReducer(state: ReviewState | null, action: ReviewAction): ReviewState | null {
  if (action.type === 'loaded') return initialReviewState(action.detail);
  if (!state) return state;
  switch (action.type) {
    case 'optimistic':
      return { ...state, optimistic: [...state.optimistic, action.op] };
    case 'settled': {
      const next = applyOutcome(state, action.outcome);
      return { ...next, optimistic: state.optimistic.filter((op) => op.opId !== action.opId) };
    }
    case 'failed':
      return { ...state, optimistic: state.optimistic.filter((op) => op.opId !== action.opId) };
    case 'outcome':
      return applyOutcome(state, action.outcome);
  }
}

export interface ReviewView {
  byId: Map<number, EntityRecord>;
  /** Panel order (the order j/k walk). */
  ordered: EntityRecord[];
  /** Entities with a change still on its way to the backend. */
  saving: Set<number>;
}

/**
 * What the clerk sees: the backend's entities with the not-yet-answered statuses laid over.
 * Unchanged entities keep their object identity, so memoised rows do not redraw.
 */
export function reviewView(state: ReviewState): ReviewView {
  const overlay = new Map<number, EntityStatus>();
  for (const op of state.optimistic) overlay.set(op.entityId, op.status);
  const byId = new Map<number, EntityRecord>();
  for (const [id, e] of state.entities) {
    const status = overlay.get(id);
    byId.set(id, status && status !== e.status ? { ...e, status } : e);
  }
  return { byId, ordered: [...byId.values()].sort(compareEntities), saving: new Set(overlay.keys()) };
}

export function statusAfter(action: 'accept' | 'reject' | 'reset', current: EntityStatus): EntityStatus {
  if (action === 'reject') return 'rejected';
  if (action === 'reset') return 'pending';
  // Accepting an edited entity keeps it "edited" (it is confirmed with the clerk's value).
  return current === 'edited' ? 'edited' : 'confirmed';
}
