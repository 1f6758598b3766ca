import type { JkkRate } from '../domain/reference';

/** A dated JKK discount for qualifying employers (PP 7/2025, extended by PP 36/2025: 50 %, Feb 2025 – Jan 2026). */
export interface JkkRelief {
  fromMonth: string;
  toMonth: string;
  discountPct: number;
  source: string;
}

/** The relief in force for a contribution month "YYYY-MM", or null. */
export function jkkReliefFor(period: string, reliefs: readonly JkkRelief[]): JkkRelief | null {
  return reliefs.find((r) => r.fromMonth <= period && period <= r.toMonth) ?? null;
}

/** The JKK rates a qualifying employer pays under a relief: each risk group's rate less the discount. */
export function relievedJkkRates(rates: readonly JkkRate[], relief: JkkRelief): JkkRate[] {
  return rates.map((r) => ({ ...r, ratePct: Math.round(r.ratePct * (100 - relief.discountPct) * 100) / 10_000 }));
}
