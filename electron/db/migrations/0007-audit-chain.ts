import { auditHash, type ChainedFields } from '../../audit/audit-hash';
import type { Migration } from './migration';

const COLUMNS = ['id', 'at', 'actor', 'action', 'entity', 'entity_id', 'before', 'after', 'detail'] as const;
const same = COLUMNS.map((c) => `NEW.${c} IS OLD.${c}`).join(' AND ');

/**
 * Tamper-evident history: every audit entry carries the hash of the one before (`prev_hash`) and its own
 * (`hash`, sha256 of the entry + prev_hash). Rows keep being written as before, by the row triggers and by
 * appendAudit; a trigger seals each new row right after it lands, so trigger-written entries are covered
 * too. The only update the trail allows is that seal; an insert over an existing id (REPLACE) is refused.
 * `store_meta` keeps facts about the store itself (that accounts once existed, so setup never reopens).
 */
export const auditChain: Migration = {
  version: 7,
  name: 'audit hash chain, no REPLACE over history, store facts',
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
      INSERT INTO store_meta (key, value)
        SELECT 'accounts_existed', '1' WHERE EXISTS (SELECT 1 FROM staff) OR EXISTS (SELECT 1 FROM audit_log WHERE entity = 'staff');
    `);
  },
};
