import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import type { Attributes, EntityType } from '../../../../shared/types/entity.ts';
import type { DocumentStatus } from '../../../../shared/types/document.ts';
import { useApi } from '../../api/ApiContext.tsx';
import { reviewReducer, reviewView, statusAfter } from './review-state.ts';
import type { ReviewState, ReviewView } from './review-state.ts';
import type { EntityRecord, ReviewOutcome, Span } from './review-types.ts';

export type BulkScope = 'zone' | 'type' | 'selection' | 'below' | 'all';

export interface Review {
  state: ReviewState | null;
  view: ReviewView | null;
  loadError: unknown;
  /** The last failed save, shown until dismissed. */
  error: unknown;
  clearError(): void;
  /** Review calls still on their way (shown as "saving…"). */
  pending: number;
  review(entity: EntityRecord, action: 'accept' | 'reject' | 'reset'): void;
  /** Rejects with the backend's ApiCallError so the form can show field messages. */
  edit(entityId: number, change: { normalized?: string; attributes?: Attributes }): Promise<ReviewOutcome>;
  /** Rejects with the backend's refusal (the add dialog shows it). */
  add(type: EntityType, span: Span, normalized?: string): Promise<ReviewOutcome>;
  acceptAbove(threshold: number): Promise<ReviewOutcome>;
  /** Accepts or rejects these (pending) entities as one undo step; rejects with the refusal. */
  bulk(action: 'accept' | 'reject', ids: readonly number[], scope: BulkScope): Promise<ReviewOutcome>;
  /** Moves an entity's span; rejects with the backend's refusal (shown by the caller). */
  resize(entityId: number, span: Span): Promise<ReviewOutcome>;
  undo(): Promise<ReviewOutcome | null>;
  redo(): Promise<ReviewOutcome | null>;
  setStatus(status: DocumentStatus): Promise<ReviewOutcome>;
  /** Any other review call (decree particulars): queued, applied in place; rejects with the refusal. */
  run(work: () => Promise<ReviewOutcome>): Promise<ReviewOutcome>;
}

/**
 * One document under review. Every action is saved at once; the calls go out one after the
 * other (so undo follows what it undoes) and each answer is applied in place.
 */
export function useReview(documentId: number): Review {
  const api = useApi();
  const [state, dispatch] = useReducer(reviewReducer, null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(0);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const nextOp = useRef(1);

  useEffect(() => {
    let live = true;
    setLoadError(null);
    api.call('documents.get', { id: documentId }).then(
      (detail) => {
        if (live) dispatch({ type: 'loaded', detail });
      },
      (e: unknown) => {
        if (live) setLoadError(e);
      },
    );
    return () => {
      live = false;
    };
  }, [api, documentId]);

  // A save still on its way when the window closes would be lost: ask first.
  useEffect(() => {
    if (pending === 0) return;
    const guard = (e: BeforeUnloadEvent) => {
      e.preventDefault();
    };
    window.addEventListener('beforeunload', guard);
    return () => window.removeEventListener('beforeunload', guard);
  }, [pending]);

  const enqueue = useCallback(<T>(work: () => Promise<T>): Promise<T> => {
    setPending((n) => n + 1);
    const run = queue.current.then(work, work);
    queue.current = run.catch(() => undefined);
    return run.finally(() => setPending((n) => n - 1));
  }, []);

  const applying = useCallback(
    async (work: () => Promise<ReviewOutcome>): Promise<ReviewOutcome> => {
      const outcome = await enqueue(work);
      dispatch({ type: 'outcome', outcome });
      return outcome;
    },
    [enqueue],
  );

  const review = useCallback(
    (entity: EntityRecord, action: 'accept' | 'reject' | 'reset') => {
      const opId = nextOp.current++;
      dispatch({ type: 'optimistic', op: { opId, entityId: entity.id, status: statusAfter(action, entity.status) } });
      enqueue(() => api.call('entities.review', { id: entity.id, action })).then(
        (outcome) => dispatch({ type: 'settled', opId, outcome }),
        (e: unknown) => {
          dispatch({ type: 'failed', opId });
          setError(e);
        },
      );
    },
    [api, enqueue],
  );

  const reportError = useCallback(<T>(promise: Promise<T>): Promise<T> => {
    promise.catch((e: unknown) => setError(e));
    return promise;
  }, []);

  const edit = useCallback(
    (entityId: number, change: { normalized?: string; attributes?: Attributes }) =>
      applying(() => api.call('entities.edit', { id: entityId, ...change })),
    [api, applying],
  );

  const add = useCallback(
    (type: EntityType, span: Span, normalized?: string) =>
      applying(() =>
        api.call('entities.add', { documentId, type, start: span.start, end: span.end, ...(normalized ? { normalized } : {}) }),
      ),
    [api, applying, documentId],
  );

  const acceptAbove = useCallback(
    (threshold: number) => reportError(applying(() => api.call('entities.acceptAbove', { documentId, threshold }))),
    [api, applying, documentId, reportError],
  );

  const bulk = useCallback(
    (action: 'accept' | 'reject', ids: readonly number[], scope: BulkScope) =>
      applying(() => api.call('entities.bulkReview', { documentId, action, ids: [...ids], scope })),
    [api, applying, documentId],
  );

  const resize = useCallback(
    (entityId: number, span: Span) => applying(() => api.call('entities.resize', { id: entityId, start: span.start, end: span.end })),
    [api, applying],
  );

  const undo = useCallback(async () => {
    try {
      return await applying(() => api.call('review.undo', { documentId }));
    } catch (e) {
      setError(e);
      return null;
    }
  }, [api, applying, documentId]);

  const redo = useCallback(async () => {
    try {
      return await applying(() => api.call('review.redo', { documentId }));
    } catch (e) {
      setError(e);
      return null;
    }
  }, [api, applying, documentId]);

  const setStatus = useCallback(
    (status: DocumentStatus) => reportError(applying(() => api.call('documents.setStatus', { id: documentId, status }))),
    [api, applying, documentId, reportError],
  );

  const view = useMemo(() => (state ? reviewView(state) : null), [state]);
  const current = state?.doc.id === documentId ? state : null;

  return {
    state: current,
    view: current ? view : null,
    loadError,
    error,
    clearError: () => setError(null),
    pending,
    review,
    edit,
    add,
    acceptAbove,
    bulk,
    resize,
    undo,
    redo,
    setStatus,
    run: applying,
  };
}
