import type { Handlers } from '../../../shared/contract/dispatch.ts';
import type { Store } from '../storage/store.ts';
import type { DecreeService } from './decree-service.ts';
import { decreeCitations } from './citations.ts';

type DecreeMethods =
  | 'decrees.get'
  | 'decrees.editField'
  | 'decrees.reviewField'
  | 'decrees.editClerkField'
  | 'decrees.confirm'
  | 'decrees.setDefaults'
  | 'decrees.citations';

/** The contract's decree methods, served by the decree service. */
export function decreeHandlers(decrees: DecreeService, store: Store): Pick<Handlers, DecreeMethods> {
  return {
    'decrees.get': ({ documentId }) => decrees.get(documentId),
    'decrees.editField': ({ documentId, field, value }) => decrees.editField(documentId, field, value),
    'decrees.reviewField': ({ documentId, field, action }) => decrees.reviewField(documentId, field, action),
    'decrees.editClerkField': ({ documentId, field, value }) => decrees.editClerkField(documentId, field, value),
    'decrees.confirm': ({ documentId, confirmed }) => decrees.confirm(documentId, confirmed),
    'decrees.setDefaults': (changes) => decrees.setDefaults(changes),
    'decrees.citations': () => ({ items: decreeCitations(store) }),
  };
}
