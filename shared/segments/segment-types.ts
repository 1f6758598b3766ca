import type { ImportResult } from '../import/types';
import type { BpuContribution, BpuInterval } from './bpu';
import type { FundedBill, FunderKind, RenewalDiff, Tranche } from './funded';
import type { JakonContribution } from './jakon';

export interface BpuMembership {
  id: number;
  nik: string;
  name: string;
  occupation: string;
  income: number;
  programs: string[];
  intervalMonths: BpuInterval;
  wadah: string | null;
  regencyCode: string | null;
  startDate: string;
  endDate: string | null;
  status: 'aktif' | 'nonaktif';
}

export interface BpuEnrolled {
  id: number;
  membership: BpuMembership;
  contribution: BpuContribution;
  /** Active wage-earner memberships of the same person: allowed alongside, shown rather than refused. */
  alsoPu: { npp: string; employerName: string }[];
}

export interface FundedProgramme {
  id: number;
  funderKind: FunderKind;
  funderCode: string;
  funderName: string;
  year: number;
  name: string;
  tranche: Tranche;
  monthFrom: string;
  monthTo: string;
  quota: number;
  monthlyContribution: number;
  members: number;
}

export interface FundedProgrammeDetail extends FundedProgramme {
  bill: FundedBill;
  overQuota: boolean;
  /** Months of coverage left after the given month (0 once it has ended). */
  monthsLeft: number;
  /** Coverage ends within three months: the funder should renew. */
  expiringSoon: boolean;
  renewal: RenewalDiff | null;
  imports: { id: number; fileName: string; createdAt: string; user: string; accepted: number; undoneAt: string | null }[];
}

export interface FundedMemberItem {
  nik: string;
  name: string;
  birthDate: string;
  occupation: string;
  village: string;
  status: 'aktif' | 'nonaktif';
}

export interface FundedImportResult extends Omit<ImportResult, 'kind'> {
  kind: 'funded';
  programmeId: number;
  renewal: RenewalDiff | null;
}

/** A contractor's roster imported into a project: the roster import's shape, for one project. */
export interface JakonImportResult extends Omit<ImportResult, 'kind'> {
  kind: 'jakon';
  projectId: number;
}

export interface JakonImportRecord {
  id: number;
  fileName: string;
  createdAt: string;
  user: string;
  accepted: number;
  undoneAt: string | null;
}

/** One project with its workers (first page) and its roster imports. */
export interface JakonProjectDetail {
  project: JakonProject;
  workers: { nik: string; name: string; wage: number | null; startDate: string; endDate: string | null; status: 'aktif' | 'nonaktif' }[];
  imports: JakonImportRecord[];
}

export const JAKON_OWNER_KINDS = ['pemerintah', 'bumn', 'swasta'] as const;
export type JakonOwnerKind = (typeof JAKON_OWNER_KINDS)[number];

export interface JakonProject {
  id: number;
  name: string;
  ownerKind: JakonOwnerKind;
  ownerName: string;
  contractorNpp: string;
  contractorName: string;
  contractValue: number;
  regencyCode: string;
  spkDate: string;
  startDate: string;
  endDate: string | null;
  registeredOn: string;
  jkk: number;
  jkm: number;
  closedAt: string | null;
  workers: number;
  /** Registered more than 14 working days after the SPK. */
  late: boolean;
  workingDaysToRegister: number;
}

export interface JakonSaved {
  id: number;
  project: JakonProject;
  contribution: Pick<JakonContribution, 'jkk' | 'jkm' | 'total' | 'method' | 'slices' | 'basis'>;
}

/** One participation of a person outside the PU memberships table, for the worker page and search. */
export interface SegmentMembership {
  kind: 'bpu' | 'funded' | 'jakon';
  segment: 'BPU' | 'JAKON';
  id: number;
  label: string;
  startDate: string;
  endDate: string | null;
  status: 'aktif' | 'nonaktif';
}
