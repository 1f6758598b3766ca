import { isoMonthText } from '../format/iso-date';
import { GAP_CODES, type GapCode } from '../gaps/gap-types';
import type { GapTally } from './summary-types';

export const emptyTallies = (): Record<GapCode, GapTally> =>
  Object.fromEntries(GAP_CODES.map((c) => [c, { count: 0, shortfall: 0 }])) as Record<GapCode, GapTally>;

/** "2026-03" → the twelve periods "2025-04" … "2026-03". */
export function monthsUpTo(period: string, count = 12): string[] {
  const [y, m] = period.split('-').map(Number) as [number, number];
  const out: string[] = [];
  for (let i = count - 1; i >= 0; i--) {
    const idx = y * 12 + (m - 1) - i;
    out.push(isoMonthText(Math.floor(idx / 12), (idx % 12) + 1));
  }
  return out;
}

/** The hash route of the print page, shared by the screen's link, the CLI and the Electron shell. */
export const PRINT_ROUTE = '#/cetak/ringkasan';

export interface PrintTarget {
  branch?: string;
  province?: string;
  period?: string;
}

export function printHash(t: PrintTarget): string {
  const q = new URLSearchParams();
  if (t.branch) q.set('branch', t.branch);
  if (t.province) q.set('province', t.province);
  if (t.period) q.set('period', t.period);
  return `${PRINT_ROUTE}?${q.toString()}`;
}

/** Reads `#/cetak/ringkasan?branch=BPN&period=2026-03`; null for any other hash. */
export function parsePrintHash(hash: string): PrintTarget | null {
  if (!hash.startsWith(PRINT_ROUTE)) return null;
  const rest = hash.slice(PRINT_ROUTE.length);
  if (rest && !rest.startsWith('?')) return null;
  const q = new URLSearchParams(rest.slice(1));
  const pick = (k: string) => q.get(k)?.trim().slice(0, 60) || undefined;
  return { branch: pick('branch'), province: pick('province'), period: pick('period') };
}
