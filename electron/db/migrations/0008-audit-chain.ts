import { auditHash, type ChainedFields } from '../../audit/audit-hash';
import type { Migration } from './migration';

/** Audit triggers for tables the first audit step missed (follow-ups, prospect links, workforce figures). */
function rowTriggers(table: string, entity: string, key: (row: 'new' | 'old') => string, columns: string[]): string {
  const json = (row: 'new' | 'old') => `json_object(${columns.map((c) => `'${c}', ${row}.${c}`).join(', ')})`;
  const insert = (action: string, row: 'new' | 'old', before: string, after: string) =>
    `INSERT INTO audit_log (at, actor, action, entity, entity_id, before, after)
     VALUES (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), sigap_actor(), '${action}', '${entity}', ${key(row)}, ${before}, ${after});`;
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

const COLUMNS = ['id', 'at', 'actor', 'action', 'entity', 'entity_id', 'before', 'after', 'detail'] as const;
const same = COLUMNS.map((c) => `NEW.${c} IS OLD.${c}`).join(' AND ');

/**
 * Tamper-evident history: every audit entry carries the hash of the one before (`prev_hash`) and its own
 * (`hash`, sha256 of the entry + prev_hash). Rows keep being written as before, by the row triggers and by
 * appendAudit; a trigger seals each new row right after it lands, so trigger-written entries are covered
 * too. The only update the trail allows is that seal; an insert over an existing id (REPLACE) is refused.
 * Follow-ups, prospect links and workforce figures get row triggers like the other audited tables.
 * `store_meta` keeps facts about the store itself (that accounts once existed, so setup never reopens).
 */
export const auditChain: Migration = {
  version: 8,
  name: 'audit hash chain, no REPLACE over history, more audited tables, store facts',
  up(db) {
    db.exec(`
      ALTER TABLE audit_log ADD COLUMN prev_hash TEXT;
      ALTER TABLE audit_log ADD COLUMN hash TEXT;
      DROP TRIGGER audit_log_append_only_update;
      CREATE TABLE store_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;
    `);
    const rows = db.prepare(`SELECT ${COLUMNS.join(', ')} FROM audit_log ORDER BY id`).all() as Omit<ChainedFields, 'prev_hash'>[];
    const seal = db.prepare('UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?');
    let prev: string | null = null;
    for (const row of rows) {
      const hash = auditHash({ ...row, prev_hash: prev });
      seal.run(prev, hash, row.id);
      prev = hash;
    }
    db.exec(`
      CREATE TRIGGER audit_log_append_only_update BEFORE UPDATE ON audit_log
      WHEN NOT (OLD.hash IS NULL AND NEW.hash IS NOT NULL AND ${same}) BEGIN
        SELECT RAISE(ABORT, 'audit_log is append-only');
      END;
      CREATE TRIGGER audit_log_no_replace BEFORE INSERT ON audit_log
      WHEN EXISTS (SELECT 1 FROM audit_log WHERE id = NEW.id) OR NEW.hash IS NOT NULL OR NEW.prev_hash IS NOT NULL BEGIN
        SELECT RAISE(ABORT, 'audit_log is append-only');
      END;
      CREATE TRIGGER audit_log_chain_seal AFTER INSERT ON audit_log BEGIN
        UPDATE audit_log SET
          prev_hash = (SELECT hash FROM audit_log WHERE id < NEW.id ORDER BY id DESC LIMIT 1),
          hash = sigap_audit_hash(NEW.id, NEW.at, NEW.actor, NEW.action, NEW.entity, NEW.entity_id, NEW.before, NEW.after, NEW.detail,
            (SELECT hash FROM audit_log WHERE id < NEW.id ORDER BY id DESC LIMIT 1))
        WHERE id = NEW.id;
      END;
      CREATE TRIGGER staff_marks_accounts AFTER INSERT ON staff BEGIN
        INSERT OR IGNORE INTO store_meta (key, value) VALUES ('accounts_existed', '1');
      END;
      ${rowTriggers('gap_followups', 'gap_followup', (r) => `${r}.id`, ['id', 'gap_key', 'code', 'npp', 'prospect_id', 'status', 'note', 'noted_on', 'author', 'decided_by'])}
      ${rowTriggers('prospect_links', 'prospect_link', (r) => `${r}.prospect_id`, ['prospect_id', 'npp', 'linked_at', 'author'])}
      ${rowTriggers('workforce', 'workforce', (r) => `${r}.area_code || '/' || ${r}.year`, ['area_code', 'year', 'employed', 'source', 'confirmed'])}
      INSERT INTO store_meta (key, value)
        SELECT 'accounts_existed', '1' WHERE EXISTS (SELECT 1 FROM staff) OR EXISTS (SELECT 1 FROM audit_log WHERE entity = 'staff');
    `);
  },
};
