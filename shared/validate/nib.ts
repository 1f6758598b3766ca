import type { ValidationIssue } from './issue';

/** Strips spaces, dots and hyphens; other characters stay so the format check catches them. */
export function normaliseNib(input: string): string {
  return input.replace(/[\s.-]/g, '');
}

/** NIB: 13-digit business id issued by OSS. Identifiers stay strings: leading zeros matter. */
export function validateNib(input: string): ValidationIssue[] {
  const nib = normaliseNib(input);
  return /^\d{13}$/.test(nib) ? [] : [{ code: 'NIB_FORMAT', severity: 'error', field: 'nib', params: { digits: nib.length } }];
}
