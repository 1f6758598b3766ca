import type { SegmentSyncEntity } from '../../shared/sync/segment-entities';
import type { DeskTable } from './desk-table-type';

// Rows of employer-less entities (origin or a parent of origin scope): a desk holds only its branch's.
const held = '1';
const byGid = { hasGid: true, key: (r: string) => `${r}.gid`, conflictTarget: 'gid', where: 'gid = @k0', keyParams: (k: string) => ({ k0: k }) };
const stamped = { created_at: '', updated_at: '' };
const gidOf = (table: string, column: string) => (r: string) => `(SELECT gid FROM ${table} WHERE id = ${r}.${column})`;
const idByGid = (table: string) => `SELECT id FROM ${table} WHERE gid = ?`;
const worker = { field: 'nik', column: 'worker_id', lookup: 'SELECT id FROM workers WHERE nik = ?' };
const nikOf = (r: string) => `(SELECT nik FROM workers WHERE id = ${r}.worker_id)`;
const ofMembershipInBranch = `(@all = 1 OR EXISTS (SELECT 1 FROM memberships m JOIN employers e ON e.npp = m.npp WHERE m.id = t.membership_id AND e.branch_code = @branch))`;

export const SEGMENT_DESK_TABLES: Record<SegmentSyncEntity, DeskTable> = {
  funded_programme: { entity: 'funded_programme', table: 'funded_programmes', ...byGid, insertDefaults: stamped, inScope: held },
  jakon_project: {
    entity: 'jakon_project',
    table: 'jakon_projects',
    ...byGid,
    insertDefaults: stamped,
    inScope: `(@all = 1 OR EXISTS (SELECT 1 FROM employers e WHERE e.npp = t.contractor_npp AND e.branch_code = @branch))`,
  },
  funded_import: {
    entity: 'funded_import',
    table: 'funded_imports',
    ...byGid,
    computed: { programme_gid: gidOf('funded_programmes', 'programme_id') },
    refs: [{ field: 'programme_gid', column: 'programme_id', lookup: idByGid('funded_programmes') }],
    // The range of people an import created is this desk's own (local ids): another desk's undo removes members only.
    insertDefaults: { worker_id_from: null, worker_id_to: null },
    inScope: held,
  },
  bpu_membership: {
    entity: 'bpu_membership',
    table: 'bpu_memberships',
    ...byGid,
    computed: { nik: nikOf },
    refs: [worker],
    insertDefaults: stamped,
    makeRoom: `DELETE FROM bpu_memberships WHERE worker_id = @worker_id AND status = 'aktif' AND gid <> @gid`,
    inScope: held,
  },
  funded_member: {
    entity: 'funded_member',
    table: 'funded_members',
    ...byGid,
    computed: { programme_gid: gidOf('funded_programmes', 'programme_id'), nik: nikOf, import_gid: gidOf('funded_imports', 'import_id') },
    refs: [{ field: 'programme_gid', column: 'programme_id', lookup: idByGid('funded_programmes') }, worker, { field: 'import_gid', column: 'import_id', lookup: idByGid('funded_imports') }],
    makeRoom: `DELETE FROM funded_members WHERE programme_id = @programme_id AND worker_id = @worker_id AND gid <> @gid`,
    inScope: held,
  },
  jakon_worker: {
    entity: 'jakon_worker',
    table: 'jakon_workers',
    ...byGid,
    computed: { project_gid: gidOf('jakon_projects', 'project_id'), nik: nikOf },
    refs: [{ field: 'project_gid', column: 'project_id', lookup: idByGid('jakon_projects') }, worker],
    insertDefaults: stamped,
    makeRoom: `DELETE FROM jakon_workers WHERE project_id = @project_id AND worker_id = @worker_id AND status = 'aktif' AND gid <> @gid`,
    inScope: `(@all = 1 OR EXISTS (SELECT 1 FROM jakon_projects p JOIN employers e ON e.npp = p.contractor_npp WHERE p.id = t.project_id AND e.branch_code = @branch))`,
  },
  identity_correction: {
    entity: 'identity_correction',
    table: 'identity_corrections',
    ...byGid,
    computed: { nik: nikOf },
    refs: [worker],
    inScope: held,
  },
  // Keyed by the membership's gid and the month, not a gid of its own: every desk makes a membership's first
  // period itself (trigger memberships_first_wage), and those must be one row everywhere.
  membership_wage: {
    entity: 'membership_wage',
    table: 'membership_wages',
    hasGid: false,
    key: (r) => `${gidOf('memberships', 'membership_id')(r)} || '|' || ${r}.from_month`,
    keyByLookup: true,
    conflictTarget: 'membership_id, from_month',
    where: 'membership_id = (SELECT id FROM memberships WHERE gid = @k0) AND from_month = @k1',
    keyParams: (k) => {
      const [k0 = '', k1 = ''] = k.split('|');
      return { k0, k1 };
    },
    computed: { membership_gid: gidOf('memberships', 'membership_id'), import_gid: gidOf('imports', 'import_id') },
    refs: [
      { field: 'membership_gid', column: 'membership_id', lookup: idByGid('memberships') },
      { field: 'import_gid', column: 'import_id', lookup: idByGid('imports') },
    ],
    inScope: ofMembershipInBranch,
  },
  membership_end: {
    entity: 'membership_end',
    table: 'membership_ends',
    hasGid: false,
    key: gidOf('memberships', 'membership_id'),
    keyByLookup: true,
    conflictTarget: 'membership_id',
    where: 'membership_id = (SELECT id FROM memberships WHERE gid = @k0)',
    keyParams: (k) => ({ k0: k }),
    computed: { membership_gid: gidOf('memberships', 'membership_id'), moved_to_gid: gidOf('memberships', 'moved_to') },
    refs: [
      { field: 'membership_gid', column: 'membership_id', lookup: idByGid('memberships') },
      { field: 'moved_to_gid', column: 'moved_to', lookup: idByGid('memberships') },
    ],
    inScope: ofMembershipInBranch,
  },
};
