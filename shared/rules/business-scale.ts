import type { BusinessScale } from '../domain/reference';
import type { ValidationIssue } from '../validate/issue';

// PP 7/2021 Ps.35: capital excluding land and buildings, or annual sales, rupiah (upper bounds; large above).
const LIMITS: readonly { scale: BusinessScale; capital: number; sales: number }[] = [
  { scale: 'mikro', capital: 1_000_000_000, sales: 2_000_000_000 },
  { scale: 'kecil', capital: 5_000_000_000, sales: 15_000_000_000 },
  { scale: 'menengah', capital: 10_000_000_000, sales: 50_000_000_000 },
];

export function scaleByCapital(capital: number): BusinessScale {
  return LIMITS.find((l) => capital <= l.capital)?.scale ?? 'besar';
}

export function scaleBySales(sales: number): BusinessScale {
  return LIMITS.find((l) => sales <= l.sales)?.scale ?? 'besar';
}

export interface ScaleSuggestion {
  scale: BusinessScale;
  /** Annual sales decide for a running business; capital where sales are not known (Ps.35 ayat 3–5). */
  basis: 'sales' | 'capital';
}

export function suggestScale(f: { capital?: number | null; annualSales?: number | null }): ScaleSuggestion | null {
  if (f.annualSales != null) return { scale: scaleBySales(f.annualSales), basis: 'sales' };
  if (f.capital != null) return { scale: scaleByCapital(f.capital), basis: 'capital' };
  return null;
}

/** A warning when the typed scale disagrees with what capital or sales say; null when they agree or are unknown. */
export function scaleMismatch(typed: BusinessScale, f: { capital?: number | null; annualSales?: number | null }): ValidationIssue | null {
  const s = suggestScale(f);
  if (!s || s.scale === typed) return null;
  return {
    code: s.basis === 'sales' ? 'SCALE_MISMATCH_SALES' : 'SCALE_MISMATCH_CAPITAL',
    severity: 'warning',
    field: 'scale',
    params: { typed, suggested: s.scale },
  };
}
