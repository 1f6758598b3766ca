import type { BusinessScale } from '../domain/reference';
import type { CoverageRow } from '../gaps/gap-api-types';
import type { FollowUpStatus, GapCode } from '../gaps/gap-types';

export const SEGMENTS = ['PU', 'BPU', 'JAKON'] as const;
export type Segment = (typeof SEGMENTS)[number];

/** A gap with no follow-up recorded yet is counted apart from the ladder's first step ("baru"). */
export type SummaryFollowUpStatus = FollowUpStatus | 'belum';

export interface SummaryScope {
  kind: 'branch' | 'province';
  /** Branch code ("BPN") or province code ("64"). */
  code: string;
  name: string;
  provinceCode: string;
  provinceName: string;
}

export interface GapTally {
  count: number;
  /** Estimated monthly shortfall (Rp), employer + worker shares, as the gap engine computes it. */
  shortfall: number;
}

export interface RegencyGaps {
  regencyCode: string;
  name: string;
  byKind: Record<GapCode, GapTally>;
  total: GapTally;
}

export interface TopEmployer {
  /** Null for a PWBD company: it has no NPP yet. */
  npp: string | null;
  name: string;
  regencyCode: string;
  regencyName: string;
  kinds: GapCode[];
  shortfall: number;
  /** The status of the most recent follow-up over its gaps; 'belum' when none was recorded. */
  followUp: SummaryFollowUpStatus;
}

export interface ScaleRow {
  scale: BusinessScale;
  employers: number;
  /** Distinct participants active in the period with employers of this scale. */
  participants: number;
  /** Employers of this scale with at least one gap in the period. */
  withGaps: number;
}

export interface MonthCount {
  period: string;
  count: number;
}

export interface ImportLine {
  id: number;
  kind: 'roster' | 'employers';
  npp: string | null;
  employerName: string | null;
  fileName: string;
  createdAt: string;
  accepted: number;
  inserted: number;
  updated: number;
  undone: boolean;
}

/**
 * Everything the printed branch summary shows, for one branch or province and one contribution month.
 * Aggregates only: no NIK, no name of a person, no individual wage (UU 27/2022).
 */
export interface BranchSummary {
  scope: SummaryScope;
  period: string;
  /** When the figures were taken (ISO). */
  generatedAt: string;
  participants: {
    /** Distinct people with a membership active in the period (as coverage counts them). */
    total: number;
    bySegment: { segment: Segment; count: number }[];
  };
  coverage: {
    /** The branch's or province's own row (workforce figure with its source and year). */
    area: CoverageRow;
    regencies: CoverageRow[];
  };
  employers: { total: number; byScale: ScaleRow[] };
  gaps: {
    byKind: Record<GapCode, GapTally>;
    total: GapTally;
    byRegency: RegencyGaps[];
  };
  topEmployers: TopEmployer[];
  registrations: {
    /** Memberships started in the period. */
    inPeriod: number;
    bySegment: { segment: Segment; count: number }[];
    /** The twelve months up to and including the period. */
    byMonth: MonthCount[];
  };
  imports: { count: number; undone: number; rowsAccepted: number; lines: ImportLine[] };
  followUps: { status: SummaryFollowUpStatus; count: number }[];
}

export const TOP_EMPLOYERS = 20;
