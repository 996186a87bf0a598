import { CLERK_FIELD_CHOICES, CLERK_FIELDS } from '../../../../shared/types/decree-record.ts';
import type { ClerkField, DecreeDefaults, DecreeRecord } from '../../../../shared/types/decree-record.ts';
import { DECREE_KINDS, PARTICULAR_FIELDS } from '../../../../shared/types/particulars.ts';
import type { ParticularField } from '../../../../shared/types/particulars.ts';

/** One line of the particulars form: a particular the engine read, or a field only the clerk fills. */
export type FormRow = { group: 'particular'; field: ParticularField } | { group: 'clerk'; field: ClerkField };

/** The form's order, the one j/k walk: the particulars as DECREES.md lists them, then the clerk's fields. */
export const FORM_ROWS: readonly FormRow[] = [
  ...PARTICULAR_FIELDS.map((field) => ({ group: 'particular' as const, field })),
  ...CLERK_FIELDS.map((field) => ({ group: 'clerk' as const, field })),
];

/** A particular as the form shows and edits it: lists joined with "; ", nothing as "". */
export function particularText(record: DecreeRecord, field: ParticularField): string {
  const value = record.fields[field].value;
  if (value === null) return '';
  return Array.isArray(value) ? value.join('; ') : String(value);
}

/** A clerk field's own value, else the unit default (and whether it is the default). */
export function clerkText(
  record: DecreeRecord,
  field: ClerkField,
  defaults: DecreeDefaults | null,
): { text: string; fromDefault: boolean } {
  const own = record.clerk[field];
  if (own !== null) return { text: own, fromDefault: false };
  const fallback = defaults ? ((defaults as Partial<Record<ClerkField, string | null>>)[field] ?? null) : null;
  return { text: fallback ?? '', fromDefault: fallback !== null };
}

/** Values offered while typing: the kinds for `kind`, the closed lists of clerk fields. */
export function suggestionsFor(row: FormRow): readonly string[] | undefined {
  if (row.group === 'particular') return row.field === 'kind' ? DECREE_KINDS : undefined;
  return CLERK_FIELD_CHOICES[row.field];
}

export const rowKey = (row: FormRow) => `${row.group}-${row.field}`;
