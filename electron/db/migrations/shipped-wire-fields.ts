import type { SyncEntity } from '../../../shared/sync/entities';

/**
 * The wire fields each entity had when migrations 9 and 12 shipped, frozen here because those steps build their
 * capture triggers from them. The live lists in `shared/sync/` grow (a column a later step adds joins the wire);
 * a shipped step must keep making the same triggers, or a fresh store's step 9 would name a column that only
 * exists from a later step. A change to an entity's wire form is a new step that recreates its triggers.
 */
export const V9_WIRE_FIELDS: Readonly<Partial<Record<SyncEntity, readonly string[]>>> = {
  minimum_wage: ['kind', 'province_code', 'regency_code', 'year', 'amount', 'confirmed', 'source'],
  workforce: ['area_code', 'year', 'employed', 'source', 'confirmed'],
  staff: ['username', 'display_name', 'role', 'password_hash', 'active'],
  employer: [
    'npp', 'name', 'npwp', 'nib', 'regency_code', 'address', 'scale', 'risk_group', 'programs', 'reported_headcount', 'branch_code',
    'jkk_relief', 'capital', 'annual_sales',
  ],
  worker: ['nik', 'name', 'birth_date', 'gender', 'kpj', 'phone'],
  membership: ['gid', 'nik', 'npp', 'segment', 'wage', 'start_date', 'end_date', 'programs', 'status'],
  prospect: ['gid', 'name', 'name_key', 'nib', 'npwp', 'npwp16', 'regency_code', 'workers', 'address', 'source', 'source_file', 'imported_at'],
  headcount_report: ['gid', 'npp', 'headcount', 'source', 'reported_on', 'entered_at', 'author'],
  payroll_line: ['npp', 'period', 'nik', 'name', 'wage', 'source_file', 'imported_at'],
  import: [
    'gid', 'kind', 'npp', 'file_name', 'content_hash', 'user_name', 'created_at', 'period', 'sheet', 'header_row',
    'total_rows', 'accepted', 'rejected', 'skipped', 'inserted', 'updated', 'undone_at', 'undone_by',
  ],
  followup: ['gid', 'gap_key', 'code', 'npp', 'prospect_gid', 'status', 'note', 'noted_on', 'author', 'created_at', 'decided_by'],
};

export const V12_WIRE_FIELDS: Readonly<Partial<Record<SyncEntity, readonly string[]>>> = {
  funded_programme: ['gid', 'funder_kind', 'funder_code', 'funder_name', 'year', 'name', 'tranche', 'month_from', 'month_to', 'quota', 'monthly_contribution'],
  jakon_project: [
    'gid', 'name', 'owner_kind', 'owner_name', 'contractor_npp', 'contract_value', 'regency_code', 'spk_date', 'start_date', 'end_date',
    'registered_on', 'jkk', 'jkm', 'closed_at',
  ],
  funded_import: [
    'gid', 'programme_gid', 'file_name', 'content_hash', 'user_name', 'created_at', 'sheet', 'header_row', 'total_rows', 'accepted', 'rejected',
    'skipped', 'undone_at', 'undone_by',
  ],
  bpu_membership: ['gid', 'nik', 'occupation', 'income', 'programs', 'interval_months', 'wadah', 'regency_code', 'start_date', 'end_date', 'status'],
  funded_member: ['gid', 'programme_gid', 'nik', 'import_gid', 'occupation', 'village', 'phone', 'regency_code', 'created_at'],
  jakon_worker: ['gid', 'project_gid', 'nik', 'wage', 'start_date', 'end_date', 'status'],
  identity_correction: ['gid', 'nik', 'before_json', 'after_json', 'reason', 'document_note', 'recorded_at', 'recorded_by'],
  membership_wage: ['membership_gid', 'from_month', 'wage', 'source', 'import_gid', 'recorded_at', 'recorded_by'],
  membership_end: ['membership_gid', 'reason', 'moved_to_gid', 'recorded_at', 'recorded_by'],
};

/** The fields a shipped step used for an entity; a step asking for one it did not ship with is a programming error. */
export function shippedFields(list: Readonly<Partial<Record<SyncEntity, readonly string[]>>>, entity: SyncEntity): readonly string[] {
  const fields = list[entity];
  if (!fields) throw new Error(`no shipped wire fields for ${entity}`);
  return fields;
}

/** Migration 15: an account's home branch joins the wire; the record of a Jakon roster import travels. */
export const V15_WIRE_FIELDS: Readonly<Partial<Record<SyncEntity, readonly string[]>>> = {
  staff: ['username', 'display_name', 'role', 'password_hash', 'active', 'home_branch'],
  jakon_import: [
    'gid', 'project_gid', 'file_name', 'content_hash', 'user_name', 'created_at', 'sheet', 'header_row', 'total_rows', 'accepted', 'rejected',
    'skipped', 'undone_at', 'undone_by',
  ],
};
