import type { BusinessScale, MinimumWageKind, ProgramCode } from '../domain/reference';

/** The compliance gaps the branch hunts for (DOMAIN.md §3). */
/**
 * JAKON_TERLAMBAT: a construction project registered more than 14 working days after its work order (SPK).
 * PROGRAM_LEBIH_KUOTA: a funded programme (APBD) covering the month with more members than its quota.
 */
export const GAP_CODES = ['PDS_TK', 'PDS_UPAH', 'PDS_PROGRAM', 'PWBD', 'JAKON_TERLAMBAT', 'PROGRAM_LEBIH_KUOTA'] as const;
export type GapCode = (typeof GAP_CODES)[number];

export const GAP_SEVERITIES = ['tinggi', 'sedang', 'rendah'] as const;
export type GapSeverity = (typeof GAP_SEVERITIES)[number];

/**
 * The follow-up ladder (UU 24/2011 Ps.17; PP 86/2013): written warnings 1 and 2, then a fine (denda), then a request
 * to the regional government to withhold certain public services (TMP2T).
 */
export const FOLLOWUP_STATUSES = ['baru', 'dihubungi', 'teguran_1', 'teguran_2', 'denda', 'tmp2t', 'selesai'] as const;
export type FollowUpStatus = (typeof FOLLOWUP_STATUSES)[number];

/** Sanctions: each is a decision someone takes (named in the record), and follows the rung before it. */
export const SANCTION_PREREQUISITE: Partial<Record<FollowUpStatus, FollowUpStatus>> = { denda: 'teguran_2', tmp2t: 'denda' };

export const PROSPECT_SOURCES = ['PTSP', 'OSS', 'WLKP', 'LAINNYA'] as const;
export type ProspectSource = (typeof PROSPECT_SOURCES)[number];

export const HEADCOUNT_SOURCES = ['WLKP', 'PAYROLL', 'PTSP', 'OSS', 'LAINNYA'] as const;
/** Where a known headcount comes from: the employer's own statement at registration, or a later figure. */
export type HeadcountSource = 'LAPORAN_PERUSAHAAN' | (typeof HEADCOUNT_SOURCES)[number];

/** A dated reference figure a finding needed and the data lacks, or a note shown beside the findings. */
export interface ReferenceGap {
  code: string;
  params: Record<string, string | number>;
}

export interface AppliedMinimumWage {
  amount: number;
  kind: MinimumWageKind;
  year: number;
  confirmed: boolean;
}

export interface PdsTkEvidence {
  period: string;
  knownHeadcount: number;
  headcountSource: HeadcountSource;
  /** When the headcount was reported (YYYY-MM-DD); the employer's record date for its own statement. */
  headcountDate: string;
  activeWorkers: number;
  missing: number;
  /** Wage assumed per missing worker for the estimate: the minimum wage of the period. */
  assumedWage: number | null;
  referenceGaps: ReferenceGap[];
}

export interface UnderpaidWorker {
  membershipId: number;
  nik: string;
  name: string;
  wage: number;
  minimumWage: number | null;
  payrollWage: number | null;
  /** Monthly wage the registration is short of. */
  wageShortfall: number;
}

export interface PdsUpahEvidence {
  period: string;
  minimumWage: AppliedMinimumWage | null;
  activeWorkers: number;
  belowMinimum: number;
  belowPayroll: number;
  /** Payroll month compared, when a payroll was imported. */
  payrollPeriod: string | null;
  /** Sum of monthly wage shortfalls over the workers listed. */
  wageShortfall: number;
  /** Filled by gaps-employer and the CLI; the list handler leaves it empty. NIK masked in summaries. */
  workers: UnderpaidWorker[];
  referenceGaps: ReferenceGap[];
}

export interface PdsProgramEvidence {
  period: string;
  scale: BusinessScale;
  enrolled: ProgramCode[];
  missing: ProgramCode[];
  activeWorkers: number;
  /** PU workers at or above pension age for the period's year: not expected in JP (PP 45/2015 Ps.15). */
  atPensionAge: number;
  pensionAge: number;
  /** Wage base the missing programs would apply to; JP's is capped per worker and excludes pension age. */
  wageBase: number;
  jpBase: number;
  jpWageCap: number;
  referenceGaps: ReferenceGap[];
}

export interface NearMiss {
  npp: string;
  name: string;
  regencyCode: string;
  /** 0–1, 1 = same normalised name. */
  similarity: number;
}

export interface PwbdEvidence {
  prospectId: number;
  listSource: ProspectSource;
  importedAt: string;
  nib: string | null;
  npwp: string | null;
  regencyCode: string;
  workers: number | null;
  nearMiss: NearMiss | null;
  assumedWage: number | null;
  referenceGaps: ReferenceGap[];
}

export interface JakonTerlambatEvidence {
  projectId: number;
  projectName: string;
  spkDate: string;
  registeredOn: string;
  workingDays: number;
  contractValue: number;
  /** The project's contribution (contract-value tiers), JKK + JKM. */
  jkk: number;
  jkm: number;
  referenceGaps: ReferenceGap[];
}

export interface ProgramLebihKuotaEvidence {
  programmeId: number;
  programmeName: string;
  funderName: string;
  funderCode: string;
  year: number;
  monthFrom: string;
  monthTo: string;
  members: number;
  quota: number;
  over: number;
  monthlyContribution: number;
  referenceGaps: ReferenceGap[];
}

export type GapEvidence = { source: string; date: string } & (
  | PdsTkEvidence
  | PdsUpahEvidence
  | PdsProgramEvidence
  | PwbdEvidence
  | JakonTerlambatEvidence
  | ProgramLebihKuotaEvidence
);

export interface GapFollowUpState {
  status: FollowUpStatus;
  notedOn: string;
  author: string;
}

export interface Gap {
  /** Stable key for follow-ups: "PDS_UPAH:12345678", "PWBD:P17". */
  key: string;
  code: GapCode;
  npp: string | null;
  name: string;
  regencyCode: string;
  branchCode: string | null;
  scale: BusinessScale | null;
  severity: GapSeverity;
  evidence: GapEvidence;
  /** Indonesian text; `explanationCode` + `explanationParams` let the renderer localise it. */
  explanation: string;
  explanationCode: string;
  explanationParams: Record<string, string | number>;
  basis: string;
  /**
   * Rupiah per month, employer + worker shares, from the dated rates for the period; null when a figure it
   * needs is missing from the reference data (named in evidence.referenceGaps), never a silent zero.
   */
  estimatedMonthlyShortfall: number | null;
  followUp: GapFollowUpState | null;
}
