import { memo, useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { EntityType } from '../../../../shared/types/entity.ts';
import { EmptyState } from '../../components/EmptyState.tsx';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { useDocumentTitle } from '../../hooks/use-document-title.ts';
import { isTypingTarget, useGlobalKeys } from '../../hooks/use-global-keys.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { AcceptAboveDialog } from './AcceptAboveDialog.tsx';
import { AddEntityDialog } from './AddEntityDialog.tsx';
import { BulkDialog } from './BulkDialog.tsx';
import { spanKey } from './review-keys.ts';
import { useConfirmNext } from './use-confirm-next.ts';
import { useReviewTools, useZones } from './use-review-tools.ts';
import { ConfirmPendingDialog } from './ConfirmPendingDialog.tsx';
import { DocumentText } from './DocumentText.tsx';
import { EntityPanel } from './EntityPanel.tsx';
import type { EntityActions } from './EntityPanel.tsx';
import { HistoryPanel } from './HistoryPanel.tsx';
import { KeyHelp } from './KeyHelp.tsx';
import { PageViewer } from './PageViewer.tsx';
import { ReviewToolbar } from './ReviewToolbar.tsx';
import { mentionSpans, pageAt } from './review-types.ts';
import type { ReviewOutcome, Span } from './review-types.ts';
import { selectionSpan } from './selection-offsets.ts';
import { buildSegments } from './text-segments.ts';
import { useReview } from './use-review.ts';
import { ParticularsPanel } from './ParticularsPanel.tsx';
import { FIELD_MARK_ID, fieldMark, useParticulars } from './use-particulars.ts';
import { errorText } from '../../components/ErrorMessage.tsx';
import { useSettings } from '../../hooks/use-settings.ts';

type Dialog =
  | { kind: 'help' }
  | { kind: 'add'; span: Span; surface: string }
  | { kind: 'acceptAbove' }
  | { kind: 'bulk'; selection: Span | null }
  | { kind: 'confirm' };

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
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [tab, setTab] = useState<'entities' | 'particulars' | 'history'>('entities');
  const [pageNo, setPageNo] = useState<number | null>(null);
  const [showPages, setShowPages] = useState(true);
  const [notice, setNotice] = useState<string | null>(null);
  const [initialisedFor, setInitialisedFor] = useState<number | null>(null);
  const textRef = useRef<HTMLPreElement>(null);

  const state = r.state;
  const view = r.view;
  const doc = state?.doc ?? null;
  const { settings } = useSettings();
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

  useGlobalKeys((e) => {
    if (!view || dialog || editingId !== null || isTypingTarget(e.target)) return false;
    const mod = e.ctrlKey || e.metaKey;
    if (mod && !e.altKey && e.key.toLowerCase() === 'z') {
      void (e.shiftKey ? r.redo() : r.undo()).then(selectChanged);
      return true;
    }
    if (mod && !e.altKey && e.key.toLowerCase() === 'y') {
      void r.redo().then(selectChanged);
      return true;
    }
    if (onParticulars && particulars.handleKey(e)) return true;
    const span = spanKey(e);
    if (span) {
      stepSelectedSpan(span.edge, span.step);
      return true;
    }
    if (mod || e.altKey) return false;
    switch (e.key) {
      case 'f':
        if (doc?.decreeRecord) setTab((v) => (v === 'particulars' ? 'entities' : 'particulars'));
        return Boolean(doc?.decreeRecord);
      case 'j':
      case 'ArrowDown':
        move(1);
        return true;
      case 'k':
      case 'ArrowUp':
        move(-1);
        return true;
      case 'Home':
        move(-ordered.length);
        return true;
      case 'End':
        move(ordered.length);
        return true;
      case 'Enter':
        if (e.target instanceof HTMLButtonElement || e.target instanceof HTMLAnchorElement) return false;
        act('accept');
        return true;
      case 'a':
        act('accept');
        return true;
      case 'r':
      case 'x':
        act('reject');
        return true;
      case 'p':
        act('reset');
        return true;
      case 'e':
        if (current !== null) setEditingId(current);
        return current !== null;
      case 'n':
        startAdd();
        return true;
      case 'A':
        setDialog({ kind: 'acceptAbove' });
        return true;
      case 'B':
        setDialog({ kind: 'bulk', selection: textRef.current && doc ? selectionSpan(textRef.current, doc.text) : null });
        return true;
      case 'z':
        toggleZoneAtCursor();
        return true;
      case 't':
        focusText();
        return true;
      case 'c':
        requestConfirm();
        return true;
      case 'u':
        void r.undo().then(selectChanged);
        return true;
      case 'U':
        void r.redo().then(selectChanged);
        return true;
      case '[':
        turnPage(-1);
        return true;
      case ']':
        turnPage(1);
        return true;
      case 'h':
        setTab((v) => (v === 'history' ? 'entities' : 'history'));
        return true;
      case 'b':
        onBack();
        return true;
      case '?':
        setDialog({ kind: 'help' });
        return true;
      case 'Escape':
        window.getSelection()?.removeAllRanges();
        setNotice(null);
        return true;
      default:
        return false;
    }
  });

  const fieldSource = onParticulars ? particulars.source : null;
  const segments = useMemo(() => {
    if (!doc || !view) return [];
    const marked = fieldSource ? [...view.byId.values(), fieldMark(doc.id, fieldSource)] : view.byId.values();
    return buildSegments(doc.text.length, marked, doc.skipped, paged ? pages : []);
  }, [doc, view, pages, paged, fieldSource]);

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
        onBulk={() => setDialog({ kind: 'bulk', selection: textRef.current ? selectionSpan(textRef.current, doc.text) : null })}
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
        <section className="text-pane" aria-label={t('document.text')}>
          {doc.text.length === 0 ? (
            <EmptyState>{t('review.noText')}</EmptyState>
          ) : (
            <DocumentText
              text={doc.text}
              segments={segments}
              selectedId={fieldSource ? FIELD_MARK_ID : current}
              onSelect={(entityId) => entityId !== FIELD_MARK_ID && select(entityId)}
              textRef={textRef}
              caretStart={selected?.start ?? 0}
            />
          )}
        </section>
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
        <aside className="side-pane">
          <div className="tabs" role="tablist" aria-label={t('review.panels')}>
            {doc.decreeRecord && (
              <button type="button" role="tab" aria-selected={tab === 'particulars'} onClick={() => setTab('particulars')}>
                {t('decree.tab')}
              </button>
            )}
            <button type="button" role="tab" aria-selected={tab === 'entities'} onClick={() => setTab('entities')}>
              {t('review.entities')} <span className="muted">{all.length}</span>
            </button>
            <button type="button" role="tab" aria-selected={tab === 'history'} onClick={() => setTab('history')}>
              {t('review.history')}
            </button>
            {paged && (
              <button type="button" className="link toggle-pages" onClick={() => setShowPages((v) => !v)}>
                {showPages ? t('review.hidePages') : t('review.showPages')}
              </button>
            )}
          </div>
          <div className="tab-body" role="tabpanel">
            {onParticulars && doc.decreeRecord ? (
              <ParticularsPanel
                record={doc.decreeRecord}
                defaults={settings?.decreeDefaults ?? null}
                cursor={particulars.cursor}
                editing={particulars.editing}
                actions={particulars.actions}
              />
            ) : tab !== 'history' ? (
              <EntityPanel sections={layout.sections} selectedId={current} editingId={editingId} saving={view.saving} actions={actions} />
            ) : (
              <HistoryPanel documentId={doc.id} version={state.revision} onSettings={onSettings} />
            )}
          </div>
          <p className="hint">{t('review.keysHint')}</p>
        </aside>
      </div>
      {dialog?.kind === 'help' && <KeyHelp onClose={() => setDialog(null)} />}
      {dialog?.kind === 'add' && (
        <AddEntityDialog
          surface={dialog.surface}
          onAdd={(type, normalized) => add(type, dialog.span, normalized)}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'acceptAbove' && (
        <AcceptAboveDialog
          entities={all}
          onClose={() => setDialog(null)}
          onAccept={(threshold) => {
            setDialog(null);
            r.acceptAbove(threshold).then(
              (outcome) => setNotice(t('review.acceptedAbove', { count: outcome.entities.length })),
              () => undefined,
            );
          }}
        />
      )}
      {dialog?.kind === 'bulk' && (
        <BulkDialog
          ordered={all}
          current={selected ?? null}
          section={(selected && layout.sectionOf.get(selected.id)) ?? layout.sections[0] ?? null}
          selection={dialog.selection}
          onRun={runBulk}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'confirm' && (
        <ConfirmPendingDialog
          pending={all.filter((e) => e.status === 'pending').length}
          onConfirm={confirmAndNext}
          onClose={() => setDialog(null)}
        />
      )}
    </main>
  );
});
