import type { MethodArgs } from '../../../../shared/contract/api.ts';
import type { DocumentStatus } from '../../../../shared/types/document.ts';
import type { EntityType } from '../../../../shared/types/entity.ts';

export interface LibraryFilters {
  query: string;
  status: DocumentStatus | '';
  entityType: EntityType | '';
  /** With entityType: only documents mentioning this record key ("Dinas Sosial", "16.06"). */
  recordKey: string;
}

export const NO_FILTERS: LibraryFilters = { query: '', status: '', entityType: '', recordKey: '' };

export type ListArgs = Omit<MethodArgs<'documents.list'>, 'limit' | 'offset'>;

/** The list call for a set of filters; the same one drives the library and "next document". */
export function listArgs(filters: LibraryFilters, trashed = false): ListArgs {
  const args: ListArgs = {};
  if (trashed) args.trashed = true;
  const query = filters.query.trim();
  if (query) args.query = query;
  if (filters.status) args.status = filters.status;
  if (filters.entityType) {
    const key = filters.recordKey.trim();
    if (key) args.record = { type: filters.entityType, key };
    else args.entityType = filters.entityType;
  }
  return args;
}

export function hasFilters(filters: LibraryFilters): boolean {
  return Boolean(filters.query.trim() || filters.status || filters.entityType);
}
