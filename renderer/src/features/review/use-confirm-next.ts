import { useApi } from '../../api/ApiContext.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { listArgs } from '../library/library-filters.ts';
import { useLibraryState } from '../library/library-state.tsx';
import { nextUnconfirmedId } from './next-unconfirmed.ts';
import type { Review } from './use-review.ts';

/**
 * "c": confirms the document and opens the next one in the library order not yet confirmed;
 * when every other one is, the clerk stays here and is told so (never dropped to the library
 * without a word).
 */
export function useConfirmNext(r: Review, documentId: number | null, onOpenDocument: (id: number) => void, say: (text: string) => void) {
  const api = useApi();
  const { t } = useI18n();
  const { filters, openedIndex, setOpenedIndex } = useLibraryState();
  return async () => {
    if (documentId === null) return;
    try {
      await r.setStatus('confirmed');
      const next = await nextUnconfirmedId(api, listArgs(filters), documentId, openedIndex);
      if (next) {
        setOpenedIndex(next.index);
        onOpenDocument(next.id);
      } else {
        say(t('review.allConfirmed'));
      }
    } catch {
      // Shown by the review's error line.
    }
  };
}
