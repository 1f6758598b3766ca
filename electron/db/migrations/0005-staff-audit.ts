import type { Migration } from './migration';

/** Audit trigger for one table: before/after as JSON, actor from the connection's sigap_actor(). */
function auditTriggers(table: string, entity: string, key: string, columns: string[]): string {
  const json = (row: 'new' | 'old') => `json_object(${columns.map((c) => `'${c}', ${row}.${c}`).join(', ')})`;
  const insert = (action: string, id: string, before: string, after: string) =>
    `INSERT INTO audit_log (at, actor, action, entity, entity_id, before, after)
     VALUES (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), sigap_actor(), '${action}', '${entity}', ${id}, ${before}, ${after});`;
  return `
    CREATE TRIGGER ${table}_audit_insert AFTER INSERT ON ${table} WHEN sigap_bulk() = 0 BEGIN
      ${insert('create', `new.${key}`, 'NULL', json('new'))}
    END;
    CREATE TRIGGER ${table}_audit_update AFTER UPDATE ON ${table} WHEN sigap_bulk() = 0 BEGIN
      ${insert('update', `new.${key}`, json('old'), json('new'))}
    END;
    CREATE TRIGGER ${table}_audit_delete AFTER DELETE ON ${table} WHEN sigap_bulk() = 0 BEGIN
      ${insert('delete', `old.${key}`, json('old'), 'NULL')}
    END;`;
}

export const staffAndAudit: Migration = {
  version: 5,
  name: 'staff accounts and the append-only audit trail',
  up(db) {
    db.exec(`
      CREATE TABLE staff (
        id INTEGER PRIMARY KEY,
        username TEXT NOT NULL UNIQUE COLLATE NOCASE,
        display_name TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('petugas', 'kepala_cabang', 'admin')),
        password_hash TEXT NOT NULL,
        failed_attempts INTEGER NOT NULL DEFAULT 0,
        locked_until TEXT,
        active INTEGER NOT NULL DEFAULT 1,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        entity TEXT NOT NULL,
        entity_id TEXT,
        before TEXT,
        after TEXT,
        detail TEXT
      ) STRICT;
      CREATE INDEX audit_log_at ON audit_log(at);
      CREATE INDEX audit_log_entity ON audit_log(entity, entity_id);

      -- UU 27/2022: who processed what must stay provable, so the trail is append-only in the file itself.
      CREATE TRIGGER audit_log_append_only_update BEFORE UPDATE ON audit_log BEGIN
        SELECT RAISE(ABORT, 'audit_log is append-only');
      END;
      CREATE TRIGGER audit_log_append_only_delete BEFORE DELETE ON audit_log BEGIN
        SELECT RAISE(ABORT, 'audit_log is append-only');
      END;
      ${auditTriggers('employers', 'employer', 'npp', ['npp', 'name', 'npwp', 'nib', 'regency_code', 'address', 'scale', 'risk_group', 'programs', 'reported_headcount', 'branch_code'])}
      ${auditTriggers('workers', 'worker', 'nik', ['nik', 'name', 'birth_date', 'gender', 'kpj', 'phone'])}
      ${auditTriggers('memberships', 'membership', 'id', ['id', 'worker_id', 'npp', 'segment', 'wage', 'start_date', 'end_date', 'programs', 'status'])}
      ${auditTriggers('staff', 'staff', 'username', ['username', 'display_name', 'role', 'active', 'locked_until'])}
    `);
  },
};
