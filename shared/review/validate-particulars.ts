import { DECREE_KINDS } from '../types/particulars.ts';
import type { DecreeKind, ParticularField, Particulars } from '../types/particulars.ts';
import { CLERK_FIELD_CHOICES } from '../types/decree-record.ts';
import type { ClerkField, ParticularValue } from '../types/decree-record.ts';
import { isRealDate } from '../text/calendar.ts';
import type { FieldIssue } from './validate-entity.ts';

/** What a caller may send for a particular: typed values, or the text a clerk typed into the form. */
export type ParticularInput = string | number | string[] | null;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const YEAR = /^(19|20)\d{2}$/;
/** A decree key as ENTITIES.md writes it: the number as written, then /YEAR. */
const DECREE_KEY = /^[^/\s][^\s]*\/(19|20)\d{2}$/;

const issue = (path: string, code: string, message: string, params?: Record<string, string>): FieldIssue =>
  params ? { path, code, params, message } : { path, code, message };

const tidy = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim();

/** The year an agenda-style number ends in ("188.45/0545/DISPUS/2025" → 2025), else null. */
export function yearInNumber(number: string): number | null {
  const m = /(?:^|[/.\-\s])((?:19|20)\d{2})$/.exec(number.trim());
  return m && number.trim() !== m[1] ? Number(m[1]) : null;
}

/**
 * Turns what the clerk sent for one field into the stored value, or says why it cannot be.
 * Empty text means "the document does not show it": null, as the engine would record it.
 */
export function parseParticular(field: ParticularField, input: ParticularInput): { value: ParticularValue } | { issue: FieldIssue } {
  if (field === 'legal_basis') {
    if (input === null) return { value: null };
    const items = (Array.isArray(input) ? input : String(input).split(/[;\n,]+/))
      .map((k) => tidy(k).replace(/\s*\/\s*/g, '/'))
      .filter(Boolean);
    const bad = items.find((k) => !DECREE_KEY.test(k));
    if (bad !== undefined) {
      return { issue: issue(field, 'legal_basis_key', `"${bad}" is not a decree key: write NUMBER/YEAR, e.g. 23/2014.`, { value: bad }) };
    }
    return { value: items };
  }
  if (Array.isArray(input)) return { issue: issue(field, 'required', 'A single value is expected.') };
  const text = input === null ? '' : tidy(String(input));
  if (!text) return { value: null };
  switch (field) {
    case 'kind':
      return (DECREE_KINDS as readonly string[]).includes(text)
        ? { value: text as DecreeKind }
        : { issue: issue(field, 'kind_value', `The kind is one of ${DECREE_KINDS.join(', ')}.`, { kinds: DECREE_KINDS.join(', ') }) };
    case 'year':
      return YEAR.test(text) ? { value: Number(text) } : { issue: issue(field, 'year_digits', 'The year must be four digits, e.g. 2024.') };
    case 'date_established':
    case 'date_promulgated': {
      const m = ISO_DATE.exec(text);
      if (!m) return { issue: issue(field, 'date_format', 'Write the date as YYYY-MM-DD, e.g. 2025-04-25.') };
      return isRealDate(Number(m[1]), Number(m[2]), Number(m[3]))
        ? { value: text }
        : { issue: issue(field, 'date_impossible', `${text} is not a date that exists.`, { value: text }) };
    }
    case 'number':
      return { value: text.replace(/\s*\/\s*/g, '/') };
    default:
      return text.length > 2000 ? { issue: issue(field, 'name_too_long', 'The text is too long.') } : { value: text };
  }
}

/**
 * Checks between fields, on the record as it would be after an edit. `blame` is the field the
 * clerk just changed: the message goes there, where she is typing.
 */
export function recordIssues(values: Particulars, blame: ParticularField | null): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const carried = values.number ? yearInNumber(values.number) : null;
  if (carried !== null && values.year !== null && carried !== values.year) {
    const path = blame === 'number' ? 'number' : 'year';
    issues.push(
      issue(path, 'year_mismatch', `The number ends in ${carried} but the year is ${values.year}.`, {
        carried: String(carried),
        year: String(values.year),
      }),
    );
  }
  return issues;
}

/** The stored form of a clerk-only field, or why it cannot be. */
export function parseClerkField(field: ClerkField, input: string | null): { value: string | null } | { issue: FieldIssue } {
  const text = input === null ? '' : tidy(input);
  if (!text) return { value: null };
  const choices = CLERK_FIELD_CHOICES[field];
  if (choices && !choices.includes(text)) {
    return { issue: issue(field, 'choice_value', `Choose one of: ${choices.join(', ')}.`, { choices: choices.join(', ') }) };
  }
  return text.length > 1000 ? { issue: issue(field, 'name_too_long', 'The text is too long.') } : { value: text };
}
