import { memo, useEffect, useMemo, useRef, useState } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { pageBoxes } from './page-boxes.ts';
import type { EntityRecord, PageSummary, Span } from './review-types.ts';
import { usePageImage } from './use-page-image.ts';

interface Props {
  documentId: number;
  pages: readonly PageSummary[];
  pageNo: number;
  onPage(pageNo: number): void;
  entities: readonly EntityRecord[];
  skipped: readonly Span[];
  selectedId: number | null;
  onSelect(entityId: number): void;
  /** Where the selected decree particular was read, in page pixels: drawn over the page. */
  fieldBox?: { page: number; box: { x: number; y: number; width: number; height: number }; weak: boolean } | null;
}

/** The page image with the same highlights as the text, drawn from the OCR / text-layer word boxes. */
export function PageViewer({ documentId, pages, pageNo, onPage, entities, skipped, selectedId, onSelect, fieldBox = null }: Props) {
  const { t } = useI18n();
  const { page, error } = usePageImage(documentId, pageNo, pages.length);
  const [zoom, setZoom] = useState(1);
  const summary = pages.find((p) => p.pageNo === pageNo);
  const index = pages.findIndex((p) => p.pageNo === pageNo);
  const scroller = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // Zoomed in, the selected entity's words may be off screen: bring them in.
    scroller.current?.querySelector('.box.sel')?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [selectedId, page, zoom, fieldBox]);
  const boxes = useMemo(
    () => (page ? pageBoxes(page.words, page.width, page.height, entities, skipped, selectedId) : []),
    [page, entities, skipped, selectedId],
  );

  return (
    <section className="page-viewer" aria-label={t('review.pageImage')}>
      <div className="page-nav">
        <button type="button" disabled={index <= 0} onClick={() => onPage(pages[index - 1]!.pageNo)} aria-label={t('review.prevPage')}>
          ‹
        </button>
        <span>{t('review.pageOf', { page: pageNo, count: pages.length })}</span>
        <button
          type="button"
          disabled={index < 0 || index >= pages.length - 1}
          onClick={() => onPage(pages[index + 1]!.pageNo)}
          aria-label={t('review.nextPage')}
        >
          ›
        </button>
        {summary && (
          <span className="muted">
            {summary.source === 'ocr'
              ? t('review.pageOcr', { confidence: summary.ocrConfidence === null ? '—' : `${Math.round(summary.ocrConfidence * 100)}%` })
              : t('review.pageTextLayer')}
          </span>
        )}
        <span className="spacer" />
        <button type="button" onClick={() => setZoom((z) => Math.max(0.5, z - 0.25))} aria-label={t('review.zoomOut')}>
          −
        </button>
        <button type="button" onClick={() => setZoom(1)} aria-label={t('review.zoomFit')}>
          {Math.round(zoom * 100)}%
        </button>
        <button type="button" onClick={() => setZoom((z) => Math.min(4, z + 0.25))} aria-label={t('review.zoomIn')}>
          +
        </button>
      </div>
      <ErrorMessage error={error} />
      <div className="page-scroll" ref={scroller}>
        {page ? (
          <div className="page-frame" style={{ width: `${zoom * 100}%` }} data-testid="page-image">
            <img src={page.url} alt={t('review.pageAlt', { page: pageNo })} width={page.width} height={page.height} draggable={false} />
            <PageBoxes boxes={boxes} onSelect={onSelect} />
            {fieldBox && fieldBox.page === pageNo && (
              <div
                className={`box field-source sel${fieldBox.weak ? ' weak' : ''}`}
                data-testid="field-source-box"
                style={{
                  left: `${(fieldBox.box.x / page.width) * 100}%`,
                  top: `${(fieldBox.box.y / page.height) * 100}%`,
                  width: `${(fieldBox.box.width / page.width) * 100}%`,
                  height: `${(fieldBox.box.height / page.height) * 100}%`,
                }}
              />
            )}
          </div>
        ) : (
          !error && <p className="muted">{t('common.loading')}</p>
        )}
      </div>
    </section>
  );
}

const PageBoxes = memo(function PageBoxes({ boxes, onSelect }: { boxes: ReturnType<typeof pageBoxes>; onSelect(id: number): void }) {
  return (
    <div className="page-boxes">
      {boxes.map((b) => (
        <div
          key={b.key}
          className={b.cls}
          data-entity-id={b.entityId ?? undefined}
          style={{ left: `${b.left}%`, top: `${b.top}%`, width: `${b.width}%`, height: `${b.height}%` }}
          onClick={b.entityId === null ? undefined : () => onSelect(b.entityId!)}
        />
      ))}
    </div>
  );
});
