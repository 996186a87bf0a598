/**
 * The one calendar check of the app: the date extractor, the entity validator and the decree
 * particulars all ask it whether a day exists.
 */

/** Days in a month of the Gregorian calendar (a leap year: every fourth, centuries only every 400th). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Whether y-m-d exists on the calendar (no 31 February, no month 13, no day 0). */
export function isRealDate(year: number, month: number, day: number): boolean {
  return Number.isInteger(month) && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}
