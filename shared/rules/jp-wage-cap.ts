import type { JpWageCap } from '../domain/reference';

const PERIOD = /^\d{4}-(0[1-9]|1[0-2])$/;

/**
 * The JP wage cap for a contribution month "YYYY-MM": the cap with the latest effectiveMonth ≤ period.
 * Each year's new cap applies from the March contribution month, so January and February still use the
 * previous year's cap (PP 45/2015 Ps.28–29). Throws when the period is malformed or older than every cap.
 */
export function jpWageCapFor(period: string, caps: readonly JpWageCap[]): number {
  if (!PERIOD.test(period)) throw new RangeError(`Periode harus berformat YYYY-MM: "${period}"`);
  let best: JpWageCap | undefined;
  for (const cap of caps) {
    // "YYYY-MM" strings order the same way as the months they name.
    if (cap.effectiveMonth <= period && (!best || cap.effectiveMonth > best.effectiveMonth)) best = cap;
  }
  if (!best) throw new RangeError(`Tidak ada batas upah JP untuk periode ${period}`);
  return best.amount;
}
