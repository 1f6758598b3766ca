import type { IdentityCorrection, MembershipEnd, WagePeriod } from './membership-history';
import type { ProgramCode } from './reference';
import type { SegmentMembership } from '../segments/segment-types';

export type Gender = 'L' | 'P';

/** A person, identified by NIK. One row per person, whatever employers they work for. */
export interface Worker {
  nik: string;
  name: string;
  birthDate: string;
  gender: Gender;
  kpj: string | null;
  phone: string | null;
}

export type Segment = 'PU' | 'BPU' | 'JAKON';
export type MembershipStatus = 'aktif' | 'nonaktif';

/** A worker's participation through one employer. */
export interface Membership {
  id: number;
  nik: string;
  npp: string;
  segment: Segment;
  /** Monthly wage base (upah pokok + tunjangan tetap), rupiah. */
  wage: number;
  startDate: string;
  endDate: string | null;
  programs: ProgramCode[];
  status: MembershipStatus;
}

/** What a clerk types at the desk to enrol a worker with an employer. */
export interface EnrolmentInput {
  npp: string;
  worker: Worker;
  segment: Segment;
  wage: number;
  startDate: string;
  programs?: ProgramCode[];
}

/** A worker as listed for an employer (the CLI's `list workers` shape plus context). */
export interface WorkerListItem {
  nik: string;
  name: string;
  birthDate: string;
  gender: Gender;
  wage: number;
  startDate: string;
  status: MembershipStatus;
  npp: string;
  employerName: string;
  membershipId: number;
  /** Set on rows from outside the PU memberships table: a BPU membership, a funded programme, a Jakon project. */
  source?: SegmentMembership['kind'];
  segment?: Segment;
}

export interface WorkerDetail extends Worker {
  memberships: (Membership & { employerName: string; wageHistory: WagePeriod[]; end: MembershipEnd | null })[];
  /** BPU memberships, funded programmes and Jakon projects of the same person. */
  otherMemberships: SegmentMembership[];
  corrections: IdentityCorrection[];
}
