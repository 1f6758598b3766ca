/**
 * The dates the app accepts: real calendar days in a sane range. The floor is 1900-01-02 so that Excel's
 * day 0/1 (1900-01-00/01) and "1900-01-01" placeholders are not mistaken for a birth or start date.
 */
export const MIN_DATE = '1900-01-02';
export const MAX_DATE = '2100-12-31';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** `YYYY-MM-DD` that names a day that exists, between MIN_DATE and MAX_DATE. */
export function isCalendarDate(value: string): boolean {
  const m = DATE.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return false;
  return value >= MIN_DATE && value <= MAX_DATE;
}

/** `YYYY-MM` with a real month, in the same range of years. */
export function isCalendarMonth(value: string): boolean {
  return MONTH.test(value) && value >= MIN_DATE.slice(0, 7) && value <= MAX_DATE.slice(0, 7);
}
