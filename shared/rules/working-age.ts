import type { ValidationIssue } from '../validate/issue';

/**
 * Ages at which a worker's birth date deserves a second look. Under 18 is a child (UU 13/2003 Ps.1 angka 26);
 * only light work from 13 to 15 (Ps.69), training from 14 (Ps.70) or talent (Ps.71) are exceptions. Above 70 is
 * most likely a typing slip in the year.
 */
export const WORKING_AGE = { adult: 18, lightWorkUntil: 15, max: 70 } as const;

/** Whole years between two "YYYY-MM-DD" dates ("MM-DD" compares as text). Runs per row: no allocation. */
export function ageAt(birthDate: string, on: string): number {
  return Number(on.slice(0, 4)) - Number(birthDate.slice(0, 4)) - (on.slice(5) < birthDate.slice(5) ? 1 : 0);
}

/** A warning for a child worker (naming the rule for under 15) or an implausible age; null for an adult of working age. */
export function workingAgeIssue(birthDate: string, on: string): ValidationIssue | null {
  const age = ageAt(birthDate, on);
  if (age < WORKING_AGE.lightWorkUntil) return { code: 'AGE_CHILD_UNDER_15', severity: 'warning', field: 'birthDate', params: { age } };
  if (age < WORKING_AGE.adult) return { code: 'AGE_CHILD', severity: 'warning', field: 'birthDate', params: { age } };
  if (age > WORKING_AGE.max) {
    return { code: 'AGE_OUT_OF_RANGE', severity: 'warning', field: 'birthDate', params: { age, min: WORKING_AGE.adult, max: WORKING_AGE.max } };
  }
  return null;
}
