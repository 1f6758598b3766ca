import { percentOfRupiah } from '../rules/contribution';

/** One marginal slice of the contract value: [from, to) in rupiah (to null = no upper end). */
export interface JakonTier {
  from: number;
  to: number | null;
  jkkPct: number;
  jkmPct: number;
}

export interface JakonTierSet {
  /** First SPK date the set applies to, "YYYY-MM-DD". */
  from: string;
  tiers: readonly JakonTier[];
  basis: string;
}

const JT = 1_000_000;
const M = 1_000_000_000;

/** DOMAIN.md §2 "Other segments": marginal tiers of the contract value before VAT. */
export const JAKON_TIER_SETS: readonly JakonTierSet[] = [
  {
    from: '2015-07-01',
    tiers: [
      { from: 0, to: 100 * JT, jkkPct: 0.21, jkmPct: 0.03 },
      { from: 100 * JT, to: 500 * JT, jkkPct: 0.17, jkmPct: 0.02 },
      { from: 500 * JT, to: 1 * M, jkkPct: 0.13, jkmPct: 0.02 },
      { from: 1 * M, to: 5 * M, jkkPct: 0.11, jkmPct: 0.01 },
      { from: 5 * M, to: null, jkkPct: 0.09, jkmPct: 0.01 },
    ],
    basis: 'Permenakertrans 44/2015 (jasa konstruksi); PP 44/2015 jo. PP 49/2020 (JKK, JKM)',
  },
];

export interface JakonSlice {
  from: number;
  to: number | null;
  amount: number;
  jkk: number;
  jkm: number;
}

export interface JakonContribution {
  method: 'contract' | 'wages';
  base: number;
  jkk: number;
  jkm: number;
  total: number;
  slices: JakonSlice[];
  basis: string;
}

export function jakonTiersFor(spkDate: string, sets: readonly JakonTierSet[] = JAKON_TIER_SETS): JakonTierSet | null {
  let found: JakonTierSet | null = null;
  for (const s of sets) if (s.from <= spkDate && (!found || s.from > found.from)) found = s;
  return found;
}

/**
 * Contribution of a project whose wages are unknown: each slice of the contract value at its own rate, each
 * slice rounded to whole rupiah (half up), the totals the sum of the rounded slices.
 */
export function jakonFromContractValue(value: number, spkDate: string, sets?: readonly JakonTierSet[]): JakonContribution {
  const set = jakonTiersFor(spkDate, sets);
  if (!set) throw new RangeError(`Tarif Jakon untuk ${spkDate} tidak ada di data acuan`);
  const slices: JakonSlice[] = [];
  for (const t of set.tiers) {
    if (value <= t.from) break;
    const amount = Math.min(value, t.to ?? value) - t.from;
    slices.push({ from: t.from, to: t.to, amount, jkk: percentOfRupiah(amount, t.jkkPct), jkm: percentOfRupiah(amount, t.jkmPct) });
  }
  const jkk = slices.reduce((s, x) => s + x.jkk, 0);
  const jkm = slices.reduce((s, x) => s + x.jkm, 0);
  return { method: 'contract', base: value, jkk, jkm, total: jkk + jkm, slices, basis: set.basis };
}

/** Contribution from the workers' wages when a roster is given: JKK at the contractor's risk-group rate, JKM 0.30 %. */
export function jakonFromWages(wages: readonly number[], jkkRatePct: number, jkmRatePct = 0.3): JakonContribution {
  const jkk = wages.reduce((s, w) => s + percentOfRupiah(w, jkkRatePct), 0);
  const jkm = wages.reduce((s, w) => s + percentOfRupiah(w, jkmRatePct), 0);
  const base = wages.reduce((s, w) => s + w, 0);
  return { method: 'wages', base, jkk, jkm, total: jkk + jkm, slices: [], basis: 'PP 44/2015 Ps.16 & 18 (upah pekerja proyek)' };
}
