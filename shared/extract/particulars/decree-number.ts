import type { Found, Line } from './lines.ts';
import { nextFilled, trimTrailing } from './lines.ts';

/**
 * The instrument's number exactly as written after NOMOR ("188.45/0545/DISPUS/2025", "44",
 * "500.14/784/BUP/VI/TAHUN 2024") and its year (TAHUN, or the year the number ends in). Gaps
 * around slashes are layout, not part of the number. A number is legible when every part is
 * digits, capitals, a roman numeral or a short code; scan debris ("91Syus [2028", "¢3") is not,
 * and is never repaired into digits.
 */
export interface ReadNumber {
  number: Found<string> | null;
  year: Found<number> | null;
  legible: boolean;
}

const YEAR_AFTER = /\bTAHUN\s{0,3}(\d{4})(?!\d)/i;
const PART = /^(?:\d+(?:[.-]\d+)*|[A-Z]{1,10}(?:[.-][A-Z0-9]{1,10})*|[A-Z][a-z]{1,6}|[IVXLC]{1,5}|\d+[A-Z]?|[A-Z]+\.\d+(?:\.\d+)*)$/;

function isYear(s: string): boolean {
  if (!/^\d{4}$/.test(s)) return false;
  const y = Number(s);
  return y >= 1900 && y <= 2100;
}

export function isLegibleNumber(number: string): boolean {
  const plain = number.replace(/TAHUN\s(\d{4})$/, '$1');
  if (!/\d/.test(plain) || /\s/.test(plain)) return false;
  return plain.split('/').every((p) => PART.test(p));
}

/**
 * Look-alikes in the slots a number's layout fixes: the last part of an agenda number is a year
 * ("201S" → "2015"), and the part before it, after a code in capitals, a month in roman
 * numerals ("228/KPT/1/2017" → "228/KPT/I/2017"). Other parts are left as read.
 */
export function repairNumberSlots(number: string): string {
  const parts = number.split('/');
  if (parts.length < 2) return number;
  const last = parts.length - 1;
  if (/^[0-9SOlI]{4}$/.test(parts[last]!) && (parts[last]!.match(/\d/g) ?? []).length >= 3) {
    parts[last] = parts[last]!.replace(/S/g, '5').replace(/O/g, '0').replace(/[lI]/g, '1');
  }
  if (
    parts.length >= 3 &&
    /^\d{4}$/.test(parts[last]!) &&
    /^[A-Z][A-Za-z.]*$/.test(parts[last - 2]!) &&
    /^[1IVX]{1,4}$/.test(parts[last - 1]!)
  ) {
    parts[last - 1] = parts[last - 1]!.replace(/1/g, 'I');
  }
  return parts.join('/');
}

/** Reads the number from `rest`, the text after "NOMOR" on line `lineIndex` (or the next line when empty). */
export function readNumber(lines: readonly Line[], lineIndex: number, rest: string, rule: string): ReadNumber | null {
  let line = lines[lineIndex]!;
  let restStart = line.at + line.text.length - rest.length;
  let source = line.norm.slice(line.text.length - rest.length);
  if (!rest.trim()) {
    const next = nextFilled(lines, lineIndex + 1);
    if (next >= lines.length || next - lineIndex > 3 || !/\d/.test(lines[next]!.text)) return null;
    line = lines[next]!;
    restStart = line.at;
    source = line.norm;
  }
  const tentang = source.search(/\sTENTANG\b/i);
  const text = tentang >= 0 ? source.slice(0, tentang) : source;
  let year: Found<number> | null = null;
  const tahun = YEAR_AFTER.exec(text);
  let numberText = text;
  if (tahun && isYear(tahun[1]!)) {
    const at = restStart + tahun.index + tahun[0].length - 4;
    year = { value: Number(tahun[1]), start: at, end: at + 4, rule: `${rule}.tahun`, confidence: 0.95 };
    const before = text.slice(0, tahun.index).trimEnd();
    // "500.14/784/BUP/VI/TAHUN 2024": an agenda number that writes TAHUN inside it keeps it.
    const slashes = before.split('/').length - 1;
    numberText =
      slashes >= 2 && before.endsWith('/')
        ? `${before}${text.slice(tahun.index, tahun.index + tahun[0].length)}`
        : trimTrailing(before, ' \t/');
  }
  const number = repairNumberSlots(trimTrailing(numberText.trim().replace(/\s*\/\s*/g, '/'), '.,:;'));
  if (!number) return { number: null, year, legible: false };
  const lead = source.length - source.trimStart().length;
  const numberFound: Found<string> = {
    value: number,
    start: restStart + lead,
    end: restStart + lead + numberText.trim().length,
    rule,
    confidence: 0.9,
  };
  if (!year) {
    const last = number.split('/').at(-1) ?? '';
    if (isYear(last))
      year = { value: Number(last), start: numberFound.end - 4, end: numberFound.end, rule: `${rule}.year-in-number`, confidence: 0.9 };
  }
  const legible = isLegibleNumber(number);
  if (!legible) {
    // Debris stays as the page shows it: OCR look-alike repairs are for legible numbers only.
    const surface = lines[lines.indexOf(line)]!.text.slice(numberFound.start - line.at, numberFound.end - line.at);
    numberFound.value = trimTrailing(surface.trim().replace(/\s*\/\s*/g, '/'), '.,:;');
    numberFound.confidence = 0.4;
  }
  return { number: numberFound, year, legible };
}
