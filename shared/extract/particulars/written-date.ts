import { isoDate, MONTHS } from '../extractors/date.ts';

/**
 * A date as the Penutup writes it after "pada tanggal": "3 November 2025", "5 Juni Tahun 2024",
 * "30-12-2025", "1 9 JUN 2000" (a day typed with a gap). Scans slip on month names ("Janyari"),
 * so a month within one or two edits of a full name is that month, flagged as a slip. Nothing is
 * guessed: without a day, a month and a year there is no date.
 */

const FULL_MONTHS = [
  'januari',
  'februari',
  'maret',
  'april',
  'mei',
  'juni',
  'juli',
  'agustus',
  'september',
  'oktober',
  'november',
  'desember',
];

export interface WrittenDate {
  iso: string;
  /** Characters of `s` the date was read from. */
  from: number;
  to: number;
  /** A slipped month name was read as its nearest month. */
  slipped: boolean;
}

export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length]!;
}

function monthOf(word: string): { month: number; slipped: boolean } | null {
  const w = word.toLowerCase();
  const exact = MONTHS[w];
  if (exact) return { month: exact, slipped: false };
  // A stamp cuts a month short ("Agus", "Sept", "Okt"): the one month name it begins.
  const begun = w.length >= 3 ? FULL_MONTHS.filter((name) => name.startsWith(w)) : [];
  if (begun.length === 1) return { month: FULL_MONTHS.indexOf(begun[0]!) + 1, slipped: true };
  if (w.length < 5) return null;
  for (let m = 0; m < FULL_MONTHS.length; m++) {
    const name = FULL_MONTHS[m]!;
    if (editDistance(w, name, 1) <= 1 || (w.length >= 7 && editDistance(w, name, 2) <= 2)) return { month: m + 1, slipped: true };
  }
  return null;
}

const NUMERIC = /(?<!\d)(\d{1,2})\s{0,2}[-/.]\s{0,2}(\d{1,2})\s{0,2}[-/.]\s{0,2}(\d{4})(?!\d)/u;
const WORD = /[\p{L}]+|\d+/gu;

/**
 * The first full date in `s` (a line or two of the Penutup), or null. `knownYear` is the year the
 * Judul gives (TAHUN): an instrument is established in the year it is numbered for, so a day and a
 * month followed by an unreadable year take it, flagged as a slip for the clerk.
 */
export function readWrittenDate(s: string, knownYear: number | null = null): WrittenDate | null {
  const numeric = NUMERIC.exec(s);
  if (numeric) {
    const iso = isoDate(Number(numeric[3]), Number(numeric[2]), Number(numeric[1]));
    if (iso) return { iso, from: numeric.index, to: numeric.index + numeric[0].length, slipped: false };
  }
  const words = [...s.matchAll(WORD)].map((m) => ({ text: m[0], at: m.index }));
  for (let i = 0; i < words.length; i++) {
    const month = /^\p{L}/u.test(words[i]!.text) ? monthOf(words[i]!.text) : null;
    if (!month) continue;
    // The day: one or two digits before the month, a typed gap allowed ("1 9 JUN").
    let d = i - 1;
    let dayText = '';
    while (d >= 0 && /^\d{1,2}$/.test(words[d]!.text) && dayText.length < 2) {
      dayText = words[d]!.text + dayText;
      d--;
    }
    if (!dayText || dayText.length > 2) continue;
    // The year, "Tahun" allowed between.
    let y = i + 1;
    if (words[y]?.text.toLowerCase() === 'tahun') y++;
    const yearText = words[y]?.text;
    if (!yearText || !/^\d{4}$/.test(yearText)) {
      const iso = knownYear ? isoDate(knownYear, month.month, Number(dayText)) : null;
      if (!iso) continue;
      return { iso, from: words[d + 1]!.at, to: words[i]!.at + words[i]!.text.length, slipped: true };
    }
    const iso = isoDate(Number(yearText), month.month, Number(dayText));
    if (!iso) continue;
    return { iso, from: words[d + 1]!.at, to: words[y]!.at + yearText.length, slipped: month.slipped };
  }
  return null;
}
