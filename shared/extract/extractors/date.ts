import type { SkippedRange } from '../../types/entity.ts';
import type { RawMention } from '../mention.ts';
import { inRanges } from '../text/ranges.ts';
import type { TokenStream } from '../text/tokenize.ts';
import { KIND_NUM } from '../text/tokenize.ts';
import { isRealDate } from '../../text/calendar.ts';

/**
 * Full calendar dates (day, month, year) in the forms Indonesian pages use: "25/4/2025",
 * "26-01-2024", "2024-01-26", "14 Maret 2025", "5 Juni Tahun 2024", old spellings (Pebruari, Nopember),
 * English month names ("October 15, 2019"). Impossible dates are rejected. The weekday and
 * time written around the date are attributes.
 */

export const MONTHS: Record<string, number> = {
  januari: 1,
  january: 1,
  jan: 1,
  februari: 2,
  pebruari: 2,
  febuari: 2,
  february: 2,
  feb: 2,
  peb: 2,
  maret: 3,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  mei: 5,
  may: 5,
  juni: 6,
  june: 6,
  jun: 6,
  juli: 7,
  july: 7,
  jul: 7,
  agustus: 8,
  august: 8,
  agu: 8,
  agt: 8,
  ags: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  oktober: 10,
  october: 10,
  okt: 10,
  oct: 10,
  november: 11,
  nopember: 11,
  nov: 11,
  nop: 11,
  desember: 12,
  december: 12,
  des: 12,
  dec: 12,
};
const MONTH_ALT = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');
const ENGLISH_ALT = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sept',
  'sep',
  'oct',
  'nov',
  'dec',
].join('|');

// Every quantifier is bounded and every pattern starts at a digit or letter boundary, so a
// scan is linear in the text length.
const TEXTUAL = new RegExp(
  `(?<![\\p{L}\\p{N}])(\\d{1,2})\\s{0,3}(${MONTH_ALT})\\.?(?![\\p{L}])\\s{0,3},?\\s{0,3}(?:tahun\\s{1,3})?(\\d{4})(?!\\d)`,
  'giu',
);
// English "October 15, 2019": found from its digits (rare in text, cheap to scan for), the month read backwards.
const DAY_YEAR = /(?<![\p{L}\p{N}])(\d{1,2})(?:st|nd|rd|th)?,?\s{1,3}(\d{4})(?!\d)/gu;
const ENGLISH_MONTH_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}])(${ENGLISH_ALT})\\.?\\s{1,3}$`, 'iu');
const NUMERIC = /(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?![\d/]|\.\d)/g;
// ISO "2024-06-03" in page datelines and metadata.
const ISO = /(\d{4})-(\d{2})-(\d{2})(?![\d/-]|\.\d)/g;

const WEEKDAY_BEFORE =
  /(senin|selasa|rabu|kamis|jum'?at|jum’at|sabtu|minggu|ahad|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s{0,3}[,(]?\s{0,3}(?:tanggal|tgl\.?)?\s{0,3}[(]?\s{0,2}$/i;
const TIME_AFTER = /^\)?\s{0,3}[,|\-–]?\s{0,3}(?:pukul\s{1,3})?(\d{1,2})[:.](\d{2})(?!\d)\s{0,3}(wib|wita|wit)?/i;

/** The ISO form of a date that exists, in the years news and decrees are about; otherwise null. */
export function isoDate(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2100 || !isRealDate(year, month, day)) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export interface DateMention extends RawMention {
  type: 'date';
}

const TEXTUAL_AT = new RegExp(TEXTUAL.source, 'iuy');
const DAY_YEAR_AT = new RegExp(DAY_YEAR.source, 'uy');
const NUMERIC_AT = new RegExp(NUMERIC.source, 'y');
const ISO_AT = new RegExp(ISO.source, 'y');

/**
 * The matches `text.matchAll(global)` gives, found by trying `sticky` (the same pattern) only
 * at `starts`, the positions in order where a match can begin: a scan resumes after each match
 * as matchAll does, without running the pattern from every position in between.
 */
function matchesAt(sticky: RegExp, text: string, starts: readonly number[]): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let from = 0;
  for (const p of starts) {
    if (p < from) continue;
    sticky.lastIndex = p;
    const m = sticky.exec(text);
    if (m) {
      out.push(m);
      from = p + m[0].length;
    }
  }
  return out;
}

/**
 * Where each pattern can begin, from the tokens (runs of ASCII digits). TEXTUAL, DAY_YEAR and
 * NUMERIC begin at a digit with no digit before it, i.e. at a run's start, with a day of one or
 * two digits that no digit may follow: only runs of one or two digits (a year or a count is not
 * tried). What follows the day narrows it further: NUMERIC's separator ("/", ".", "-"), and
 * DAY_YEAR's suffix ("st" …), comma or white space (any non-ASCII character is let through).
 * ISO's four digits and hyphen end a run of at least four digits followed by "-".
 */
function dateStarts(ts: TokenStream): { dayStarts: number[]; dayYearStarts: number[]; numericStarts: number[]; isoStarts: number[] } {
  const dayStarts: number[] = [];
  const dayYearStarts: number[] = [];
  const numericStarts: number[] = [];
  const isoStarts: number[] = [];
  for (let i = 0; i < ts.count; i++) {
    if (ts.kind[i] !== KIND_NUM) continue;
    const s = ts.start[i] as number;
    const e = ts.end[i] as number;
    const next = ts.norm.charCodeAt(e);
    if (e - s <= 2) {
      dayStarts.push(s);
      if (next === 47 || next === 46 || next === 45) numericStarts.push(s);
      else if (mayFollowDayOfDayYear(next)) dayYearStarts.push(s);
    } else if (e - s >= 4 && next === 45) {
      isoStarts.push(e - 4);
    }
  }
  return { dayStarts, dayYearStarts, numericStarts, isoStarts };
}

/** A character DAY_YEAR may take after its day: s/n/r/t of "st", "nd" …, a comma, white space (non-ASCII let through). */
function mayFollowDayOfDayYear(c: number): boolean {
  return c === 115 || c === 110 || c === 114 || c === 116 || c === 44 || c === 32 || (c >= 9 && c <= 13) || c >= 128;
}

/**
 * `norm` is the text with OCR look-alikes repaired (same length): dates are read from it, surfaces
 * from `text`. With `ts`, the tokens of `norm`, the patterns are tried only where digits begin
 * (the same matches, found faster).
 */
export function findDates(surface: string, skipped: readonly SkippedRange[], norm: string = surface, ts?: TokenStream): DateMention[] {
  const text = norm;
  if (ts && ts.norm !== norm) throw new Error('findDates: tokens of another text');
  const at = ts ? dateStarts(ts) : null;
  const all = (global: RegExp, sticky: RegExp, starts: readonly number[] | undefined): Iterable<RegExpExecArray> =>
    starts ? matchesAt(sticky, text, starts) : text.matchAll(global);
  const out: DateMention[] = [];
  const push = (start: number, end: number, iso: string | null, rule: string, confidence: number): void => {
    if (!iso || inRanges(skipped, start)) return;
    const before = text.slice(Math.max(0, start - 30), start);
    const weekday = WEEKDAY_BEFORE.exec(before)?.[1] ?? null;
    const after = TIME_AFTER.exec(text.slice(end, end + 24));
    let time: string | null = null;
    if (after && (after[3] || text[end] === ',' || /pukul|\|/i.test(after[0]) || after[0].includes(':'))) {
      time = `${after[1]}:${after[2]}${after[3] ? ' ' + after[3] : ''}`;
    }
    out.push({ type: 'date', key: iso, start, end, text: surface.slice(start, end), rule, confidence, attributes: { weekday, time } });
  };
  for (const m of all(TEXTUAL, TEXTUAL_AT, at?.dayStarts)) {
    const month = MONTHS[(m[2] as string).toLowerCase()] as number;
    push(m.index, m.index + m[0].length, isoDate(Number(m[3]), month, Number(m[1])), 'date.textual', 0.95);
  }
  for (const m of all(DAY_YEAR, DAY_YEAR_AT, at?.dayYearStarts)) {
    const before = ENGLISH_MONTH_BEFORE.exec(text.slice(Math.max(0, m.index - 14), m.index));
    if (!before) continue;
    const month = MONTHS[(before[1] as string).toLowerCase()] as number;
    push(m.index - before[0].length, m.index + m[0].length, isoDate(Number(m[2]), month, Number(m[1])), 'date.english', 0.9);
  }
  for (const m of all(NUMERIC, NUMERIC_AT, at?.numericStarts)) {
    push(m.index, m.index + m[0].length, isoDate(Number(m[4]), Number(m[3]), Number(m[1])), 'date.numeric', 0.85);
  }
  for (const m of all(ISO, ISO_AT, at?.isoStarts)) {
    // Not the tail of a longer number or code (checked here: a look-behind would run at every position).
    if (m.index > 0 && /[\d/.-]/.test(text[m.index - 1] as string)) continue;
    push(m.index, m.index + m[0].length, isoDate(Number(m[1]), Number(m[2]), Number(m[3])), 'date.iso', 0.85);
  }
  out.sort((a, b) => a.start - b.start);
  return out;
}
