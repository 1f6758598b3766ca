import type {
  Branch,
  BranchRegency,
  JkkRate,
  JpWageCap,
  MinimumWage,
  PensionAge,
  Province,
  Region,
  Workforce,
} from './reference';

/** The dated reference tables as the store currently holds them (staff may have edited them). */
export interface ReferenceBundle {
  provinces: Province[];
  regions: Region[];
  branches: Branch[];
  branchRegencies: BranchRegency[];
  minimumWages: MinimumWage[];
  jpWageCaps: JpWageCap[];
  pensionAges: PensionAge[];
  jkkRates: JkkRate[];
  workforce: Workforce[];
}
