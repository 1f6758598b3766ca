import type { MinimumWage, MinimumWageKind } from '../domain/reference';
import { currentRegionCode } from '../reference/regions';

export interface ApplicableMinimumWage {
  amount: number;
  kind: MinimumWageKind;
  year: number;
  confirmed: boolean;
  source: string;
}

/**
 * The minimum wage binding a workplace in a month "YYYY-MM" (or a year "YYYY"): the regency's UMK for that
 * year, else its province's UMP. Legacy codes (64.73 …) resolve to their successor (65.71 …).
 * Null when neither is known for that year: minimum wages change every year, so an older year's figure
 * is never carried forward (it would understate the minimum).
 */
export function minimumWageFor(
  regencyCode: string,
  period: string,
  wages: readonly MinimumWage[],
): ApplicableMinimumWage | null {
  const code = currentRegionCode(regencyCode);
  const year = Number(period.slice(0, 4));
  if (code === null || !/^\d{4}/.test(period)) return null;
  const provinceCode = code.slice(0, 2);
  const regency = code.slice(0, 5);
  const umk = wages.find((w) => w.kind === 'UMK' && w.regencyCode === regency && w.year === year);
  const ump = wages.find((w) => w.kind === 'UMP' && w.provinceCode === provinceCode && w.year === year);
  const found = umk ?? ump;
  if (!found) return null;
  return { amount: found.amount, kind: found.kind, year, confirmed: found.confirmed, source: found.source };
}
