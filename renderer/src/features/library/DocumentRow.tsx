import { memo } from 'react';
import type { CSSProperties } from 'react';
import { jdihnKind } from '../../../../shared/decrees/instrument-names.ts';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { formatDateTime } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { PageThumbnail } from './PageThumbnail.tsx';
import { Snippet } from './Snippet.tsx';
import type { DocumentSummary } from './use-document-list.ts';

export interface RowActions {
  onActivate(index: number): void;
  onOpen(id: number, index: number): void;
  /** Library: move to the trash. Trash: restore. */
  onSecondary(doc: DocumentSummary): void;
}

interface Props {
  index: number;
  doc: DocumentSummary | undefined;
  active: boolean;
  style: CSSProperties;
  mode: 'library' | 'trash';
  actions: RowActions;
}

/** One library row; memoised so scrolling and arrow keys only redraw rows that changed. */
export const DocumentRow = memo(function DocumentRow({ index, doc, active, style, mode, actions }: Props) {
  const { t, locale } = useI18n();
  if (!doc) {
    return (
      <div role="row" aria-rowindex={index + 2} className="doc-row loading" style={style}>
        <div role="cell" className="c-name">
          {t('common.loading')}
        </div>
      </div>
    );
  }
  const decree = doc.decree;
  const label =
    decree && decree.number
      ? // As JDIH names it ("Keputusan Bupati"): the office of a regional head, else the kind's name.
        `${decree.kind ? jdihnKind(decree.kind, decree.issuer).jenis : ''} ${t('library.numberPrefix')} ${decree.number}`.trim()
      : doc.name;
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      aria-selected={active}
      className={`doc-row${active ? ' active' : ''}`}
      data-testid="document-row"
      data-document-id={doc.id}
      style={style}
      onMouseDown={() => actions.onActivate(index)}
      onDoubleClick={() => mode === 'library' && actions.onOpen(doc.id, index)}
    >
      <div role="cell" className={`c-name${doc.snippet ? ' with-snippet' : ''}`}>
        {(doc.sourceType === 'pdf' || doc.sourceType === 'image') && doc.pageCount > 0 ? (
          <PageThumbnail documentId={doc.id} name={doc.name} />
        ) : (
          <span className="doc-thumb none" aria-hidden="true" />
        )}
        {mode === 'library' ? (
          <button type="button" className="link doc-name" onClick={() => actions.onOpen(doc.id, index)}>
            {label}
          </button>
        ) : (
          <span className="doc-name">{label}</span>
        )}
        {/* An instrument is named by its kind, number and title; its file name stays beside, smaller. */}
        {decree && (
          <span className="doc-title" title={decree.title ?? undefined} data-testid="decree-title">
            {decree.title}
          </span>
        )}
        {decree && <span className="doc-file-name muted">{doc.name}</span>}
        {decree && !decree.instrument && (
          <span className="flag" title={t('decree.notInstrument')}>
            ⚠ {t('library.notInstrument')}
          </span>
        )}
        {!decree && doc.title && doc.title !== doc.name && (
          <span className="doc-title" title={doc.title}>
            {doc.title}
          </span>
        )}
        {doc.snippet && <Snippet pieces={doc.snippet} />}
      </div>
      <div role="cell" className="c-status">
        <StatusBadge status={doc.status} />
      </div>
      <div role="cell" className="c-num" title={t('library.column.pending')}>
        {doc.pendingCount > 0 ? <span className="count-pending">{doc.pendingCount}</span> : <span className="muted">0</span>}
      </div>
      <div role="cell" className="c-num" title={t('library.column.confirmed')}>
        {doc.confirmedCount}
      </div>
      <div role="cell" className="c-type">
        {t(`source.${doc.sourceType}`)}
        {doc.pageCount > 0 ? ` · ${t('library.pages', { count: doc.pageCount })}` : ''}
      </div>
      <div role="cell" className="c-established" data-testid="date-established">
        {decree?.dateEstablished ?? ''}
      </div>
      <div role="cell" className="c-date">
        {formatDateTime(doc.importedAt, locale)}
      </div>
      <div role="cell" className="c-actions">
        <button
          type="button"
          className="icon-button"
          title={mode === 'library' ? t('library.delete') : t('trash.restore')}
          aria-label={mode === 'library' ? t('library.delete') : t('trash.restore')}
          onClick={() => actions.onSecondary(doc)}
        >
          {mode === 'library' ? t('library.deleteShort') : t('trash.restoreShort')}
        </button>
      </div>
    </div>
  );
});
