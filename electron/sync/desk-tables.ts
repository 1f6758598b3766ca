import { SYNC_ENTITIES, type SyncEntity } from '../../shared/sync/entities';
import type { DeskTable } from './desk-table-type';
import { SEGMENT_DESK_TABLES } from './segment-desk-tables';

export type { DeskTable } from './desk-table-type';

// Correlated EXISTS, not IN (…): judging one row must cost an index lookup, not a scan of the branch.
const ofBranchEmployer = `(@all = 1 OR t.npp IS NULL OR EXISTS (SELECT 1 FROM employers e WHERE e.npp = t.npp AND e.branch_code = @branch))`;
const byGid = { hasGid: true, key: (r: string) => `${r}.gid`, conflictTarget: 'gid', where: 'gid = @k0', keyParams: (k: string) => ({ k0: k }) };
const stamped = { created_at: '', updated_at: '' };

export const DESK_TABLES: Record<SyncEntity, DeskTable> = {
  minimum_wage: {
    entity: 'minimum_wage',
    table: 'minimum_wages',
    hasGid: false,
    key: (r) => `${r}.kind || '|' || ${r}.province_code || '|' || coalesce(${r}.regency_code, '') || '|' || ${r}.year`,
    where: `kind = @k0 AND province_code = @k1 AND coalesce(regency_code, '') = @k2 AND year = @k3`,
    keyParams: (k) => {
      const [k0 = '', k1 = '', k2 = '', k3 = '0'] = k.split('|');
      return { k0, k1, k2, k3: Number(k3) };
    },
    inScope: '1',
  },
  workforce: {
    entity: 'workforce',
    table: 'workforce',
    hasGid: false,
    key: (r) => `${r}.area_code || '|' || ${r}.year`,
    conflictTarget: 'area_code, year',
    where: 'area_code = @k0 AND year = @k1',
    keyParams: (k) => {
      const [k0 = '', k1 = '0'] = k.split('|');
      return { k0, k1: Number(k1) };
    },
    inScope: '1',
  },
  staff: {
    entity: 'staff',
    table: 'staff',
    hasGid: false,
    key: (r) => `lower(${r}.username)`,
    conflictTarget: 'username',
    where: 'username = @k0',
    keyParams: (k) => ({ k0: k }),
    insertDefaults: stamped,
    inScope: '1',
  },
  employer: {
    entity: 'employer',
    table: 'employers',
    hasGid: false,
    key: (r) => `${r}.npp`,
    conflictTarget: 'npp',
    where: 'npp = @k0',
    keyParams: (k) => ({ k0: k }),
    insertDefaults: stamped,
    inScope: '(@all = 1 OR t.branch_code = @branch)',
  },
  worker: {
    entity: 'worker',
    table: 'workers',
    hasGid: false,
    key: (r) => `${r}.nik`,
    conflictTarget: 'nik',
    where: 'nik = @k0',
    keyParams: (k) => ({ k0: k }),
    insertDefaults: stamped,
    // A person is held where a PU membership, a BPU membership, a programme or a Jakon project names them.
    inScope: `(EXISTS (SELECT 1 FROM memberships m JOIN employers e ON e.npp = m.npp WHERE m.worker_id = t.id AND (@all = 1 OR e.branch_code = @branch))
      OR EXISTS (SELECT 1 FROM bpu_memberships b WHERE b.worker_id = t.id) OR EXISTS (SELECT 1 FROM funded_members f WHERE f.worker_id = t.id)
      OR EXISTS (SELECT 1 FROM jakon_workers j JOIN jakon_projects p ON p.id = j.project_id JOIN employers e ON e.npp = p.contractor_npp
        WHERE j.worker_id = t.id AND (@all = 1 OR e.branch_code = @branch)))`,
  },
  membership: {
    entity: 'membership',
    table: 'memberships',
    ...byGid,
    computed: { nik: (r) => `(SELECT nik FROM workers WHERE id = ${r}.worker_id)` },
    refs: [{ field: 'nik', column: 'worker_id', lookup: 'SELECT id FROM workers WHERE nik = ?' }],
    insertDefaults: stamped,
    makeRoom: `DELETE FROM memberships WHERE worker_id = @worker_id AND npp = @npp AND status = 'aktif' AND gid <> @gid`,
    inScope: `(@all = 1 OR EXISTS (SELECT 1 FROM employers e WHERE e.npp = t.npp AND e.branch_code = @branch))`,
  },
  prospect: { entity: 'prospect', table: 'prospects', ...byGid, inScope: '1' },
  headcount_report: { entity: 'headcount_report', table: 'headcount_reports', ...byGid, inScope: ofBranchEmployer },
  import: { entity: 'import', table: 'imports', ...byGid, inScope: ofBranchEmployer },
  payroll_line: {
    entity: 'payroll_line',
    table: 'payroll_lines',
    hasGid: false,
    key: (r) => `${r}.npp || '|' || ${r}.period || '|' || ${r}.nik`,
    conflictTarget: 'npp, period, nik',
    where: 'npp = @k0 AND period = @k1 AND nik = @k2',
    keyParams: (k) => {
      const [k0 = '', k1 = '', k2 = ''] = k.split('|');
      return { k0, k1, k2 };
    },
    inScope: ofBranchEmployer,
  },
  followup: {
    entity: 'followup',
    table: 'gap_followups',
    ...byGid,
    computed: { prospect_gid: (r) => `(SELECT gid FROM prospects WHERE id = ${r}.prospect_id)` },
    refs: [{ field: 'prospect_gid', column: 'prospect_id', lookup: 'SELECT id FROM prospects WHERE gid = ?' }],
    inScope: ofBranchEmployer,
  },
  ...SEGMENT_DESK_TABLES,
};

/** The wire row of a table row as SQL `json_object(…)` over alias `r`. */
export function wireJson(t: DeskTable, r: string): string {
  const parts = SYNC_ENTITIES[t.entity].fields.map((f) => `'${f}', ${t.computed?.[f]?.(r) ?? `${r}.${f}`}`);
  return `json_object(${parts.join(', ')})`;
}

/** Desk tables in the order a pull applies them (references first). */
export const DESK_TABLES_IN_ORDER: DeskTable[] = Object.values(DESK_TABLES).sort(
  (a, b) => SYNC_ENTITIES[a.entity].order - SYNC_ENTITIES[b.entity].order,
);
