import type { MethodArgs } from '../../../../shared/contract/api.ts';
import type { DocumentStatus } from '../../../../shared/types/document.ts';
import type { EntityType } from '../../../../shared/types/entity.ts';
import type { DecreeKind } from '../../../../shared/types/particulars.ts';
import type { LIBRARY_SORTS } from '../../../../shared/contract/decree-schemas.ts';

export type LibrarySort = (typeof LIBRARY_SORTS)[number];

export interface LibraryFilters {
  query: string;
  status: DocumentStatus | '';
  entityType: EntityType | '';
  /** With entityType: only documents mentioning this record key ("Dinas Sosial", "16.06"). */
  recordKey: string;
  /** Decrees: kind, part of the issuer's name, year (as typed). */
  decreeKind: DecreeKind | '';
  issuer: string;
  year: string;
  sort: LibrarySort;
  descending: boolean;
}

export const NO_FILTERS: LibraryFilters = {
  query: '',
  status: '',
  entityType: '',
  recordKey: '',
  decreeKind: '',
  issuer: '',
  year: '',
  sort: 'imported',
  descending: false,
};

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
  if (filters.decreeKind) args.decreeKind = filters.decreeKind;
  if (filters.issuer.trim()) args.issuer = filters.issuer.trim();
  // A year applies once it is four digits; anything else is still being typed.
  if (/^(19|20)\d{2}$/.test(filters.year.trim())) args.year = Number(filters.year.trim());
  if (filters.sort !== 'imported') args.sort = filters.sort;
  if (filters.descending) args.descending = true;
  return args;
}

export function hasFilters(filters: LibraryFilters): boolean {
  return Boolean(
    filters.query.trim() || filters.status || filters.entityType || filters.decreeKind || filters.issuer.trim() || filters.year.trim(),
  );
}
