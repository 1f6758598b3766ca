import type { JkkRate, ProgramCode, ProgramRate, RiskGroup } from '../domain/reference';
import { PROGRAM_RATES } from '../reference/defaults';
import { percentOfRupiah } from '../rules/contribution';
import { isMissing, resolveRate, type MissingReference } from '../rules/program-rate';

export interface ShortfallBases {
  /** Wage base for JKK, JKM and JHT (rupiah/month, summed over workers). */
  wage: number;
  /** Wage base for JP, already limited per worker by the period's JP wage cap (PP 45/2015 Ps.28–29). */
  jp: number;
}

export interface ShortfallLine {
  program: ProgramCode;
  base: number;
  ratePct: number;
  amount: number;
}

export interface RateTables {
  jkkRates: readonly JkkRate[];
  rates?: readonly ProgramRate[];
}

/**
 * Monthly contributions (employer + worker shares) the programs would raise on the given bases: JKK by
 * risk group (PP 44/2015 Ps.16), JKM 0.30 % (Ps.18), JHT 5.7 % (PP 46/2015 Ps.16), JP 3 % on the capped base
 * (PP 45/2015 Ps.28–29). JKP is left out: it costs the employer nothing extra (PP 37/2021 jo. PP 6/2025).
 * A rate missing from the reference data makes the total null and is named in `referenceGaps`.
 */
export function contributionOnBases(
  programs: readonly ProgramCode[],
  riskGroup: RiskGroup,
  bases: ShortfallBases,
  tables: RateTables,
): { total: number | null; lines: ShortfallLine[]; referenceGaps: MissingReference[] } {
  const all = { jkkRates: tables.jkkRates, rates: tables.rates ?? PROGRAM_RATES };
  const lines: ShortfallLine[] = [];
  const referenceGaps: MissingReference[] = [];
  for (const program of programs) {
    if (program === 'JKP') continue;
    const resolved = resolveRate(program, riskGroup, all);
    if (isMissing(resolved)) {
      referenceGaps.push(resolved);
      continue;
    }
    const ratePct = resolved.employerPct + resolved.workerPct;
    const base = Math.max(0, program === 'JP' ? bases.jp : bases.wage);
    lines.push({ program, base, ratePct, amount: percentOfRupiah(base, ratePct) });
  }
  const total = referenceGaps.length ? null : lines.reduce((s, l) => s + l.amount, 0);
  return { total, lines, referenceGaps };
}
