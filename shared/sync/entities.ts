import type { SyncEntity, SyncEntitySpec } from './entity-spec';
import { SEGMENT_SYNC_SPECS } from './segment-entities';

export type { SyncEntity, SyncEntitySpec, SyncScopeRule } from './entity-spec';

const spec = (s: SyncEntitySpec): SyncEntitySpec => s;

export const SYNC_ENTITIES: Readonly<Record<SyncEntity, SyncEntitySpec>> = {
  minimum_wage: spec({
    entity: 'minimum_wage',
    fields: ['kind', 'province_code', 'regency_code', 'year', 'amount', 'confirmed', 'source'],
    firstWins: [],
    scope: 'global',
    order: 0,
  }),
  workforce: spec({ entity: 'workforce', fields: ['area_code', 'year', 'employed', 'source', 'confirmed'], firstWins: [], scope: 'global', order: 0 }),
  staff: spec({ entity: 'staff', fields: ['username', 'display_name', 'role', 'password_hash', 'active'], firstWins: [], scope: 'origin', order: 1 }),
  employer: spec({
    entity: 'employer',
    fields: [
      'npp', 'name', 'npwp', 'nib', 'regency_code', 'address', 'scale', 'risk_group', 'programs', 'reported_headcount', 'branch_code',
      'jkk_relief', 'capital', 'annual_sales',
    ],
    firstWins: [],
    scope: 'branch',
    order: 2,
  }),
  // A NIK is one person for life: two desks disagreeing on who it is is for a person to settle (UU 24/2013).
  worker: spec({ entity: 'worker', fields: ['nik', 'name', 'birth_date', 'gender', 'kpj', 'phone'], firstWins: ['name', 'birth_date', 'gender'], scope: 'worker', order: 3 }),
  membership: spec({
    entity: 'membership',
    fields: ['gid', 'nik', 'npp', 'segment', 'wage', 'start_date', 'end_date', 'programs', 'status'],
    firstWins: [],
    scope: 'employer',
    order: 4,
  }),
  prospect: spec({
    entity: 'prospect',
    fields: ['gid', 'name', 'name_key', 'nib', 'npwp', 'npwp16', 'regency_code', 'workers', 'address', 'source', 'source_file', 'imported_at'],
    firstWins: [],
    scope: 'origin',
    order: 4,
  }),
  headcount_report: spec({
    entity: 'headcount_report',
    fields: ['gid', 'npp', 'headcount', 'source', 'reported_on', 'entered_at', 'author'],
    firstWins: [],
    scope: 'employer',
    order: 5,
  }),
  // The employer's own payroll (PDS Upah against payroll): one line per worker and month.
  payroll_line: spec({
    entity: 'payroll_line',
    fields: ['npp', 'period', 'nik', 'name', 'wage', 'source_file', 'imported_at'],
    firstWins: [],
    scope: 'employer',
    order: 5,
  }),
  import: spec({
    entity: 'import',
    fields: [
      'gid', 'kind', 'npp', 'file_name', 'content_hash', 'user_name', 'created_at', 'period', 'sheet', 'header_row',
      'total_rows', 'accepted', 'rejected', 'skipped', 'inserted', 'updated', 'undone_at', 'undone_by',
    ],
    firstWins: [],
    scope: 'employer',
    order: 5,
  }),
  followup: spec({
    entity: 'followup',
    fields: ['gid', 'gap_key', 'code', 'npp', 'prospect_gid', 'status', 'note', 'noted_on', 'author', 'created_at', 'decided_by'],
    firstWins: [],
    scope: 'employer',
    order: 6,
  }),
  ...SEGMENT_SYNC_SPECS,
};

export const SYNC_ENTITY_NAMES = Object.keys(SYNC_ENTITIES) as SyncEntity[];

export const isSyncEntity = (name: string): name is SyncEntity => Object.prototype.hasOwnProperty.call(SYNC_ENTITIES, name);

/** A row as it travels: wire field → JSON value. */
export type WireRow = Record<string, string | number | null>;

/** The global key of a wire row: what both sides use to find "the same" row. */
export function keyOf(entity: SyncEntity, row: WireRow): string {
  switch (entity) {
    case 'employer':
      return String(row.npp);
    case 'worker':
      return String(row.nik);
    case 'staff':
      return String(row.username).toLowerCase();
    case 'workforce':
      return `${row.area_code}|${row.year}`;
    case 'payroll_line':
      return `${row.npp}|${row.period}|${row.nik}`;
    case 'minimum_wage':
      return `${row.kind}|${row.province_code}|${row.regency_code ?? ''}|${row.year}`;
    case 'membership_wage':
      return `${row.membership_gid}|${row.from_month}`;
    case 'membership_end':
      return String(row.membership_gid);
    default:
      return String(row.gid);
  }
}
