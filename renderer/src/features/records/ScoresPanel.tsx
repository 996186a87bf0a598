import { useMemo, useState } from 'react';
import { useI18n } from '../../i18n/i18n.tsx';
import type { RecordSummary } from './RecordsView.tsx';
import { pivot, toScoreRows } from './score-rows.ts';

/**
 * The scores dataset inside the records view: every accepted score with its subject, filterable
 * by index and year, and a subject × year pivot of the values.
 */
export function ScoresPanel({ records }: { records: readonly RecordSummary[] }) {
  const { t } = useI18n();
  const [index, setIndex] = useState('');
  const [year, setYear] = useState('');
  const all = useMemo(() => toScoreRows(records), [records]);
  const indexes = useMemo(() => [...new Set(all.map((r) => r.index).filter(Boolean))].sort(), [all]);
  const years = useMemo(() => [...new Set(all.map((r) => r.year).filter(Boolean))].sort(), [all]);
  const rows = all.filter((r) => (!index || r.index === index) && (!year || r.year === year));
  const table = useMemo(() => pivot(all.filter((r) => !index || r.index === index)), [all, index]);

  return (
    <section className="scores-panel" aria-labelledby="scores-heading" data-testid="scores-panel">
      <h3 id="scores-heading">{t('scores.title')}</h3>
      <div className="filters">
        <label className="field-inline">
          <span>{t('scores.index')}</span>
          <select value={index} onChange={(e) => setIndex(e.target.value)} aria-label={t('scores.index')}>
            <option value="">{t('scores.anyIndex')}</option>
            {indexes.map((i) => (
              <option key={i} value={i}>
                {i}
              </option>
            ))}
          </select>
        </label>
        <label className="field-inline">
          <span>{t('scores.year')}</span>
          <select value={year} onChange={(e) => setYear(e.target.value)} aria-label={t('scores.year')}>
            <option value="">{t('scores.anyYear')}</option>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="records-scroll">
        <table className="records-table" data-testid="scores-table">
          <thead>
            <tr>
              <th>{t('scores.subject')}</th>
              <th>{t('scores.subjectKey')}</th>
              <th>{t('scores.index')}</th>
              <th>{t('scores.year')}</th>
              <th className="num">{t('scores.value')}</th>
              <th>{t('scores.grade')}</th>
              <th>{t('scores.predicate')}</th>
              <th className="num">{t('records.column.documents')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key}>
                <td>{r.subject}</td>
                <td className="mono">{r.subjectKey}</td>
                <td>{r.index}</td>
                <td>{r.year}</td>
                <td className="num">{r.value}</td>
                <td>{r.grade}</td>
                <td>{r.predicate}</td>
                <td className="num">{r.documents}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {table.years.length > 0 && (
        <div className="records-scroll">
          <table className="records-table" data-testid="scores-pivot" aria-label={t('scores.pivot')}>
            <caption>{t('scores.pivot')}</caption>
            <thead>
              <tr>
                <th>{t('scores.subject')}</th>
                {table.years.map((y) => (
                  <th key={y} className="num">
                    {y}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.subjects.map((s) => (
                <tr key={s.label}>
                  <th scope="row">{s.label}</th>
                  {s.cells.map((c, k) => (
                    <td key={table.years[k]} className="num">
                      {c}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
