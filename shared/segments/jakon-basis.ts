import type { JkkRate, ProgramRate, RiskGroup } from '../domain/reference';
import { PROGRAM_RATES } from '../reference/defaults';
import { isMissing, resolveRate } from '../rules/program-rate';
import { monthsBetween } from './funded';
import { jakonFromContractValue, jakonFromWages, jakonTiersFor, type JakonSlice } from './jakon';

/** Why a project with a roster still pays on the contract-value tiers: a message code of jakon-wage-messages.ts. */
export interface JakonFallback {
  code: 'JAKON_BASIS_NO_ROSTER' | 'JAKON_BASIS_WAGE_MISSING' | 'JAKON_BASIS_RISK_MISSING';
  params: Record<string, string | number>;
}

/** The figures a wage basis rests on, for the sentence "Dasar: upah 12 pekerja Rp … × 1,74 % …". */
export interface JakonWageFigures {
  workers: number;
  wageSum: number;
  riskGroup: RiskGroup;
  jkkPct: number;
  jkmPct: number;
}

/** What a project owes and on which basis (issue 10 §3). */
export interface JakonProjectContribution {
  method: 'contract' | 'wages';
  /** The tiers are owed once for the whole project; a wage basis is owed every month. */
  per: 'project' | 'month';
  jkk: number;
  jkm: number;
  total: number;
  /** Calendar months from the start month to the end month; null while the end date is unknown. */
  months: number | null;
  /** The whole project: the tiers' total, or the monthly total × months (null without an end date). */
  projectTotal: number | null;
  basis: string;
  /** The contract value before VAT the tiers apply to. */
  contractValue: number;
  slices: JakonSlice[];
  wages: JakonWageFigures | null;
  fallback: JakonFallback | null;
}

export interface JakonBasisInput {
  contractValue: number;
  spkDate: string;
  startDate: string;
  endDate: string | null;
  /** The tiers' JKK and JKM as registered (kept on the project, so a later rate table never rewrites them). */
  tiers: { jkk: number; jkm: number };
  /** One entry per worker on the project: the monthly wage, or null where none was given. */
  wages: readonly (number | null)[];
  /** The contractor's JKK risk group (Lampiran I PP 44/2015); null when none is on record. */
  riskGroup: RiskGroup | null;
  jkkRates: readonly JkkRate[];
  rates?: readonly ProgramRate[];
}

export const projectMonths = (startDate: string, endDate: string | null): number | null =>
  endDate === null || endDate < startDate ? null : monthsBetween(startDate.slice(0, 7), endDate.slice(0, 7)).length;

const TIER_BASIS = 'Permenakertrans 44/2015 (jasa konstruksi); PP 44/2015 jo. PP 49/2020 (JKK, JKM)';

function onTiers(input: JakonBasisInput, months: number | null, fallback: JakonFallback | null): JakonProjectContribution {
  const { jkk, jkm } = input.tiers;
  const set = jakonTiersFor(input.spkDate);
  // The slices explain the registered figures; a project older than the tier table keeps its figures without them.
  const slices = set ? jakonFromContractValue(input.contractValue, input.spkDate).slices : [];
  const total = jkk + jkm;
  return { method: 'contract', per: 'project', jkk, jkm, total, months, projectTotal: total, basis: set?.basis ?? TIER_BASIS, contractValue: input.contractValue, slices, wages: null, fallback };
}

/**
 * A Jakon project's contribution. When every worker on the project has a known wage, it is wage-based, as for
 * any wage earner: JKK at the contractor's risk-group rate (PP 44/2015 Ps.16) and JKM 0.30 % (Ps.18) of each
 * worker's monthly wage, every month of the project (Permenaker 44/2015: the contract-value tiers apply only
 * "where wages are unknown", DOMAIN.md §2). Otherwise — no roster, a worker without a wage, no JKK rate for the
 * contractor — the tiers of the contract value, and the fallback says why.
 *
 * Rounding: each worker's JKK and JKM are rounded to whole rupiah (half up) and then added, as the PU bill
 * rounds each worker's line (computePuContribution); so the total is the sum of the lines a bill would print.
 */
export function jakonProjectContribution(input: JakonBasisInput): JakonProjectContribution {
  const months = projectMonths(input.startDate, input.endDate);
  const workers = input.wages.length;
  if (workers === 0) return onTiers(input, months, { code: 'JAKON_BASIS_NO_ROSTER', params: {} });
  const missing = input.wages.filter((w) => w === null).length;
  if (missing > 0) return onTiers(input, months, { code: 'JAKON_BASIS_WAGE_MISSING', params: { missing, workers } });
  if (input.riskGroup === null) return onTiers(input, months, { code: 'JAKON_BASIS_RISK_MISSING', params: { riskGroup: '-' } });
  const tables = { jkkRates: input.jkkRates, rates: input.rates ?? PROGRAM_RATES };
  const jkkRate = resolveRate('JKK', input.riskGroup, tables);
  const jkmRate = resolveRate('JKM', input.riskGroup, tables);
  if (isMissing(jkkRate) || isMissing(jkmRate)) return onTiers(input, months, { code: 'JAKON_BASIS_RISK_MISSING', params: { riskGroup: input.riskGroup } });
  const wages = input.wages as readonly number[];
  const c = jakonFromWages(wages, jkkRate.employerPct, jkmRate.employerPct);
  return {
    method: 'wages',
    per: 'month',
    jkk: c.jkk,
    jkm: c.jkm,
    total: c.total,
    months,
    projectTotal: months === null ? null : c.total * months,
    basis: `${jkkRate.rate.basis} (JKK); ${jkmRate.rate.basis} (JKM)`,
    contractValue: input.contractValue,
    slices: [],
    wages: { workers, wageSum: c.base, riskGroup: input.riskGroup, jkkPct: jkkRate.employerPct, jkmPct: jkmRate.employerPct },
    fallback: null,
  };
}
