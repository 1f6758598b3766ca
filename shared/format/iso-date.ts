/** The one place "YYYY-MM" and "YYYY-MM-DD" text is built from numbers or a clock. */

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** 2026, 3 → "2026-03". */
export function isoMonthText(year: number, month: number): string {
  return `${year}-${pad2(month)}`;
}

/** 2026, 3, 5 → "2026-03-05" (no calendar check: callers that read input check with isCalendarDate). */
export function isoDateText(year: number, month: number, day: number): string {
  return `${isoMonthText(year, month)}-${pad2(day)}`;
}

/** The calendar day of an instant on this device's clock (the desk PC's zone, not UTC). */
export function deviceLocalDate(d: Date): string {
  return isoDateText(d.getFullYear(), d.getMonth() + 1, d.getDate());
}

/** "HH:MM:SS" of an instant on this device's clock. */
export function deviceLocalTime(d: Date): string {
  return `${pad2(d.getHours())}:${pad2(d.getMinutes())}:${pad2(d.getSeconds())}`;
}
