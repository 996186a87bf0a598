import { describe, expect, it } from 'vitest';
import { pivot, toScoreRows } from '../../../renderer/src/features/records/score-rows.ts';
import type { MethodResult } from '../../../shared/contract/api.ts';

type RecordSummary = MethodResult<'records.list'>['items'][number];

const score = (key: string, details: Record<string, string[]>, docs = 1): RecordSummary => ({
  type: 'score',
  key,
  label: key,
  mergedKeys: [],
  mentions: docs,
  details,
  likelyDuplicates: [],
  documents: Array.from({ length: docs }, (_, k) => ({ id: k + 1, name: `d${k + 1}.txt` })),
});

// Issue 10: the records view's scores table and its subject × year pivot, from record summaries.
describe('scores panel data', () => {
  const records = [
    score(
      '4.52|16.06|IPP|2024',
      { subject: ['Kabupaten Musi Banyuasin'], subject_key: ['16.06'], index: ['IPP'], year: ['2024'], grade: ['A'] },
      2,
    ),
    score('4.21|16.06|IPP|2023', { subject: ['Muba'], subject_key: ['16.06'], index: ['IPP'], year: ['2023'] }),
    score('4.52|16.71|IPP|2024', { subject: ['Kota Palembang'], subject_key: ['16.71'], index: ['IPP'], year: ['2024'] }),
    score('93.31|||', { subject: [], index: [], year: [] }),
    {
      type: 'region',
      key: '16.06',
      label: 'Kabupaten Musi Banyuasin',
      mergedKeys: [],
      mentions: 1,
      details: {},
      documents: [],
      likelyDuplicates: [],
    } as RecordSummary,
  ];

  it('gives one row per score record with its value, subject and details', () => {
    const rows = toScoreRows(records);
    expect(rows).toHaveLength(4);
    expect(rows[0]).toMatchObject({
      value: '4.52',
      subject: 'Kabupaten Musi Banyuasin',
      subjectKey: '16.06',
      index: 'IPP',
      year: '2024',
      grade: 'A',
      documents: 2,
    });
    expect(rows[3]).toMatchObject({ value: '93.31', subjectKey: '', year: '' });
  });

  it('pivots subjects by year, keeping two subjects with one value apart', () => {
    const p = pivot(toScoreRows(records));
    expect(p.years).toEqual(['2023', '2024']);
    expect(p.subjects).toEqual([
      { label: 'Kabupaten Musi Banyuasin (16.06)', cells: ['4.21', '4.52'] },
      { label: 'Kota Palembang (16.71)', cells: ['', '4.52'] },
    ]);
  });
});
