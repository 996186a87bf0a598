import { describe, expect, it } from 'vitest';
import { decreeKey, issuersAgree } from '../../../shared/decrees/decree-key.ts';
import { corporateAuthor, issuerRegion, jdihnKind } from '../../../shared/decrees/instrument-names.ts';
import { parseClerkField, parseParticular, recordIssues, yearInNumber } from '../../../shared/review/validate-particulars.ts';
import { composedParticulars } from '../../helpers/decree-parts.ts';

describe('particular edits', () => {
  it("take what a clerk types and store the spec's shapes", () => {
    expect(parseParticular('year', ' 2025 ')).toEqual({ value: 2025 });
    expect(parseParticular('legal_basis', '23/2014; 12 / 2011')).toEqual({ value: ['23/2014', '12/2011'] });
    expect(parseParticular('legal_basis', '')).toEqual({ value: [] });
    expect(parseParticular('legal_basis', null)).toEqual({ value: null });
    expect(parseParticular('title', '   ')).toEqual({ value: null });
    expect(parseParticular('date_promulgated', '2024-02-29')).toEqual({ value: '2024-02-29' });
    expect(parseParticular('number', '800 / 1234 / BKPSDM / 2021')).toEqual({ value: '800/1234/BKPSDM/2021' });
  });

  it('refuse what the spec does not allow, naming the field', () => {
    expect(parseParticular('date_promulgated', '2023-02-29')).toMatchObject({
      issue: { path: 'date_promulgated', code: 'date_impossible' },
    });
    expect(parseParticular('kind', 'Perbup')).toMatchObject({ issue: { path: 'kind', code: 'kind_value' } });
    expect(parseParticular('legal_basis', ['UUD 1945'])).toMatchObject({
      issue: { path: 'legal_basis', code: 'legal_basis_key', params: { value: 'UUD 1945' } },
    });
    expect(parseParticular('year', '1850')).toMatchObject({ issue: { code: 'year_digits' } });
    expect(parseClerkField('tingkat_perkembangan', 'salinan')).toMatchObject({ issue: { code: 'choice_value' } });
    expect(parseClerkField('status', 'Tidak Berlaku')).toEqual({ value: 'Tidak Berlaku' });
  });

  it('check the year against a number that carries one', () => {
    expect(yearInNumber('188.45/0545/DISPUS/2025')).toBe(2025);
    expect(yearInNumber('188.45/0545')).toBeNull();
    expect(yearInNumber('2025')).toBeNull(); // a number that is only digits is not a year
    expect(recordIssues({ ...composedParticulars(), year: 2024 }, 'year')).toMatchObject([{ path: 'year', code: 'year_mismatch' }]);
    expect(recordIssues({ ...composedParticulars(), number: '7', year: 2019 }, 'number')).toEqual([]);
  });
});

describe('decree names and keys', () => {
  it('name instruments as JDIH sites do', () => {
    expect(jdihnKind('perkada', 'Bupati Donggala')).toEqual({ jenis: 'Peraturan Bupati', singkatan: 'Perbup' });
    expect(jdihnKind('kepkada', 'Wali Kota Palu')).toEqual({ jenis: 'Keputusan Wali Kota', singkatan: 'Kepwal' });
    expect(jdihnKind('perkada', 'Gubernur Sulawesi Tengah').singkatan).toBe('Pergub');
    expect(jdihnKind('kepmen', 'Menteri Dalam Negeri')).toEqual({ jenis: 'Keputusan Menteri', singkatan: 'Kepmen' });
    expect(corporateAuthor('Bupati Donggala')).toBe('Kabupaten Donggala');
    expect(corporateAuthor('Menteri Dalam Negeri')).toBe('Indonesia. Kementerian Dalam Negeri');
    expect(issuerRegion('Walikota Palu')).toBe('Palu');
  });

  it('key a decree as ENTITIES.md does and match issuers loosely', () => {
    expect(decreeKey('659', 2024)).toBe('659/2024');
    expect(decreeKey('800/1234/BKPSDM/2021', 2021)).toBe('800/1234/BKPSDM/2021');
    expect(decreeKey(null, 2021)).toBeNull();
    expect(issuersAgree('BUPATI DONGGALA,', 'Bupati Donggala')).toBe(true);
    expect(issuersAgree('Bupati Donggala', 'Wali Kota Palu')).toBe(false);
  });
});
