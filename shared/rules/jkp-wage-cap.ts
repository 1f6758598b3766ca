/**
 * JKP's wage base limit, dated. PP 37/2021 (in force 2 February 2021) set it at Rp 5,000,000; PP 6/2025
 * changed the rates, not the limit. Before the first row there is no JKP to contribute to.
 */
export const JKP_WAGE_CAPS: readonly { effectiveMonth: string; amount: number; basis: string }[] = [
  { effectiveMonth: '2021-02', amount: 5_000_000, basis: 'PP 37/2021 jo. PP 6/2025' },
];

/** The JKP wage cap for a contribution month "YYYY-MM", or null before JKP existed. */
export function jkpWageCapAt(period: string): number | null {
  let best: (typeof JKP_WAGE_CAPS)[number] | undefined;
  for (const cap of JKP_WAGE_CAPS) if (cap.effectiveMonth <= period && (!best || cap.effectiveMonth > best.effectiveMonth)) best = cap;
  return best?.amount ?? null;
}
