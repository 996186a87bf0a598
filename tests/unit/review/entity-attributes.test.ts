import { describe, expect, it } from 'vitest';
import { ATTRIBUTE_FIELDS, fieldsFor } from '../../../renderer/src/features/review/attribute-fields.ts';
import { isoDate } from '../../../shared/extract/extractors/date.ts';
import { attributeIssues, normalizedIssue } from '../../../shared/review/validate-entity.ts';
import { isRealDate } from '../../../shared/text/calendar.ts';
import { ENTITY_TYPES } from '../../../shared/types/entity.ts';
import { attributeNames } from '../../../shared/types/entity-attributes.ts';
import { DECREE_KINDS } from '../../../shared/types/particulars.ts';

// One schema per type (shared/types/entity-attributes.ts): the form, the validator, the record
// details and the CSV columns all read it.
const ctx = { regionExists: (code: string) => ['16', '16.06'].includes(code) };

describe('entity attribute schemas', () => {
  it('give the edit form its fields, in form order, with the closed sets as suggestions', () => {
    expect(ATTRIBUTE_FIELDS).toEqual({
      region: [
        { name: 'level', kind: 'text', suggestions: ['province', 'regency', 'city'] },
        { name: 'name', kind: 'text' },
      ],
      official: [
        { name: 'role', kind: 'text' },
        { name: 'honorifics', kind: 'list' },
        { name: 'degrees', kind: 'list' },
      ],
      organization: [
        { name: 'abbreviation', kind: 'text' },
        { name: 'region', kind: 'text' },
      ],
      score: [
        { name: 'subject', kind: 'text' },
        { name: 'grade', kind: 'text' },
        { name: 'predicate', kind: 'text' },
        { name: 'index', kind: 'text' },
        { name: 'year', kind: 'number' },
      ],
      date: [
        { name: 'weekday', kind: 'text' },
        { name: 'time', kind: 'text' },
      ],
      decree: [
        { name: 'kind', kind: 'text', suggestions: [...DECREE_KINDS] },
        { name: 'issuer', kind: 'text' },
        { name: 'title', kind: 'text' },
      ],
    });
    // Attributes the type does not name still get a field, by the kind of their value.
    expect(fieldsFor('date', { weekday: 'Senin', note: 'x', pages: 3 }).map((f) => [f.name, f.kind])).toEqual([
      ['weekday', 'text'],
      ['time', 'text'],
      ['note', 'text'],
      ['pages', 'number'],
    ]);
  });

  it('name the details beside a record and the attribute columns of the CSVs, the bookkeeping ones too', () => {
    expect(Object.fromEntries(ENTITY_TYPES.map((t) => [t, attributeNames(t)]))).toEqual({
      region: ['level', 'name'],
      official: ['role', 'honorifics', 'degrees'],
      organization: ['abbreviation', 'region'],
      score: ['subject', 'subject_key', 'subject_region', 'index', 'year', 'grade', 'predicate', 'rank'],
      date: ['weekday', 'time'],
      decree: ['kind', 'issuer', 'title'],
    });
  });

  it('refuse attributes whose form the spec fixes, with codes the UI can phrase, in schema order', () => {
    expect(attributeIssues('score', { year: '24', grade: 'Z', subject: 42 }, ctx)).toEqual([
      { path: 'attributes.year', code: 'year_digits', message: 'The year must be four digits, e.g. 2024.' },
      { path: 'attributes.grade', code: 'grade_format', message: 'The grade is a letter such as A, B, C (or AA, BB).' },
    ]);
    expect(attributeIssues('region', { level: 'village' }, ctx)).toEqual([
      { path: 'attributes.level', code: 'level_value', message: 'The level is province, regency or city.' },
    ]);
    const kinds = DECREE_KINDS.join(', ');
    expect(attributeIssues('decree', { kind: 'keppres' }, ctx)).toEqual([
      { path: 'attributes.kind', code: 'kind_value', params: { kinds }, message: `The kind is one of ${kinds}.` },
    ]);
    expect(attributeIssues('organization', { region: ' 99.99 ' }, ctx)).toEqual([
      {
        path: 'attributes.region',
        code: 'region_unknown',
        params: { value: '99.99' },
        message: '99.99 is not a region code in the region list.',
      },
    ]);
    // A year typed as a number is read as its digits; a year that is not one is refused whatever its kind.
    expect(attributeIssues('score', { year: 2024 }, ctx)).toEqual([]);
    expect(attributeIssues('score', { year: true }, ctx).map((i) => i.code)).toEqual(['year_digits']);
  });

  it('let through what is well formed, empty, missing, or not named by the type', () => {
    expect(attributeIssues('score', { year: ' 2024 ', grade: 'B+', predicate: 'Sangat Baik', rank: 3, extra: ['x'] }, ctx)).toEqual([]);
    expect(attributeIssues('region', { level: 'city', name: 'Kota Palembang' }, ctx)).toEqual([]);
    expect(attributeIssues('decree', { kind: '  ', issuer: null }, ctx)).toEqual([]);
    expect(attributeIssues('organization', { region: '16.06' }, ctx)).toEqual([]);
    expect(attributeIssues('official', { honorifics: ['H.', 'Dr.'], degrees: [] }, ctx)).toEqual([]);
  });
});

describe('the calendar check', () => {
  it('knows month lengths and leap years, for the extractor and the validator alike', () => {
    for (const [y, m, d, real] of [
      [2024, 2, 29, true],
      [2023, 2, 29, false],
      [1900, 2, 29, false],
      [2000, 2, 29, true],
      [2025, 4, 31, false],
      [2025, 12, 31, true],
      [2025, 13, 1, false],
      [2025, 1, 0, false],
    ] as const) {
      expect(isRealDate(y, m, d), `${y}-${m}-${d}`).toBe(real);
      expect(isoDate(y, m, d) !== null, `extractor ${y}-${m}-${d}`).toBe(real);
      const iso = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
      expect(normalizedIssue('date', iso, ctx)?.code ?? null, `validator ${iso}`).toBe(real ? null : 'date_impossible');
    }
  });
});
