import { useMemo } from 'react';
import type { RefObject } from 'react';
import type { FieldSource } from '../../../../shared/types/particulars.ts';
import { EmptyState } from '../../components/EmptyState.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { DocumentText } from './DocumentText.tsx';
import type { ReviewState, ReviewView } from './review-state.ts';
import type { PageSummary } from './review-types.ts';
import { buildSegments } from './text-segments.ts';
import { FIELD_MARK_ID, fieldMark } from './use-particulars.ts';

interface Props {
  doc: ReviewState['doc'];
  view: ReviewView;
  pages: readonly PageSummary[];
  /** Whether the text shows its page breaks (a PDF or an image with pages). */
  paged: boolean;
  /** Where the particulars cursor's field was read, drawn as a mention; null off the particulars tab. */
  fieldSource: FieldSource | null;
  selectedId: number | null;
  /** Where the caret starts when the pane takes the keys without one (the selected entity). */
  caretStart: number;
  onSelect(entityId: number): void;
  textRef: RefObject<HTMLPreElement | null>;
}

/** The text pane: the clean text highlighted by entities, skipped spans, pages and the field's source. */
export function ReviewTextPane({ doc, view, pages, paged, fieldSource, selectedId, caretStart, onSelect, textRef }: Props) {
  const { t } = useI18n();
  const segments = useMemo(() => {
    const marked = fieldSource ? [...view.byId.values(), fieldMark(doc.id, fieldSource)] : view.byId.values();
    return buildSegments(doc.text.length, marked, doc.skipped, paged ? pages : []);
  }, [doc, view, pages, paged, fieldSource]);

  return (
    <section className="text-pane" aria-label={t('document.text')}>
      {doc.text.length === 0 ? (
        <EmptyState>{t('review.noText')}</EmptyState>
      ) : (
        <DocumentText
          text={doc.text}
          segments={segments}
          selectedId={fieldSource ? FIELD_MARK_ID : selectedId}
          onSelect={(entityId) => entityId !== FIELD_MARK_ID && onSelect(entityId)}
          textRef={textRef}
          caretStart={caretStart}
        />
      )}
    </section>
  );
}
