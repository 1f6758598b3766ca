import provinces from '../../seeds/reference/provinces.json';
import regions from '../../seeds/reference/regions.json';
import type { Province, Region } from '../domain/reference';

export const PROVINCES: readonly Province[] = provinces;
/** Regencies/cities of Kalteng (62), Kaltim (64) and Kaltara (65), including legacy pre-2012 codes. */
export const KALIMANTAN_REGIONS: readonly Region[] = regions as Region[];

/** Provinces whose full regency list is in hand; elsewhere only the code's shape can be checked. */
export const PROVINCES_WITH_REGION_LIST: readonly string[] = ['62', '64', '65'];

const provinceByCode = new Map(PROVINCES.map((p) => [p.code, p]));
const regionByCode = new Map(KALIMANTAN_REGIONS.map((r) => [r.code, r]));

/**
 * "64", "6471", "64.71", "647101", "64.71.01" → dotted form ("64", "64.71", "64.71.01");
 * null when the digits are not 2, 4 or 6 long.
 */
export function normaliseRegionCode(code: string): string | null {
  const digits = code.replace(/[\s.]/g, '');
  if (!/^\d+$/.test(digits)) return null;
  switch (digits.length) {
    case 2:
      return digits;
    case 4:
      return `${digits.slice(0, 2)}.${digits.slice(2)}`;
    case 6:
      return `${digits.slice(0, 2)}.${digits.slice(2, 4)}.${digits.slice(4)}`;
    default:
      return null;
  }
}

export function findProvince(code: string): Province | undefined {
  const c = normaliseRegionCode(code);
  return c === null ? undefined : provinceByCode.get(c.slice(0, 2));
}

/** Accepts "6471" or "64.71"; legacy codes are found too (check `legacy`/`successorCode`). */
export function findRegion(code: string): Region | undefined {
  const c = normaliseRegionCode(code);
  return c === null || c.length < 5 ? undefined : regionByCode.get(c.slice(0, 5));
}

/** The code in force today: a legacy code maps to its successor; unknown codes come back normalised. */
export function currentRegionCode(code: string): string | null {
  const c = normaliseRegionCode(code);
  if (c === null) return null;
  const region = findRegion(c);
  return region?.successorCode ?? c;
}
