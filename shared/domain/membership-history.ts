/** Why a membership ended (issue 11). The codes are the CLI's `--reason` values. */
export const END_REASONS = ['resign', 'contract_ended', 'dismissed', 'died', 'retired', 'moved'] as const;
export type EndReason = (typeof END_REASONS)[number];

/** Where a wage period came from: the starting wage, a change at the desk, a roster import. */
export type WageSource = 'awal' | 'meja' | 'impor';

/** A wage in force from a contribution month until the next period starts. */
export interface WagePeriod {
  fromMonth: string;
  wage: number;
  source: WageSource;
  importId: number | null;
  recordedAt: string;
  recordedBy: string;
}

export interface MembershipEnd {
  reason: EndReason;
  /** The membership a move started at the new employer. */
  movedTo: number | null;
  recordedBy: string;
}

/** A correction of a person's identity data, kept with its reason and document (branch head only). */
export interface IdentityCorrection {
  id: number;
  before: { name: string; birthDate: string; gender: 'L' | 'P' };
  after: { name: string; birthDate: string; gender: 'L' | 'P' };
  reason: string;
  documentNote: string | null;
  recordedAt: string;
  recordedBy: string;
}
