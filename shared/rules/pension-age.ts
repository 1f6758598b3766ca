import type { PensionAge } from '../domain/reference';

/**
 * Pension age in a given year (PP 45/2015 Ps.15): the entry with the latest fromYear ≤ year.
 * Years before the first entry get the first entry's age (56, the starting age).
 */
export function pensionAgeFor(year: number, table: readonly PensionAge[]): number {
  const sorted = [...table].sort((a, b) => a.fromYear - b.fromYear);
  const first = sorted[0];
  if (!first) throw new RangeError('Tabel usia pensiun kosong');
  let age = first.age;
  for (const row of sorted) if (row.fromYear <= year) age = row.age;
  return age;
}
