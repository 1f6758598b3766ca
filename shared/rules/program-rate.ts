import type { JkkRate, ProgramCode, ProgramRate, RiskGroup } from '../domain/reference';

/** A figure the reference data lacks, named by a message code (never read as zero). */
export interface MissingReference {
  code: string;
  params: Record<string, string | number>;
}

export interface RateTables {
  jkkRates: readonly JkkRate[];
  rates: readonly ProgramRate[];
}

export type ResolvedRate = { rate: ProgramRate; employerPct: number; workerPct: number };

/**
 * The employer and worker percentages of one program: JKK's employer share by risk group (PP 44/2015 Ps.16),
 * the rest from the program table. A missing row is a named gap in the reference data — the one behaviour of
 * every caller, so a shortfall is never understated by a silent zero.
 */
export function resolveRate(program: ProgramCode, riskGroup: RiskGroup, tables: RateTables): ResolvedRate | MissingReference {
  const rate = tables.rates.find((r) => r.program === program);
  if (!rate) return { code: 'REF_PROGRAM_RATE_MISSING', params: { program } };
  if (program !== 'JKK') return { rate, employerPct: rate.employerPct ?? 0, workerPct: rate.workerPct };
  const jkk = tables.jkkRates.find((r) => r.riskGroup === riskGroup);
  if (!jkk) return { code: 'REF_JKK_RATE_MISSING', params: { riskGroup } };
  return { rate, employerPct: jkk.ratePct, workerPct: rate.workerPct };
}

export const isMissing = (r: ResolvedRate | MissingReference): r is MissingReference => 'code' in r;

/** The rate gaps an estimate for these programs would rest on (JKP costs the employer nothing and is skipped). */
export function missingRates(programs: readonly ProgramCode[], riskGroup: RiskGroup, tables: RateTables): MissingReference[] {
  return programs.filter((p) => p !== 'JKP').map((p) => resolveRate(p, riskGroup, tables)).filter(isMissing);
}
