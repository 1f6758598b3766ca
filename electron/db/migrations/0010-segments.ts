import type { Migration } from './migration';

/** Row audit triggers, the same shape as migrations 5 and 8 attach (actor from sigap_actor(), off in bulk). */
function auditTriggers(table: string, entity: string, columns: string[]): string {
  const json = (row: 'new' | 'old') => `json_object(${columns.map((c) => `'${c}', ${row}.${c}`).join(', ')})`;
  const insert = (action: string, row: 'new' | 'old', before: string, after: string) =>
    `INSERT INTO audit_log (at, actor, action, entity, entity_id, before, after)
     VALUES (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), sigap_actor(), '${action}', '${entity}', ${row}.id, ${before}, ${after});`;
  return `
    CREATE TRIGGER ${table}_audit_insert AFTER INSERT ON ${table} WHEN sigap_bulk() = 0 BEGIN
      ${insert('create', 'new', 'NULL', json('new'))}
    END;
    CREATE TRIGGER ${table}_audit_update AFTER UPDATE ON ${table} WHEN sigap_bulk() = 0 BEGIN
      ${insert('update', 'new', json('old'), json('new'))}
    END;
    CREATE TRIGGER ${table}_audit_delete AFTER DELETE ON ${table} WHEN sigap_bulk() = 0 BEGIN
      ${insert('delete', 'old', json('old'), 'NULL')}
    END;`;
}

/**
 * Segments beyond wage earners (issue 10): BPU participants (a person without an employer; the same person may
 * also hold PU memberships), programmes a regency or province pays for (pekerja rentan, APBD) with their members
 * and list imports, and construction projects (Jakon) with their workers. `segment_participations` is the one
 * view coverage and the summary count people from, every segment together.
 */
export const segmentsSchema: Migration = {
  version: 10,
  name: 'segments: BPU memberships, funded programmes, Jakon projects',
  up(db) {
    db.exec(`
      CREATE TABLE bpu_memberships (
        id INTEGER PRIMARY KEY,
        worker_id INTEGER NOT NULL REFERENCES workers(id),
        occupation TEXT NOT NULL DEFAULT '',
        income INTEGER NOT NULL CHECK (income >= 0),
        programs TEXT NOT NULL,
        interval_months INTEGER NOT NULL CHECK (interval_months IN (1, 3, 6, 12)),
        wadah TEXT,
        regency_code TEXT REFERENCES regions(code),
        start_date TEXT NOT NULL,
        end_date TEXT,
        status TEXT NOT NULL CHECK (status IN ('aktif', 'nonaktif')),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE UNIQUE INDEX bpu_memberships_one_active ON bpu_memberships(worker_id) WHERE status = 'aktif';

      CREATE TABLE funded_programmes (
        id INTEGER PRIMARY KEY,
        funder_kind TEXT NOT NULL CHECK (funder_kind IN ('pemkab', 'pemprov')),
        -- a regency/city code for a Pemkab/Pemkot, a province code for a Pemprov
        funder_code TEXT NOT NULL,
        funder_name TEXT NOT NULL,
        year INTEGER NOT NULL,
        name TEXT NOT NULL,
        tranche TEXT NOT NULL CHECK (tranche IN ('murni', 'perubahan')),
        month_from TEXT NOT NULL,
        month_to TEXT NOT NULL CHECK (month_to >= month_from),
        quota INTEGER NOT NULL CHECK (quota > 0),
        monthly_contribution INTEGER NOT NULL CHECK (monthly_contribution > 0),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX funded_programmes_funder ON funded_programmes(funder_code, year);

      CREATE TABLE funded_imports (
        id INTEGER PRIMARY KEY,
        programme_id INTEGER NOT NULL REFERENCES funded_programmes(id),
        file_name TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        user_name TEXT NOT NULL,
        created_at TEXT NOT NULL,
        sheet TEXT NOT NULL,
        header_row INTEGER NOT NULL,
        total_rows INTEGER NOT NULL,
        accepted INTEGER NOT NULL,
        rejected INTEGER NOT NULL,
        skipped INTEGER NOT NULL,
        -- people the import created (consecutive ids, one transaction): undo removes them when nothing else uses them
        worker_id_from INTEGER,
        worker_id_to INTEGER,
        undone_at TEXT,
        undone_by TEXT
      ) STRICT;

      CREATE TABLE funded_members (
        id INTEGER PRIMARY KEY,
        programme_id INTEGER NOT NULL REFERENCES funded_programmes(id),
        worker_id INTEGER NOT NULL REFERENCES workers(id),
        import_id INTEGER REFERENCES funded_imports(id),
        occupation TEXT NOT NULL DEFAULT '',
        village TEXT NOT NULL DEFAULT '',
        phone TEXT,
        -- where coverage counts the person: the funder's regency, or for a Pemprov the NIK's regency in that province
        regency_code TEXT REFERENCES regions(code),
        created_at TEXT NOT NULL,
        UNIQUE (programme_id, worker_id)
      ) STRICT;
      CREATE INDEX funded_members_worker ON funded_members(worker_id);
      CREATE INDEX funded_members_import ON funded_members(import_id);

      CREATE TABLE jakon_projects (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        owner_kind TEXT NOT NULL CHECK (owner_kind IN ('pemerintah', 'bumn', 'swasta')),
        owner_name TEXT NOT NULL DEFAULT '',
        contractor_npp TEXT NOT NULL REFERENCES employers(npp),
        contract_value INTEGER NOT NULL CHECK (contract_value > 0),
        regency_code TEXT NOT NULL REFERENCES regions(code),
        spk_date TEXT NOT NULL,
        start_date TEXT NOT NULL,
        end_date TEXT,
        registered_on TEXT NOT NULL,
        jkk INTEGER NOT NULL,
        jkm INTEGER NOT NULL,
        closed_at TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX jakon_projects_contractor ON jakon_projects(contractor_npp);
      CREATE INDEX jakon_projects_regency ON jakon_projects(regency_code);

      CREATE TABLE jakon_workers (
        id INTEGER PRIMARY KEY,
        project_id INTEGER NOT NULL REFERENCES jakon_projects(id),
        worker_id INTEGER NOT NULL REFERENCES workers(id),
        wage INTEGER CHECK (wage >= 0),
        start_date TEXT NOT NULL,
        end_date TEXT,
        status TEXT NOT NULL CHECK (status IN ('aktif', 'nonaktif')),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE UNIQUE INDEX jakon_workers_one_active ON jakon_workers(project_id, worker_id) WHERE status = 'aktif';
      CREATE INDEX jakon_workers_worker ON jakon_workers(worker_id);

      CREATE VIEW segment_participations AS
        SELECT m.worker_id, m.segment, e.regency_code, substr(e.regency_code, 1, 2) AS province_code, e.branch_code,
          m.start_date, m.end_date
        FROM memberships m JOIN employers e ON e.npp = m.npp
        UNION ALL
        SELECT b.worker_id, 'BPU', b.regency_code, substr(b.regency_code, 1, 2),
          (SELECT br.branch_code FROM branch_regencies br WHERE br.regency_code = b.regency_code), b.start_date, b.end_date
        FROM bpu_memberships b
        UNION ALL
        SELECT f.worker_id, 'BPU', f.regency_code, substr(p.funder_code, 1, 2),
          (SELECT br.branch_code FROM branch_regencies br WHERE br.regency_code = f.regency_code),
          p.month_from || '-01', date(p.month_to || '-01', '+1 month', '-1 day')
        FROM funded_members f JOIN funded_programmes p ON p.id = f.programme_id
        UNION ALL
        SELECT j.worker_id, 'JAKON', p.regency_code, substr(p.regency_code, 1, 2),
          (SELECT br.branch_code FROM branch_regencies br WHERE br.regency_code = p.regency_code), j.start_date,
          coalesce(j.end_date, p.end_date)
        FROM jakon_workers j JOIN jakon_projects p ON p.id = j.project_id;

      ${auditTriggers('bpu_memberships', 'bpu_membership', ['id', 'worker_id', 'occupation', 'income', 'programs', 'interval_months', 'wadah', 'regency_code', 'start_date', 'end_date', 'status'])}
      ${auditTriggers('funded_programmes', 'funded_programme', ['id', 'funder_kind', 'funder_code', 'funder_name', 'year', 'name', 'tranche', 'month_from', 'month_to', 'quota', 'monthly_contribution'])}
      ${auditTriggers('funded_members', 'funded_member', ['id', 'programme_id', 'worker_id', 'import_id', 'occupation', 'village', 'regency_code'])}
      ${auditTriggers('jakon_projects', 'jakon_project', ['id', 'name', 'owner_kind', 'owner_name', 'contractor_npp', 'contract_value', 'regency_code', 'spk_date', 'start_date', 'end_date', 'registered_on', 'jkk', 'jkm', 'closed_at'])}
      ${auditTriggers('jakon_workers', 'jakon_worker', ['id', 'project_id', 'worker_id', 'wage', 'start_date', 'end_date', 'status'])}
    `);
  },
};
