import type { ValidationIssue } from './issue';

/** Strips spaces, dots and hyphens; other characters stay so the format check catches them. */
export function normaliseKpj(input: string): string {
  return input.replace(/[\s.-]/g, '');
}

/** KPJ: participant card number, 11 digits as observed. The length is unconfirmed (DOMAIN.md §4), so a mismatch is only a warning. Identifiers stay strings: leading zeros matter. */
export function validateKpj(input: string): ValidationIssue[] {
  const kpj = normaliseKpj(input);
  return /^\d{11}$/.test(kpj) ? [] : [{ code: 'KPJ_FORMAT', severity: 'warning', field: 'kpj', params: { digits: kpj.length } }];
}
