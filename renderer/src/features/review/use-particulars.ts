import { useCallback, useMemo, useState } from 'react';
import type { DecreeRecord } from '../../../../shared/types/decree-record.ts';
import type { FieldSource } from '../../../../shared/types/particulars.ts';
import { useApi } from '../../api/ApiContext.tsx';
import { FORM_ROWS } from './decree-form-rows.ts';
import type { FormRow } from './decree-form-rows.ts';
import type { ParticularActions } from './ParticularsPanel.tsx';
import type { Review } from './use-review.ts';
import type { EntityRecord } from './review-types.ts';

/** The selected field's source drawn as a mention in the text: an id no entity has. */
export const FIELD_MARK_ID = -1;

export function fieldMark(documentId: number, source: FieldSource): EntityRecord {
  return {
    id: FIELD_MARK_ID,
    documentId,
    type: 'decree',
    start: source.start,
    end: source.end,
    text: '',
    normalized: '',
    attributes: {},
    confidence: source.confidence,
    rule: source.rule,
    status: 'pending',
    origin: 'extractor',
    mentions: [],
  };
}

export interface Particulars {
  cursor: number;
  editing: boolean;
  /** Where the field under the cursor was read: highlighted on the text and the page. */
  source: FieldSource | null;
  actions: ParticularActions;
  /** The form's keys while its tab is open; false when the key is not the form's. */
  handleKey(e: KeyboardEvent): boolean;
}

/**
 * The particulars form's cursor and actions. Every change is one review call (audit, undo) queued
 * behind the entity decisions; `onPage` turns the page viewer to where the selected field was read.
 */
export function useParticulars(
  documentId: number,
  record: DecreeRecord | null,
  review: Review,
  onPage: (page: number) => void,
  onError: (e: unknown) => void,
): Particulars {
  const api = useApi();
  const [cursor, setCursor] = useState(0);
  const [editing, setEditing] = useState(false);
  const row = FORM_ROWS[cursor]!;
  const source = record && row.group === 'particular' ? record.fields[row.field].source : null;

  const select = useCallback(
    (index: number) => {
      const next = Math.max(0, Math.min(FORM_ROWS.length - 1, index));
      setCursor(next);
      setEditing(false);
      const target = FORM_ROWS[next]!;
      const page = record && target.group === 'particular' ? record.fields[target.field].source?.page : null;
      if (page) onPage(page);
    },
    [record, onPage],
  );

  const { run } = review;
  const call = useCallback(
    (work: Parameters<Review['run']>[0]) => {
      run(work).catch(onError);
    },
    [run, onError],
  );

  const actions = useMemo<ParticularActions>(
    () => ({
      select,
      startEdit: (index) => {
        setCursor(index);
        setEditing(true);
      },
      cancelEdit: () => setEditing(false),
      save: async (target: FormRow, text: string) => {
        const value = text.trim() === '' ? null : text;
        await run(() =>
          target.group === 'particular'
            ? api.call('decrees.editField', { documentId, field: target.field, value })
            : api.call('decrees.editClerkField', { documentId, field: target.field, value }),
        );
        setEditing(false);
      },
      confirm: (confirmed) => call(() => api.call('decrees.confirm', { documentId, confirmed })),
    }),
    [api, call, documentId, run, select],
  );

  const decide = (action: 'accept' | 'reset') => {
    if (row.group !== 'particular') return;
    call(() => api.call('decrees.reviewField', { documentId, field: row.field, action }));
    // Accepting moves on, so "a a a" walks down the form.
    if (action === 'accept') select(cursor + 1);
  };

  const handleKey = (e: KeyboardEvent): boolean => {
    if (!record || editing || e.ctrlKey || e.metaKey || e.altKey) return false;
    switch (e.key) {
      case 'j':
      case 'ArrowDown':
        select(cursor + 1);
        return true;
      case 'k':
      case 'ArrowUp':
        select(cursor - 1);
        return true;
      case 'Home':
        select(0);
        return true;
      case 'End':
        select(FORM_ROWS.length - 1);
        return true;
      case 'a':
        decide('accept');
        return true;
      case 'Enter':
        if (e.target instanceof HTMLButtonElement || e.target instanceof HTMLAnchorElement) return false;
        if (row.group === 'particular') decide('accept');
        else setEditing(true);
        return true;
      case 'p':
        decide('reset');
        return true;
      case 'e':
        setEditing(true);
        return true;
      // Confirming is a key; reopening a confirmed record is the button (no accidental reopen).
      case 'c':
        if (record.status !== 'confirmed') actions.confirm(true);
        return true;
      default:
        return false;
    }
  };

  return { cursor, editing, source, actions, handleKey };
}
