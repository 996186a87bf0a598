import type { MethodResult } from '../../../../shared/contract/api.ts';

type RecordSummary = MethodResult<'records.list'>['items'][number];

/** One score record as a row of the dataset: the value and what its details say. */
export interface ScoreRow {
  key: string;
  value: string;
  subject: string;
  subjectKey: string;
  index: string;
  year: string;
  grade: string;
  predicate: string;
  documents: number;
}

const first = (r: RecordSummary, name: string): string => r.details[name]?.[0] ?? '';

export function toScoreRows(records: readonly RecordSummary[]): ScoreRow[] {
  return records
    .filter((r) => r.type === 'score')
    .map((r) => ({
      key: r.key,
      // A score's record key is "value|subject_key|index|year" (shared/records/record-key.ts).
      value: r.key.split('|')[0] ?? r.key,
      subject: first(r, 'subject'),
      subjectKey: first(r, 'subject_key'),
      index: first(r, 'index'),
      year: first(r, 'year'),
      grade: first(r, 'grade'),
      predicate: first(r, 'predicate'),
      documents: r.documents.length,
    }));
}

/** Subjects × years: the value each subject got in each year (several values joined). */
export function pivot(rows: readonly ScoreRow[]): { years: string[]; subjects: Array<{ label: string; cells: string[] }> } {
  const years = [...new Set(rows.map((r) => r.year).filter(Boolean))].sort();
  const bySubject = new Map<string, { label: string; cells: Map<string, string[]> }>();
  for (const r of rows) {
    if (!r.year || !(r.subjectKey || r.subject)) continue;
    const id = r.subjectKey || r.subject;
    let s = bySubject.get(id);
    if (!s) bySubject.set(id, (s = { label: r.subjectKey && r.subject ? `${r.subject} (${r.subjectKey})` : id, cells: new Map() }));
    const list = s.cells.get(r.year) ?? [];
    if (!list.includes(r.value)) list.push(r.value);
    s.cells.set(r.year, list);
  }
  return {
    years,
    subjects: [...bySubject.values()]
      .sort((a, b) => a.label.localeCompare(b.label))
      .map((s) => ({ label: s.label, cells: years.map((y) => (s.cells.get(y) ?? []).join(' / ')) })),
  };
}
