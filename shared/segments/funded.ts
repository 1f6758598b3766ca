import { isCalendarMonth } from '../domain/calendar';
import { isoMonthText } from '../format/iso-date';
import type { ValidationIssue } from '../validate/issue';

/** DOMAIN.md §2: JKK Rp 10,000 + JKM Rp 6,800 at the lowest BPU tier, paid by the funder. */
export const FUNDED_DEFAULT_MONTHLY = 16_800;
export const FUNDER_KINDS = ['pemkab', 'pemprov'] as const;
export type FunderKind = (typeof FUNDER_KINDS)[number];
export const TRANCHES = ['murni', 'perubahan'] as const;
export type Tranche = (typeof TRANCHES)[number];

/** `64` is a province (Pemprov); `64.09` a regency or city (Pemkab/Pemkot). */
export function funderKindOf(code: string): FunderKind | null {
  if (/^\d{2}$/.test(code)) return 'pemprov';
  if (/^\d{2}\.\d{2}$/.test(code)) return 'pemkab';
  return null;
}

/** Every month from..to inclusive ("YYYY-MM"). */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  let [y, m] = from.split('-').map(Number) as [number, number];
  const [ty, tm] = to.split('-').map(Number) as [number, number];
  while (y < ty || (y === ty && m <= tm)) {
    out.push(isoMonthText(y, m));
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  return out;
}

/** "2025-01..2025-12" → both ends; null when it is not a range of real months in order. */
export function parseMonthRange(text: string): { from: string; to: string } | null {
  const m = /^(\d{4}-\d{2})\s*(?:\.\.|–|—)\s*(\d{4}-\d{2})$/.exec(text.trim());
  if (!m || !isCalendarMonth(m[1]!) || !isCalendarMonth(m[2]!) || m[1]! > m[2]!) return null;
  return { from: m[1]!, to: m[2]! };
}

export function monthsOverlap(a: { from: string; to: string }, b: { from: string; to: string }): boolean {
  return a.from <= b.to && b.from <= a.to;
}

export interface FundedBill {
  people: number;
  monthlyPerPerson: number;
  /** People × contribution: what the funder owes per month. */
  perMonth: number;
  months: number;
  /** Over the months covered. */
  total: number;
  quota: number;
  quotaUsedPct: number;
}

export function fundedBill(p: { people: number; monthlyPerPerson: number; monthFrom: string; monthTo: string; quota: number }): FundedBill {
  const months = monthsBetween(p.monthFrom, p.monthTo).length;
  const perMonth = p.people * p.monthlyPerPerson;
  return {
    people: p.people,
    monthlyPerPerson: p.monthlyPerPerson,
    perMonth,
    months,
    total: perMonth * months,
    quota: p.quota,
    quotaUsedPct: p.quota > 0 ? Math.round((p.people / p.quota) * 1000) / 10 : 0,
  };
}

/** DOMAIN.md §2: the quota a budget buys (budget ÷ contribution ÷ months), rounded down. */
export const quotaFromBudget = (budget: number, monthlyPerPerson: number, months: number): number =>
  monthlyPerPerson > 0 && months > 0 ? Math.floor(budget / monthlyPerPerson / months) : 0;

export interface ProgrammeInput {
  funderCode: string;
  year: number;
  monthFrom: string;
  monthTo: string;
  quota: number;
  monthlyContribution: number;
}

/** Domain checks of a programme; whether the funder's code exists is the store's check. */
export function validateProgramme(p: ProgrammeInput): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (!funderKindOf(p.funderCode)) issues.push({ code: 'FUNDER_CODE_INVALID', severity: 'error', field: 'funderCode', params: { code: p.funderCode } });
  if (!isCalendarMonth(p.monthFrom) || !isCalendarMonth(p.monthTo) || p.monthFrom > p.monthTo) {
    issues.push({ code: 'PROGRAMME_MONTHS_INVALID', severity: 'error', field: 'months', params: { from: p.monthFrom, to: p.monthTo } });
  } else if (Number(p.monthFrom.slice(0, 4)) !== p.year || Number(p.monthTo.slice(0, 4)) !== p.year) {
    // An APBD pays within its own budget year.
    issues.push({ code: 'PROGRAMME_MONTHS_OUTSIDE_YEAR', severity: 'error', field: 'months', params: { year: p.year } });
  }
  if (!Number.isInteger(p.quota) || p.quota < 1) issues.push({ code: 'PROGRAMME_QUOTA_INVALID', severity: 'error', field: 'quota', params: { value: p.quota } });
  if (!Number.isInteger(p.monthlyContribution) || p.monthlyContribution < 1) {
    issues.push({ code: 'PROGRAMME_MONTHLY_INVALID', severity: 'error', field: 'monthlyContribution', params: { value: p.monthlyContribution } });
  }
  return issues;
}

export interface RenewalDiff {
  previousProgrammeId: number | null;
  added: number;
  stays: number;
  dropped: number;
}

/** Who is new, who stays and who dropped out, against last year's list of the same funder. */
export function renewalDiff(previousProgrammeId: number | null, previous: Iterable<string>, current: Iterable<string>): RenewalDiff & { droppedNiks: string[] } {
  const before = new Set(previous);
  const now = new Set(current);
  let stays = 0;
  for (const n of now) if (before.has(n)) stays++;
  const droppedNiks = [...before].filter((n) => !now.has(n));
  return { previousProgrammeId, added: now.size - stays, stays, dropped: droppedNiks.length, droppedNiks };
}
