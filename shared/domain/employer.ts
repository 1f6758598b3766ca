import type { BusinessScale, ProgramCode, RiskGroup } from './reference';

/** A registered employer (pemberi kerja). One company may hold several NPPs, one per division/location. */
export interface Employer {
  npp: string;
  name: string;
  npwp: string | null;
  nib: string | null;
  /** Kemendagri regency code, e.g. "64.71" — where the workplace is. */
  regencyCode: string;
  address: string;
  scale: BusinessScale;
  riskGroup: RiskGroup;
  programs: ProgramCode[];
  /** Headcount the employer reported (WLKP, own statement). */
  reportedHeadcount: number;
  branchCode: string;
  createdAt: string;
  updatedAt: string;
}

export type EmployerInput = Omit<Employer, 'createdAt' | 'updatedAt' | 'branchCode'> & {
  /** Defaults to the branch that serves the regency. */
  branchCode?: string | null;
};

export interface EmployerSummary {
  npp: string;
  name: string;
  npwp: string | null;
  regencyCode: string;
  regencyName: string;
  scale: BusinessScale;
  branchCode: string;
  reportedHeadcount: number;
  activeWorkers: number;
}
