import { useI18n } from '../../i18n/i18n.tsx';
import type { DocumentSummary } from './use-document-list.ts';

/**
 * Where a search found the document: the passage's pieces as text nodes, the hits in <mark>.
 * The pieces come from the backend as plain strings and are never parsed as HTML.
 */
export function Snippet({ pieces }: { pieces: NonNullable<DocumentSummary['snippet']> }) {
  const { t } = useI18n();
  return (
    <span className="doc-snippet" data-testid="snippet" aria-label={t('library.snippet')}>
      {pieces.map((piece, i) => (piece.hit ? <mark key={i}>{piece.text}</mark> : <span key={i}>{piece.text}</span>))}
    </span>
  );
}
