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
  /** A qualifying labour-intensive industry under the temporary 50 % JKK relief (PP 7/2025 jo. PP 36/2025). */
  jkkRelief: boolean;
  /** Capital excluding land and buildings, and annual sales, rupiah (PP 7/2021 Ps.35): what the scale rests on. */
  capital: number | null;
  annualSales: number | null;
  createdAt: string;
  updatedAt: string;
}

export type EmployerInput = Omit<Employer, 'createdAt' | 'updatedAt' | 'branchCode' | 'jkkRelief' | 'capital' | 'annualSales'> & {
  /** Defaults to the branch that serves the regency. */
  branchCode?: string | null;
  /** Left out: unchanged on update, none on create. */
  jkkRelief?: boolean;
  capital?: number | null;
  annualSales?: number | null;
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
