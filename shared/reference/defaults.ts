import branchRegencies from '../../seeds/reference/branch-regencies.json';
import branches from '../../seeds/reference/branches.json';
import jkkRates from '../../seeds/reference/jkk-rates.json';
import jpWageCaps from '../../seeds/reference/jp-wage-caps.json';
import minimumWages from '../../seeds/reference/minimum-wages.json';
import pensionAges from '../../seeds/reference/pension-ages.json';
import programRates from '../../seeds/reference/program-rates.json';
import workforce from '../../seeds/reference/workforce.json';
import type {
  Branch,
  BranchRegency,
  JkkRate,
  JpWageCap,
  MinimumWage,
  PensionAge,
  ProgramRate,
  Workforce,
} from '../domain/reference';

export { KALIMANTAN_REGIONS as REGIONS, PROVINCES } from './regions';

// The seed files are the starting content of editable tables; the live values come from the DB.
export const MINIMUM_WAGES: readonly MinimumWage[] = minimumWages as MinimumWage[];
export const JP_WAGE_CAPS: readonly JpWageCap[] = jpWageCaps;
export const PENSION_AGES: readonly PensionAge[] = pensionAges;
export const JKK_RATES: readonly JkkRate[] = jkkRates as JkkRate[];
export const PROGRAM_RATES: readonly ProgramRate[] = programRates as ProgramRate[];
export const BRANCHES: readonly Branch[] = branches;
export const BRANCH_REGENCIES: readonly BranchRegency[] = branchRegencies;
export const WORKFORCE: readonly Workforce[] = workforce;
