import type { JkkRate, JpWageCap, ProgramCode, ProgramRate, RiskGroup } from '../domain/reference';
import { PROGRAM_CODES } from '../domain/reference';
import { JKK_RATES, PROGRAM_RATES } from '../reference/defaults';
import { formatMessage } from '../i18n/messages';
import { jkpWageCapAt } from './jkp-wage-cap';
import { jpExistsIn, jpWageCapFor } from './jp-wage-cap';
import { isMissing, resolveRate } from './program-rate';

export interface ContributionInput {
  /** Monthly wage base (upah pokok + tunjangan tetap), rupiah. */
  wage: number;
  /** Contribution month "YYYY-MM". */
  period: string;
  riskGroup: RiskGroup;
  /** Programs the worker is enrolled in; only these get a line. */
  programs: readonly ProgramCode[];
  caps: readonly JpWageCap[];
  jkkRates?: readonly JkkRate[];
  rates?: readonly ProgramRate[];
}

export interface ContributionLine {
  program: ProgramCode;
  employer: number;
  worker: number;
  /** Wage the rates apply to (JP: the wage limited by the cap for the period). */
  base: number;
  ratePctEmployer: number;
  ratePctWorker: number;
  basis: string;
  note?: string;
}

export interface ContributionBreakdown {
  period: string;
  wage: number;
  lines: ContributionLine[];
  totals: { employer: number; worker: number; total: number };
}


/**
 * ratePct % of amount, rounded to whole rupiah, half up. Computed on integers (sen × rate in
 * 1/10,000 %) so that e.g. 44,500 is not 44,499.999… before rounding.
 */
export function percentOfRupiah(amount: number, ratePct: number): number {
  const sen = Math.round(amount * 100);
  const rate = Math.round(ratePct * 10_000);
  return Math.floor((sen * rate + 50_000_000) / 100_000_000);
}

/**
 * Monthly PU contribution of one worker, per program and in total. Each line's employer and worker
 * shares are rounded to whole rupiah on their own (half up); the totals add the rounded lines, so they
 * match what is printed.
 */
export function computePuContribution(input: ContributionInput): ContributionBreakdown {
  const { wage, period, riskGroup, programs, caps } = input;
  const jkkRates = input.jkkRates ?? JKK_RATES;
  const rates = input.rates ?? PROGRAM_RATES;
  if (!Number.isFinite(wage) || wage < 0) throw new RangeError(`Upah tidak valid: ${wage}`);
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(period)) throw new RangeError(`Periode harus berformat YYYY-MM: "${period}"`);

  const lines: ContributionLine[] = [];
  for (const program of PROGRAM_CODES) {
    if (!programs.includes(program)) continue;
    // Before July 2015 there was no JP to contribute to.
    if (program === 'JP' && !jpExistsIn(period)) continue;
    // Nor to JKP before PP 37/2021.
    const jkpCap = program === 'JKP' ? jkpWageCapAt(period) : null;
    if (program === 'JKP' && jkpCap === null) continue;
    const resolved = resolveRate(program, riskGroup, { jkkRates, rates });
    // The same named gap the gap estimates report; a breakdown cannot be printed without it.
    if (isMissing(resolved)) throw new RangeError(formatMessage(resolved.code, resolved.params));
    const { rate, employerPct } = resolved;
    let base = wage;
    if (rate.cap === 'JP') base = Math.min(wage, jpWageCapFor(period, caps));
    if (jkpCap !== null) base = Math.min(wage, jkpCap);

    const line: ContributionLine = {
      program,
      employer: percentOfRupiah(base, employerPct),
      worker: percentOfRupiah(base, rate.workerPct),
      base,
      ratePctEmployer: employerPct,
      ratePctWorker: rate.workerPct,
      basis: rate.basis,
    };
    if (rate.note !== undefined) line.note = rate.note;
    lines.push(line);
  }

  const employer = lines.reduce((sum, l) => sum + l.employer, 0);
  const worker = lines.reduce((sum, l) => sum + l.worker, 0);
  return { period, wage, lines, totals: { employer, worker, total: employer + worker } };
}
