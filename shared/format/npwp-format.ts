import { normaliseNpwp } from '../validate/npwp';

/**
 * An NPWP as people write it (DOMAIN.md §1): the legacy 15 digits as `XX.XXX.XXX.X-XXX.XXX`, the 16-digit
 * NPWP (PMK 112/2022) as its 16 digits. Anything else (a stored value that is not an NPWP) is shown as stored.
 */
export function formatNpwp(value: string): string {
  const digits = normaliseNpwp(value);
  const legacy = /^(\d{2})(\d{3})(\d{3})(\d)(\d{3})(\d{3})$/.exec(digits);
  if (legacy) return `${legacy[1]}.${legacy[2]}.${legacy[3]}.${legacy[4]}-${legacy[5]}.${legacy[6]}`;
  if (/^\d{16}$/.test(digits)) return digits;
  return value;
}
