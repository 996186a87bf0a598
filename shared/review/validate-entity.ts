import type { Attributes, EntityType } from '../types/entity.ts';

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

const problem = (code: string, message: string, params?: Record<string, string>): ValueProblem => (params ? { code, params, message } : { code, message });

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DECIMAL = /^\d{1,4}(?:[.,]\d{1,4})?$/;
const YEAR = /^(19|20)\d{2}$/;

/** Whether y-m-d exists on the calendar (no 31 February, no month 13). */
export function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const days = [31, year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return day <= days[month - 1]!;
}

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
      return isRealDate(Number(m[1]), Number(m[2]), Number(m[3])) ? null : problem('date_impossible', `${value} is not a date that exists.`, { value });
    }
    case 'region':
      if (!/^\d{2}(\.\d{2})?$/.test(value)) return problem('region_format', 'A region is its Kemendagri code: 16 for a province, 16.06 for a regency or city.');
      return ctx.regionExists(value) ? null : problem('region_unknown', `${value} is not a province, regency or city code in the region list.`, { value });
    case 'score':
      return DECIMAL.test(value) ? null : problem('score_format', 'A score is a number such as 4.57 or 93.31.');
    case 'decree':
      return /^[^/\s][^\s]*\/(19|20)\d{2}$/.test(value) ? null : problem('decree_format', 'A decree key is NUMBER/YEAR, e.g. 659/2024 or 800/1234/BKPSDM/2021.');
    case 'official':
    case 'organization':
      if (!/\p{L}/u.test(value)) return problem('name_letters', 'A name must contain letters.');
      return value.length > 300 ? problem('name_too_long', 'The name is too long.') : null;
  }
}

/** Checks the attributes whose form the spec fixes; free-text attributes pass as they are. */
export function attributeIssues(type: EntityType, attributes: Attributes, ctx: ValidationContext): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const text = (key: string) => {
    const v = attributes[key];
    return typeof v === 'string' ? v.trim() : v === undefined || v === null ? undefined : String(v);
  };
  if (type === 'score') {
    const year = text('year');
    if (year && !YEAR.test(year)) issues.push({ path: 'attributes.year', code: 'year_digits', message: 'The year must be four digits, e.g. 2024.' });
    const grade = text('grade');
    if (grade && !/^[A-E][+-]?$|^(AA|BB|CC)$/.test(grade)) issues.push({ path: 'attributes.grade', code: 'grade_format', message: 'The grade is a letter such as A, B, C (or AA, BB).' });
  }
  if (type === 'organization') {
    const region = text('region');
    if (region && !ctx.regionExists(region)) issues.push({ path: 'attributes.region', code: 'region_unknown', params: { value: region }, message: `${region} is not a region code in the region list.` });
  }
  if (type === 'region') {
    const level = text('level');
    if (level && !['province', 'regency', 'city'].includes(level)) issues.push({ path: 'attributes.level', code: 'level_value', message: 'The level is province, regency or city.' });
  }
  if (type === 'decree') {
    const kind = text('kind');
    const kinds = ['uu', 'pp', 'perpres', 'permen', 'kepmen', 'perda', 'perkada', 'kepkada', 'sk', 'se', 'other'];
    if (kind && !kinds.includes(kind)) issues.push({ path: 'attributes.kind', code: 'kind_value', params: { kinds: kinds.join(', ') }, message: `The kind is one of ${kinds.join(', ')}.` });
  }
  return issues;
}
