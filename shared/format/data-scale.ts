const STEPS = [1, 2, 2.5, 5, 10];

/**
 * The top of a bar scale that fits the data: the smallest "round" figure (1, 2, 2.5, 5 × 10ⁿ) at or above the
 * largest value, so 1–2 % coverage fills a visible share of the bar instead of a sliver of 0–100 %.
 * Nothing to show (no value above zero) keeps a scale of 1.
 */
export function niceScaleMax(values: readonly number[]): number {
  const max = Math.max(0, ...values.filter((v) => Number.isFinite(v)));
  if (max <= 0) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(max));
  const step = STEPS.find((s) => s * magnitude >= max * (1 - 1e-12))!;
  return step * magnitude;
}

/** A value's share of the scale as a CSS width percentage, 0–100. */
export const barShare = (value: number, scaleMax: number): number => Math.max(0, Math.min(100, (value / scaleMax) * 100));
