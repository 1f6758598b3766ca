import { percentOfRupiah } from '../rules/contribution';
import type { ValidationIssue } from '../validate/issue';

/** Programs a BPU participant may hold: JKK and JKM always, JHT by choice, never JP (or JKP). */
export const BPU_PROGRAMS = ['JKK', 'JKM', 'JHT'] as const;
export type BpuProgram = (typeof BPU_PROGRAMS)[number];
export const BPU_INTERVALS = [1, 3, 6, 12] as const;
export type BpuInterval = (typeof BPU_INTERVALS)[number];

/** One dated set of BPU rates; a contribution month uses the newest row that starts on or before it. */
export interface BpuRate {
  /** First contribution month in force, "YYYY-MM". */
  from: string;
  jkkPct: number;
  jkmFlat: number;
  jhtPct: number;
  /** Declared income of the lowest bracket: nobody declares less. */
  lowestIncome: number;
  basis: string;
}

/**
 * DOMAIN.md §2 "Other segments". The full income bracket table is unconfirmed, so the rates are applied to
 * the declared income as typed and kept here as dated data, not as constants inside the rule.
 */
export const BPU_RATES: readonly BpuRate[] = [
  {
    from: '2015-07',
    jkkPct: 1,
    jkmFlat: 6_800,
    jhtPct: 2,
    lowestIncome: 1_000_000,
    basis: 'PP 44/2015 jo. PP 82/2019 (JKK 1 % penghasilan, JKM Rp 6.800 bagi peserta bukan penerima upah); PP 46/2015 (JHT 2 %); Permenaker 5/2021',
  },
];

export function bpuRateFor(period: string, rates: readonly BpuRate[] = BPU_RATES): BpuRate | null {
  let found: BpuRate | null = null;
  for (const r of rates) if (r.from <= period && (!found || r.from > found.from)) found = r;
  return found;
}

export interface BpuLine {
  program: BpuProgram;
  amount: number;
  basis: string;
}

export interface BpuContribution {
  period: string;
  income: number;
  lines: BpuLine[];
  /** Per month, all programs. */
  monthly: number;
  intervalMonths: BpuInterval;
  /** What one payment covers: monthly × interval. */
  perPayment: number;
  basis: string;
}

/** A BPU participant's contribution for a month; throws RangeError when the data has no rate for it. */
export function computeBpuContribution(input: {
  income: number;
  programs: readonly string[];
  period: string;
  intervalMonths?: BpuInterval;
  rates?: readonly BpuRate[];
}): BpuContribution {
  const rate = bpuRateFor(input.period, input.rates);
  if (!rate) throw new RangeError(`Tarif BPU untuk ${input.period} tidak ada di data acuan`);
  const lines: BpuLine[] = [
    { program: 'JKK', amount: percentOfRupiah(input.income, rate.jkkPct), basis: `JKK ${rate.jkkPct} % × penghasilan` },
    { program: 'JKM', amount: rate.jkmFlat, basis: `JKM Rp ${rate.jkmFlat.toLocaleString('id-ID')} tetap` },
  ];
  if (input.programs.includes('JHT')) {
    lines.push({ program: 'JHT', amount: percentOfRupiah(input.income, rate.jhtPct), basis: `JHT ${rate.jhtPct} % × penghasilan` });
  }
  const monthly = lines.reduce((s, l) => s + l.amount, 0);
  const intervalMonths = input.intervalMonths ?? 1;
  return { period: input.period, income: input.income, lines, monthly, intervalMonths, perPayment: monthly * intervalMonths, basis: rate.basis };
}

/** The domain checks of a BPU enrolment; shape checks (whole rupiah, dates) run at the API boundary. */
export function validateBpuEnrolment(input: { income: number; programs: readonly string[]; intervalMonths: number; period: string }): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const rate = bpuRateFor(input.period);
  if (!rate) issues.push({ code: 'BPU_RATE_MISSING', severity: 'error', field: 'startDate', params: { period: input.period } });
  else if (input.income < rate.lowestIncome) {
    issues.push({ code: 'BPU_INCOME_TOO_LOW', severity: 'error', field: 'income', params: { minimum: rate.lowestIncome.toLocaleString('id-ID') } });
  }
  for (const p of input.programs) {
    if (!(BPU_PROGRAMS as readonly string[]).includes(p)) issues.push({ code: 'BPU_PROGRAM_NOT_ALLOWED', severity: 'error', field: 'programs', params: { program: p } });
  }
  if (!input.programs.includes('JKK') || !input.programs.includes('JKM')) {
    issues.push({ code: 'BPU_PROGRAMS_REQUIRED', severity: 'error', field: 'programs' });
  }
  if (!(BPU_INTERVALS as readonly number[]).includes(input.intervalMonths)) {
    issues.push({ code: 'BPU_INTERVAL_INVALID', severity: 'error', field: 'intervalMonths', params: { value: input.intervalMonths } });
  }
  return issues;
}
