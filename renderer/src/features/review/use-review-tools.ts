import { useCallback, useMemo, useState } from 'react';
import type { RefObject } from 'react';
import { isSpanProblem, stepSpan } from '../../../../shared/review/span-edit.ts';
import { documentZones } from '../../../../shared/review/zones.ts';
import { ApiCallError } from '../../api/client.ts';
import { errorText } from '../../components/ErrorMessage.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { issueText } from './issue-text.ts';
import type { ReviewState } from './review-state.ts';
import type { EntityRecord } from './review-types.ts';
import { placeCaret, selectionInside } from './text-caret.ts';
import type { BulkScope, Review } from './use-review.ts';
import { panelLayout } from './zone-sections.ts';
import type { PanelLayout } from './zone-sections.ts';

/**
 * The document's zones (body, tables, Lampiran) and the panel laid out by them. Long tables
 * and attachments open collapsed; `toggleZone` flips one, and the choice lasts while the
 * document is open.
 */
export function useZones(doc: ReviewState['doc'] | null, ordered: readonly EntityRecord[]) {
  const [toggled, setToggled] = useState<ReadonlySet<string>>(new Set());
  const text = doc?.text;
  const skipped = doc?.skipped;
  const structure = doc?.decreeRecord?.structure;
  const zones = useMemo(() => (text === undefined ? [] : documentZones(text, structure ?? [], skipped ?? [])), [text, structure, skipped]);
  const layout = useMemo(() => panelLayout(ordered, zones, toggled), [ordered, zones, toggled]);
  const toggleZone = useCallback(
    (key: string) =>
      setToggled((prev) => {
        const next = new Set(prev);
        if (!next.delete(key)) next.add(key);
        return next;
      }),
    [],
  );
  return { zones, layout, toggleZone };
}

interface Tools {
  r: Review;
  doc: ReviewState['doc'] | null;
  selected: EntityRecord | null;
  layout: PanelLayout;
  select(id: number | null): void;
  toggleZone(key: string): void;
  say(text: string): void;
  showError(e: unknown): void;
  closeDialog(): void;
  textRef: RefObject<HTMLPreElement | null>;
}

/** The review's bulk decisions, span keys, zone key and caret key. */
export function useReviewTools({ r, doc, selected, layout, select, toggleZone, say, showError, closeDialog, textRef }: Tools) {
  const { t } = useI18n();

  /** Accepts or rejects the pending ones among `entities` as one step; says so when there are none. */
  const runBulk = (action: 'accept' | 'reject', entities: readonly EntityRecord[], scope: BulkScope) => {
    closeDialog();
    const pendingIds = entities.filter((e) => e.status === 'pending').map((e) => e.id);
    if (pendingIds.length === 0) {
      say(t('bulk.nothing'));
      return;
    }
    r.bulk(action, pendingIds, scope).then(
      (outcome) =>
        say(
          outcome.entities.length === 0
            ? t('bulk.nothing')
            : t(action === 'accept' ? 'bulk.accepted' : 'bulk.rejected', { count: outcome.entities.length }),
        ),
      showError,
    );
  };

  /** Alt(+Shift)+arrows: the selected entity's span a word wider or narrower, checked here and by the backend. */
  const stepSelectedSpan = (edge: 'start' | 'end', step: 'widen' | 'narrow') => {
    if (!selected || !doc) return;
    const next = stepSpan(doc.text, { start: selected.start, end: selected.end }, edge, step);
    if (isSpanProblem(next)) {
      say(t(`issue.${next.code}`));
      return;
    }
    r.resize(selected.id, next).then(
      (outcome) => say(t('review.spanChanged', { text: outcome.entities[0]?.text ?? '' })),
      (e: unknown) => {
        const issue = e instanceof ApiCallError ? e.issues?.[0] : undefined;
        say(issue ? issueText(issue, t) : errorText(e));
      },
    );
  };

  /** "z": closes the cursor's table or Lampiran, or opens the first closed one after it. */
  const toggleZoneAtCursor = () => {
    const here = selected ? layout.sectionOf.get(selected.id) : undefined;
    if (here && here.zone.kind !== 'body' && !here.collapsed) {
      toggleZone(here.key);
      // The cursor leaves the closed zone for the next open entity (or the last one before it).
      const rest = layout.navigable.filter((e) => layout.sectionOf.get(e.id) !== here);
      select((rest.find((e) => e.start >= here.zone.start) ?? rest.at(-1))?.id ?? null);
      return;
    }
    const closed = layout.sections.filter((s) => s.collapsed);
    const after = closed.find((s) => !here || s.zone.start >= here.zone.start) ?? closed[0];
    if (!after) return;
    toggleZone(after.key);
    select(after.entities[0]?.id ?? null);
  };

  /** "t": the text pane takes the keys, its caret at the selected entity. */
  const focusText = () => {
    const el = textRef.current;
    if (!el) return;
    el.focus();
    if (!selectionInside(el)) placeCaret(el, selected?.start ?? 0);
  };

  return { runBulk, stepSelectedSpan, toggleZoneAtCursor, focusText };
}
