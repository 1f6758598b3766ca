import type Database from 'better-sqlite3';
import type { Migration } from './migration';

const AUDITED = ['username', 'display_name', 'role', 'active', 'locked_until', 'home_branch'];

function staffAuditTriggers(): string {
  const json = (row: 'new' | 'old') => `json_object(${AUDITED.map((c) => `'${c}', ${row}.${c}`).join(', ')})`;
  const insert = (action: string, id: string, before: string, after: string) =>
    `INSERT INTO audit_log (at, actor, action, entity, entity_id, before, after)
     VALUES (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), sigap_actor(), '${action}', 'staff', ${id}, ${before}, ${after});`;
  return `
    CREATE TRIGGER staff_audit_insert AFTER INSERT ON staff WHEN sigap_bulk() = 0 BEGIN
      ${insert('create', 'new.username', 'NULL', json('new'))}
    END;
    CREATE TRIGGER staff_audit_update AFTER UPDATE ON staff WHEN sigap_bulk() = 0 BEGIN
      ${insert('update', 'new.username', json('old'), json('new'))}
    END;
    CREATE TRIGGER staff_audit_delete AFTER DELETE ON staff WHEN sigap_bulk() = 0 BEGIN
      ${insert('delete', 'old.username', json('old'), 'NULL')}
    END;`;
}

/**
 * The branch a store serves: the branch its sync binding names, else the one branch all its employers
 * belong to; none when the store holds several branches (a regional desk, the demo).
 */
function storeBranch(db: Database.Database): string | null {
  const bound = db.prepare(`SELECT s.branch FROM sync_local_state s JOIN branches b ON b.code = s.branch WHERE s.id = 1`).pluck().get() as string | undefined;
  if (bound) return bound;
  const served = db.prepare(`SELECT DISTINCT branch_code FROM employers WHERE branch_code IS NOT NULL LIMIT 2`).pluck().all() as string[];
  return served.length === 1 ? served[0]! : null;
}

/**
 * Each account's home branch (issue 11 §4): the branch summary and the gap list open on it. Existing accounts
 * get the store's branch. Filling the column is a schema step, not an edit: the staff update triggers (audit,
 * sync capture) are set aside for that one statement. The audit triggers then record the new column too.
 */
export const staffHomeBranch: Migration = {
  version: 14,
  name: 'staff home branch',
  up(db) {
    db.exec(`ALTER TABLE staff ADD COLUMN home_branch TEXT REFERENCES branches(code)`);
    const branch = storeBranch(db);
    if (branch) {
      const triggers = db
        .prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'staff' AND sql LIKE '%UPDATE ON%'`)
        .all() as { name: string; sql: string }[];
      for (const t of triggers) db.exec(`DROP TRIGGER ${t.name}`);
      db.prepare('UPDATE staff SET home_branch = ?').run(branch);
      for (const t of triggers) db.exec(t.sql);
    }
    db.exec(`
      DROP TRIGGER staff_audit_insert;
      DROP TRIGGER staff_audit_update;
      DROP TRIGGER staff_audit_delete;
      ${staffAuditTriggers()}
    `);
  },
};
