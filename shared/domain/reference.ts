/** Reference data (seeds/reference/*.json → tables). Dated records are looked up for the month being judged. */

export const PROGRAM_CODES = ['JKK', 'JKM', 'JHT', 'JP', 'JKP'] as const;
export type ProgramCode = (typeof PROGRAM_CODES)[number];

// PP 7/2021 Ps.35
export const BUSINESS_SCALES = ['mikro', 'kecil', 'menengah', 'besar'] as const;
export type BusinessScale = (typeof BUSINESS_SCALES)[number];

export const RISK_GROUPS = [1, 2, 3, 4, 5] as const;
export type RiskGroup = (typeof RISK_GROUPS)[number];

/** Kemendagri province, e.g. `{ code: "64", name: "Kalimantan Timur" }`. */
export interface Province {
  code: string;
  name: string;
}

export type RegionKind = 'kabupaten' | 'kota';

/** Kemendagri regency/city, code "PP.KK" (e.g. "64.71"). */
export interface Region {
  code: string;
  provinceCode: string;
  name: string;
  kind: RegionKind;
  /** A pre-split code still found in old NIKs (e.g. Kaltara regencies under 64 before 2012). */
  legacy?: boolean;
  successorCode?: string;
  source?: string;
}

export type MinimumWageKind = 'UMP' | 'UMK';

export interface MinimumWage {
  kind: MinimumWageKind;
  provinceCode: string;
  /** null for a UMP. */
  regencyCode: string | null;
  year: number;
  amount: number;
  confirmed: boolean;
  source: string;
  note?: string;
}

/** JP wage cap in force from `effectiveMonth` ("YYYY-MM", normally March) until the next one. */
export interface JpWageCap {
  effectiveMonth: string;
  amount: number;
  source?: string;
}

export interface PensionAge {
  fromYear: number;
  age: number;
  source?: string;
}

export interface JkkRate {
  riskGroup: RiskGroup;
  ratePct: number;
  source?: string;
}

/** Contribution rates of one PU program. `employerPct` null = set elsewhere (JKK by risk group). */
export interface ProgramRate {
  program: ProgramCode;
  employerPct: number | null;
  workerPct: number;
  /** 'JP' = wage base limited by the JP wage cap for the period. */
  cap: 'JP' | null;
  basis: string;
  note?: string;
}

export interface Branch {
  code: string;
  name: string;
  provinceCode: string;
}

/** Which branch serves which regency (unconfirmed working guess, editable). */
export interface BranchRegency {
  regencyCode: string;
  branchCode: string;
  confirmed: boolean;
  source?: string;
}

/** Employed workforce of a province ("64") or regency ("64.71") — the denominator of coverage. */
export interface Workforce {
  areaCode: string;
  year: number;
  employed: number;
  formalEmployed?: number;
  confirmed: boolean;
  source: string;
}
