import { memo, useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { EntityType } from '../../../../shared/types/entity.ts';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorMessage, errorText } from '../../components/ErrorMessage.tsx';
import { useDocumentTitle } from '../../hooks/use-document-title.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import type { EntityActions } from './EntityPanel.tsx';
import { PageViewer } from './PageViewer.tsx';
import { ReviewDialogs } from './ReviewDialogs.tsx';
import type { ReviewDialog } from './ReviewDialogs.tsx';
import { ReviewSidePane } from './ReviewSidePane.tsx';
import type { ReviewTab } from './ReviewSidePane.tsx';
import { ReviewTextPane } from './ReviewTextPane.tsx';
import { ReviewToolbar } from './ReviewToolbar.tsx';
import { mentionSpans, pageAt } from './review-types.ts';
import type { ReviewOutcome, Span } from './review-types.ts';
import { selectionSpan } from './selection-offsets.ts';
import { useConfirmNext } from './use-confirm-next.ts';
import { useParticulars } from './use-particulars.ts';
import { useReview } from './use-review.ts';
import { useReviewShortcuts } from './use-review-shortcuts.ts';
import { useReviewTools, useZones } from './use-review-tools.ts';

interface Props {
  id: number;
  onBack(): void;
  onOpenDocument(id: number): void;
  onSettings(): void;
}

/**
 * One document: its text (and page image), its entities, and every review action by key.
 * Memoised: the shell redraws on import progress and menu commands; the review need not.
 */
export const ReviewView = memo(function ReviewView({ id, onBack, onOpenDocument, onSettings }: Props) {
  const { t } = useI18n();
  const r = useReview(id);
  const [selectedId, setSelectedId] = useState<number | null>(null);
  // Where the cursor was in the panel order, for when its entity goes away (undo of an addition).
  const [selectedIndex, setSelectedIndex] = useState(0);
  const [editingId, setEditingId] = useState<number | null>(null);
  const [dialog, setDialog] = useState<ReviewDialog | null>(null);
  const [tab, setTab] = useState<ReviewTab>('entities');
  const [pageNo, setPageNo] = useState<number | null>(null);
  const [showPages, setShowPages] = useState(true);
  const [notice, setNotice] = useState<string | null>(null);
  const [initialisedFor, setInitialisedFor] = useState<number | null>(null);
  const textRef = useRef<HTMLPreElement>(null);

  const state = r.state;
  const view = r.view;
  const doc = state?.doc ?? null;
  const showError = useCallback((e: unknown) => setNotice(errorText(e)), []);
  const particulars = useParticulars(id, doc?.decreeRecord ?? null, r, setPageNo, showError);
  const onParticulars = tab === 'particulars' && Boolean(doc?.decreeRecord);
  useDocumentTitle(doc ? doc.name : null, t('app.title'));

  const all = useMemo(() => view?.ordered ?? [], [view]);
  const { layout, toggleZone } = useZones(doc, all);
  // What j/k walk: the entities of open zones, in panel order.
  const ordered = layout.navigable;
  const pages = useMemo(() => doc?.pages ?? [], [doc]);
  const paged = pages.length > 0 && (doc?.sourceType === 'pdf' || doc?.sourceType === 'image');

  const pageOf = useCallback(
    (entityId: number | null): number | null => {
      const e = entityId === null ? undefined : view?.byId.get(entityId);
      const first = e ? mentionSpans(e)[0] : undefined;
      return first ? (pageAt(pages, first.start)?.pageNo ?? null) : null;
    },
    [view, pages],
  );

  // On opening: the cursor starts on the first pending entity, the page viewer on its page.
  if (view && doc && initialisedFor !== doc.id) {
    const first = ordered.find((e) => e.status === 'pending') ?? ordered[0];
    setInitialisedFor(doc.id);
    // An instrument opens on its particulars: what the clerk registers from it.
    setTab(doc.decreeRecord ? 'particulars' : 'entities');
    setSelectedId(first?.id ?? null);
    setSelectedIndex(first ? ordered.indexOf(first) : 0);
    setPageNo(pageOf(first?.id ?? null) ?? pages[0]?.pageNo ?? null);
  }

  // After an undo removed the selected entity, the cursor stays where it was in the list.
  const selected =
    selectedId !== null && view?.byId.has(selectedId) ? view.byId.get(selectedId)! : ordered[Math.min(selectedIndex, ordered.length - 1)];
  const current = selected?.id ?? null;

  // The latest state for callbacks that stay the same object across renders (memoised rows
  // would redraw on every keystroke if their callbacks changed).
  const latest = useRef({
    view,
    pageOf,
    review: r.review,
    edit: r.edit,
    ordered,
    runBulk: (..._: Parameters<typeof runBulk>) => undefined as void,
  });
  useLayoutEffect(() => {
    latest.current = { view, pageOf, review: r.review, edit: r.edit, ordered, runBulk };
  });

  const select = useCallback((entityId: number | null) => {
    setSelectedId(entityId);
    setEditingId(null);
    const at = latest.current.ordered.findIndex((e) => e.id === entityId);
    if (at >= 0) setSelectedIndex(at);
    const page = latest.current.pageOf(entityId);
    if (page !== null) setPageNo(page);
  }, []);

  const move = (delta: number) => {
    if (ordered.length === 0) return;
    const at = current === null ? -1 : ordered.findIndex((e) => e.id === current);
    select(ordered[Math.max(0, Math.min(ordered.length - 1, at + delta))]!.id);
  };

  const act = (action: 'accept' | 'reject' | 'reset', entityId = current) => {
    const entity = entityId === null ? undefined : view?.byId.get(entityId);
    if (!entity) return;
    r.review(entity, action);
    // Accepting or rejecting moves on to the next entity, so a run of "a a r a" reviews a list.
    if (action !== 'reset') {
      const at = ordered.findIndex((e) => e.id === entity.id);
      const next = ordered[at + 1];
      if (next) select(next.id);
    }
  };

  const selectChanged = (outcome: ReviewOutcome | null) => {
    const changed = outcome?.entities[0];
    if (changed) select(changed.id);
  };

  const startAdd = () => {
    const el = textRef.current;
    const span = el && doc ? selectionSpan(el, doc.text) : null;
    if (!span || !doc) {
      setNotice(t('review.selectFirst'));
      return;
    }
    setDialog({ kind: 'add', span, surface: doc.text.slice(span.start, span.end) });
  };

  const add = async (type: EntityType, span: Span, normalized?: string) => {
    const outcome = await r.add(type, span, normalized);
    setDialog(null);
    window.getSelection()?.removeAllRanges();
    const added = outcome.entities.find((e) => e.start === span.start && e.end === span.end) ?? outcome.entities[0];
    if (added) select(added.id);
  };

  const confirmNext = useConfirmNext(r, doc?.id ?? null, onOpenDocument, setNotice);
  const confirmAndNext = () => {
    setDialog(null);
    void confirmNext();
  };

  const { runBulk, stepSelectedSpan, toggleZoneAtCursor, focusText } = useReviewTools({
    r,
    doc,
    selected: selected ?? null,
    layout,
    select,
    toggleZone,
    say: setNotice,
    showError,
    textRef,
    closeDialog: () => setDialog(null),
  });

  const requestConfirm = () => {
    if (!doc) return;
    const pendingNow = all.filter((e) => e.status === 'pending').length;
    if (pendingNow > 0) setDialog({ kind: 'confirm' });
    else confirmAndNext();
  };

  const turnPage = (delta: number) => {
    if (!paged || pageNo === null) return;
    const at = pages.findIndex((p) => p.pageNo === pageNo);
    const next = pages[at + delta];
    if (next) setPageNo(next.pageNo);
  };

  const openBulk = () => setDialog({ kind: 'bulk', selection: textRef.current && doc ? selectionSpan(textRef.current, doc.text) : null });

  useReviewShortcuts({
    active: Boolean(view) && !dialog && editingId === null,
    particularsKey: onParticulars ? (e) => particulars.handleKey(e) : null,
    count: ordered.length,
    undo: () => void r.undo().then(selectChanged),
    redo: () => void r.redo().then(selectChanged),
    stepSpan: stepSelectedSpan,
    toggleParticulars: () => {
      if (doc?.decreeRecord) setTab((v) => (v === 'particulars' ? 'entities' : 'particulars'));
      return Boolean(doc?.decreeRecord);
    },
    move,
    act,
    startEdit: () => {
      if (current !== null) setEditingId(current);
      return current !== null;
    },
    startAdd,
    openAcceptAbove: () => setDialog({ kind: 'acceptAbove' }),
    openBulk,
    toggleZone: toggleZoneAtCursor,
    focusText,
    requestConfirm,
    turnPage,
    toggleHistory: () => setTab((v) => (v === 'history' ? 'entities' : 'history')),
    back: onBack,
    help: () => setDialog({ kind: 'help' }),
    dismissNotice: () => setNotice(null),
  });

  const fieldSource = onParticulars ? particulars.source : null;

  const actions = useMemo<EntityActions>(
    () => ({
      select,
      review: (entityId, action) => {
        const entity = latest.current.view?.byId.get(entityId);
        if (entity) latest.current.review(entity, action);
      },
      startEdit: (entityId) => {
        setSelectedId(entityId);
        setEditingId(entityId);
      },
      saveEdit: async (entityId, change) => {
        await latest.current.edit(entityId, change);
        setEditingId(null);
      },
      cancelEdit: () => setEditingId(null),
      bulk: (action, entities, scope) => latest.current.runBulk(action, entities, scope),
      toggleZone,
    }),
    [select, toggleZone],
  );

  if (r.loadError) {
    return (
      <main className="review view">
        <div className="toolbar">
          <button type="button" onClick={onBack}>
            ← {t('document.back')}
          </button>
        </div>
        <ErrorMessage error={r.loadError} />
      </main>
    );
  }
  if (!state || !view || !doc) {
    return (
      <main className="review view">
        <EmptyState>{t('document.loading')}</EmptyState>
      </main>
    );
  }

  return (
    <main className="review view" aria-label={doc.name}>
      <ReviewToolbar
        state={state}
        pending={r.pending}
        onBack={onBack}
        onUndo={() => void r.undo().then(selectChanged)}
        onRedo={() => void r.redo().then(selectChanged)}
        onAcceptAbove={() => setDialog({ kind: 'acceptAbove' })}
        onBulk={openBulk}
        onConfirm={requestConfirm}
        onReopen={() => void r.setStatus('in_review').catch(() => undefined)}
        onHelp={() => setDialog({ kind: 'help' })}
      />
      <ErrorMessage error={r.error} onDismiss={r.clearError} />
      {notice && (
        <div className="notice" role="status">
          {notice}{' '}
          <button type="button" className="link" onClick={() => setNotice(null)}>
            {t('common.dismiss')}
          </button>
        </div>
      )}
      {pages.length === 0 && (doc.sourceType === 'pdf' || doc.sourceType === 'image') && (
        <p className="notice" role="note">
          {t('review.textOnly')}
        </p>
      )}
      <div className={`review-body${paged && showPages ? ' with-pages' : ''}`}>
        <ReviewTextPane
          doc={doc}
          view={view}
          pages={pages}
          paged={paged}
          fieldSource={fieldSource}
          selectedId={current}
          caretStart={selected?.start ?? 0}
          onSelect={select}
          textRef={textRef}
        />
        {paged && showPages && pageNo !== null && (
          <PageViewer
            documentId={doc.id}
            pages={pages}
            pageNo={pageNo}
            onPage={setPageNo}
            entities={all}
            skipped={doc.skipped}
            selectedId={current}
            onSelect={select}
            fieldBox={
              fieldSource?.box && fieldSource.page !== null
                ? { page: fieldSource.page, box: fieldSource.box, weak: fieldSource.weak }
                : null
            }
          />
        )}
        <ReviewSidePane
          doc={doc}
          revision={state.revision}
          tab={tab}
          onTab={setTab}
          entityCount={all.length}
          paged={paged}
          showPages={showPages}
          onTogglePages={() => setShowPages((v) => !v)}
          particulars={particulars}
          sections={layout.sections}
          selectedId={current}
          editingId={editingId}
          saving={view.saving}
          actions={actions}
          onSettings={onSettings}
        />
      </div>
      <ReviewDialogs
        dialog={dialog}
        onClose={() => setDialog(null)}
        r={r}
        all={all}
        selected={selected ?? null}
        layout={layout}
        say={setNotice}
        onAdd={add}
        onBulk={runBulk}
        onConfirm={confirmAndNext}
      />
    </main>
  );
});
