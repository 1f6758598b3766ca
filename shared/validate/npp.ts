import type { ValidationIssue } from './issue';

/** Strips spaces, dots and hyphens; other characters stay so the format check catches them. */
export function normaliseNpp(input: string): string {
  return input.replace(/[\s.-]/g, '');
}

/** NPP: BPJS TK employer registration number, 8 digits as observed. Identifiers stay strings: leading zeros matter. */
export function validateNpp(input: string): ValidationIssue[] {
  const npp = normaliseNpp(input);
  return /^\d{8}$/.test(npp) ? [] : [{ code: 'NPP_FORMAT', severity: 'error', field: 'npp', params: { digits: npp.length } }];
}
