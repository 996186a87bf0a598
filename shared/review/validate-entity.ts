import { isRealDate } from '../text/calendar.ts';
import type { Attributes, EntityType } from '../types/entity.ts';
import { ENTITY_ATTRIBUTES, attributeAsText, attributeNames, attributeSchema } from '../types/entity-attributes.ts';

export interface ValidationContext {
  /** Whether a Kemendagri code names a province, regency or city (the region list). */
  regionExists(code: string): boolean;
}

/** A refused value: `code` and `params` let the UI say it in the clerk's language. */
export interface FieldIssue {
  path: string;
  code: string;
  params?: Record<string, string>;
  message: string;
}

/** Why a value is wrong, without where (the caller knows the field). */
export interface ValueProblem {
  code: string;
  params?: Record<string, string>;
  message: string;
}

const problem = (code: string, message: string, params?: Record<string, string>): ValueProblem =>
  params ? { code, params, message } : { code, message };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DECIMAL = /^\d{1,4}(?:[.,]\d{1,4})?$/;

/** The stored form of what a clerk typed: trimmed, single spaces; scores with a decimal point. */
export function canonicalValue(type: EntityType, value: string): string {
  const trimmed = value.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (type === 'score') return trimmed.replace(',', '.');
  if (type === 'decree') return trimmed.replace(/\s*\/\s*/g, '/');
  return trimmed;
}

/** Why a normalised value is invalid for its type (ENTITIES.md keys), or null when it is fine. */
export function normalizedIssue(type: EntityType, value: string, ctx: ValidationContext): ValueProblem | null {
  if (!value) return problem('required', 'A value is required.');
  switch (type) {
    case 'date': {
      const m = ISO_DATE.exec(value);
      if (!m) return problem('date_format', 'Write the date as YYYY-MM-DD, e.g. 2025-04-25.');
      return isRealDate(Number(m[1]), Number(m[2]), Number(m[3]))
        ? null
        : problem('date_impossible', `${value} is not a date that exists.`, { value });
    }
    case 'region':
      if (!/^\d{2}(\.\d{2})?$/.test(value))
        return problem('region_format', 'A region is its Kemendagri code: 16 for a province, 16.06 for a regency or city.');
      return ctx.regionExists(value)
        ? null
        : problem('region_unknown', `${value} is not a province, regency or city code in the region list.`, { value });
    case 'score':
      return DECIMAL.test(value) ? null : problem('score_format', 'A score is a number such as 4.57 or 93.31.');
    case 'decree':
      return /^[^/\s][^\s]*\/(19|20)\d{2}$/.test(value)
        ? null
        : problem('decree_format', 'A decree key is NUMBER/YEAR, e.g. 659/2024 or 800/1234/BKPSDM/2021.');
    case 'official':
    case 'organization':
      if (!/\p{L}/u.test(value)) return problem('name_letters', 'A name must contain letters.');
      return value.length > 300 ? problem('name_too_long', 'The name is too long.') : null;
  }
}

/**
 * Checks the attributes whose form the spec fixes (shared/types/entity-attributes.ts), in schema
 * order; free-text attributes and ones the type does not name pass as they are.
 */
export function attributeIssues(type: EntityType, attributes: Attributes, ctx: ValidationContext): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const parsed = ENTITY_ATTRIBUTES[type].safeParse(attributes);
  for (const issue of parsed.error?.issues ?? []) {
    const name = String(issue.path[0]);
    const refusal = attributeSchema(type, name)?.spec.issue ?? { code: 'attribute_invalid' };
    issues.push({
      path: `attributes.${name}`,
      code: refusal.code,
      ...(refusal.params ? { params: refusal.params } : {}),
      message: issue.message,
    });
  }
  for (const name of attributeNames(type)) {
    if (!attributeSchema(type, name)?.spec.regionCode) continue;
    const code = attributeAsText(attributes[name]);
    if (code && !ctx.regionExists(code))
      issues.push({
        path: `attributes.${name}`,
        code: 'region_unknown',
        params: { value: code },
        message: `${code} is not a region code in the region list.`,
      });
  }
  return issues;
}
