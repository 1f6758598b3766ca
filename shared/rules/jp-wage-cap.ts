import type { JpWageCap } from '../domain/reference';

const PERIOD = /^\d{4}-(0[1-9]|1[0-2])$/;

/** JP began with the July 2015 contribution month (PP 45/2015): before it there is no JP to owe or to miss. */
export const JP_START_MONTH = '2015-07';

export function jpExistsIn(period: string): boolean {
  return period >= JP_START_MONTH;
}

/**
 * The JP wage cap for a contribution month "YYYY-MM": the cap with the latest effectiveMonth ≤ period, or null
 * when the reference data has none that early (an uncovered month is a gap in the data, not a crash).
 * Each year's new cap applies from the March contribution month, so January and February still use the
 * previous year's cap (PP 45/2015 Ps.28–29).
 */
export function jpWageCapAt(period: string, caps: readonly JpWageCap[]): number | null {
  if (!PERIOD.test(period)) throw new RangeError(`Periode harus berformat YYYY-MM: "${period}"`);
  let best: JpWageCap | undefined;
  for (const cap of caps) {
    // "YYYY-MM" strings order the same way as the months they name.
    if (cap.effectiveMonth <= period && (!best || cap.effectiveMonth > best.effectiveMonth)) best = cap;
  }
  return best?.amount ?? null;
}

/** As jpWageCapAt, for callers that need a figure: throws when the period is malformed or older than every cap. */
export function jpWageCapFor(period: string, caps: readonly JpWageCap[]): number {
  const cap = jpWageCapAt(period, caps);
  if (cap === null) throw new RangeError(`Tidak ada batas upah JP untuk periode ${period}`);
  return cap;
}
