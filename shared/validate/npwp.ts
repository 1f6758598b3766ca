import type { ValidationIssue } from './issue';

/** Digits of an NPWP with the usual punctuation (`XX.XXX.XXX.X-XXX.XXX`) and spaces removed. */
export function normaliseNpwp(input: string): string {
  return input.replace(/[\s.-]/g, '');
}

/**
 * 15 digits (legacy) or 16 digits (PMK 112/2022). An all-zero NPWP is the usual filler for "none":
 * flagged separately because matching on it would join unrelated companies.
 */
export function validateNpwp(input: string): ValidationIssue[] {
  const npwp = normaliseNpwp(input);
  if (!/^(\d{15}|\d{16})$/.test(npwp)) {
    return [{ code: 'NPWP_FORMAT', severity: 'error', field: 'npwp', params: { digits: npwp.length } }];
  }
  if (/^0+$/.test(npwp)) return [{ code: 'NPWP_PLACEHOLDER', severity: 'warning', field: 'npwp' }];
  return [];
}

/** The 16-digit form: a legacy 15-digit NPWP becomes "0" + 15 digits (PMK 112/2022). Null if not an NPWP. */
export function npwp16(input: string): string | null {
  const npwp = normaliseNpwp(input);
  if (validateNpwp(npwp).length > 0) return null;
  return npwp.length === 15 ? `0${npwp}` : npwp;
}

/** Same taxpayer? The 15-digit form equals the 16-digit "0"+15 form; invalid or all-zero NPWPs equal nothing. */
export function npwpEquals(a: string, b: string): boolean {
  const x = npwp16(a);
  return x !== null && x === npwp16(b);
}
