import type { SegmentSyncEntity, SyncEntitySpec } from './entity-spec';

export type { SegmentSyncEntity } from './entity-spec';

/**
 * The entities of the segments (issue 10: BPU, funded programmes, Jakon) and of a membership's life after
 * enrolment (issue 11: wage periods, ends, identity corrections). Where each belongs:
 * - A BPU membership and a funded programme have no employer. Which branch serves a regency is an editable
 *   desk table the server does not hold (DOMAIN.md §7: "unconfirmed"), so the server cannot place them by
 *   regency: they belong to the branch of the desk that registered them (`origin`) — the branch whose staff
 *   enrolled the participant or signed the funder's agreement.
 * - A funded programme's list imports and members, a Jakon project's workers, a membership's wage periods and
 *   end go where their parent row is (`parent`), so a programme and all its members sit in one branch.
 * - A Jakon project belongs to its contractor's branch (`employer`, by `contractor_npp`): the contractor is a
 *   registered employer (the desk refuses a project of an unknown one) and the branch that serves it keeps it.
 * - An identity correction goes with the desk's branch (`origin`); the corrected name travels on the person.
 * A BPU membership, a programme member and a Jakon worker make the person travel to that branch's desks, as a
 * PU membership does, and keep the person from being deleted on the server while they live (`person`).
 */
export const SEGMENT_SYNC_SPECS: Readonly<Record<SegmentSyncEntity, SyncEntitySpec>> = {
  funded_programme: {
    entity: 'funded_programme',
    fields: ['gid', 'funder_kind', 'funder_code', 'funder_name', 'year', 'name', 'tranche', 'month_from', 'month_to', 'quota', 'monthly_contribution'],
    firstWins: [],
    scope: 'origin',
    order: 2,
  },
  jakon_project: {
    entity: 'jakon_project',
    fields: [
      'gid', 'name', 'owner_kind', 'owner_name', 'contractor_npp', 'contract_value', 'regency_code', 'spk_date', 'start_date', 'end_date',
      'registered_on', 'jkk', 'jkm', 'closed_at',
    ],
    firstWins: [],
    scope: 'employer',
    employerField: 'contractor_npp',
    order: 3,
  },
  funded_import: {
    entity: 'funded_import',
    fields: [
      'gid', 'programme_gid', 'file_name', 'content_hash', 'user_name', 'created_at', 'sheet', 'header_row', 'total_rows', 'accepted', 'rejected',
      'skipped', 'undone_at', 'undone_by',
    ],
    firstWins: [],
    scope: 'parent',
    parent: { entity: 'funded_programme', field: 'programme_gid' },
    order: 3,
  },
  bpu_membership: {
    entity: 'bpu_membership',
    fields: ['gid', 'nik', 'occupation', 'income', 'programs', 'interval_months', 'wadah', 'regency_code', 'start_date', 'end_date', 'status'],
    firstWins: [],
    scope: 'origin',
    person: true,
    // One active BPU membership per person (bpu_memberships_one_active): two desks enrolling one person merge.
    onePer: { fields: ['nik'], whenActive: true },
    order: 4,
  },
  funded_member: {
    entity: 'funded_member',
    fields: ['gid', 'programme_gid', 'nik', 'import_gid', 'occupation', 'village', 'phone', 'regency_code', 'created_at'],
    firstWins: [],
    scope: 'parent',
    parent: { entity: 'funded_programme', field: 'programme_gid' },
    person: true,
    onePer: { fields: ['programme_gid', 'nik'], whenActive: false },
    order: 4,
  },
  jakon_worker: {
    entity: 'jakon_worker',
    fields: ['gid', 'project_gid', 'nik', 'wage', 'start_date', 'end_date', 'status'],
    firstWins: [],
    scope: 'parent',
    parent: { entity: 'jakon_project', field: 'project_gid' },
    person: true,
    onePer: { fields: ['project_gid', 'nik'], whenActive: true },
    order: 4,
  },
  identity_correction: {
    entity: 'identity_correction',
    fields: ['gid', 'nik', 'before_json', 'after_json', 'reason', 'document_note', 'recorded_at', 'recorded_by'],
    firstWins: [],
    scope: 'origin',
    parent: { entity: 'worker', field: 'nik' },
    order: 4,
  },
  // After imports (order 5): a wage period names the roster import that set it.
  membership_wage: {
    entity: 'membership_wage',
    fields: ['membership_gid', 'from_month', 'wage', 'source', 'import_gid', 'recorded_at', 'recorded_by'],
    firstWins: [],
    scope: 'parent',
    parent: { entity: 'membership', field: 'membership_gid' },
    order: 6,
  },
  membership_end: {
    entity: 'membership_end',
    fields: ['membership_gid', 'reason', 'moved_to_gid', 'recorded_at', 'recorded_by'],
    firstWins: [],
    scope: 'parent',
    parent: { entity: 'membership', field: 'membership_gid' },
    order: 6,
  },
};
