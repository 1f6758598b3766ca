import type { ValidationIssue } from '../validate/issue';

/** UU 24/2011 Ps.15 (PP 44/2015 Ps.4): a new worker is to be registered within 30 days of starting work. */
export const LATE_REGISTRATION_DAYS = 30;

const DAY_MS = 86_400_000;

/** Whole days from one "YYYY-MM-DD" to another (calendar dates, no time of day). */
export function daysBetween(fromIso: string, toIso: string): number {
  return Math.round((Date.parse(toIso) - Date.parse(fromIso)) / DAY_MS);
}

/** A warning when a worker who started on `startDate` is registered on `today` later than the rule allows. */
export function lateRegistrationIssue(startDate: string, today: string): ValidationIssue | null {
  const days = daysBetween(startDate, today);
  return days > LATE_REGISTRATION_DAYS ? { code: 'LATE_REGISTRATION', severity: 'warning', field: 'startDate', params: { days } } : null;
}
