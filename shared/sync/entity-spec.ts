/** The shape of a synced entity's description, apart from the descriptions themselves (entities.ts, segment-entities.ts). */

/** The entities of issues 10 and 11 (segments, a membership's history); described in segment-entities.ts. */
export type SegmentSyncEntity =
  | 'funded_programme'
  | 'jakon_project'
  | 'funded_import'
  | 'bpu_membership'
  | 'funded_member'
  | 'jakon_worker'
  | 'identity_correction'
  | 'membership_wage'
  | 'membership_end';

/**
 * What travels between a desk and the branch sync service. Every entity is named by a global key: NIK for
 * people, NPP for employers, natural keys for reference rows, and a client-made UUID for everything else —
 * local integer ids never cross the wire.
 */
export type SyncEntity =
  | 'employer'
  | 'worker'
  | 'membership'
  | 'staff'
  | 'followup'
  | 'workforce'
  | 'minimum_wage'
  | 'import'
  | 'prospect'
  | 'headcount_report'
  | 'payroll_line'
  | SegmentSyncEntity;

/**
 * Where a row belongs, decided by the server (never by the desk):
 * - `branch`: the row's own `branch_code` (employers);
 * - `employer`: the branch of the employer named by its `npp` (memberships, reports …), else the pushing desk's;
 * - `worker`: every branch where the person has a membership;
 * - `origin`: the branch of the desk that created it;
 * - `parent`: where the row named by `parent` is (a programme's members, a membership's wage periods);
 * - `global`: reference data every desk holds.
 */
export type SyncScopeRule = 'branch' | 'employer' | 'worker' | 'origin' | 'parent' | 'global';

export interface SyncEntitySpec {
  entity: SyncEntity;
  /** Wire fields (snake_case, as the store names them); the key fields are among them. */
  fields: readonly string[];
  /** Fields whose concurrent different values are a conflict for the branch head instead of last-writer-wins. */
  firstWins: readonly string[];
  scope: SyncScopeRule;
  /** Applied in this order on a desk, so references exist before what refers to them. */
  order: number;
  /** The wire field naming the employer of an `employer`-scoped row; `npp` when absent. */
  employerField?: string;
  /**
   * The row this one belongs to and dies with (a cascade on the desk): its scope for `parent`, and the server
   * counts the row in a digest only while that parent lives.
   */
  parent?: { entity: SyncEntity; field: string };
  /** The row names a person (`nik`) who travels with it to its branch and stays on the server while it lives. */
  person?: boolean;
  /** At most one live row per these fields (`whenActive`: only while `status` is `aktif`): a second merges into the first. */
  onePer?: { fields: readonly string[]; whenActive: boolean };
}

