import type { SyncEntity } from '../../../shared/sync/entities';
import { DESK_TABLES, wireJson, type DeskTable } from '../../sync/desk-tables';
import type Database from 'better-sqlite3';
import type { Migration } from './migration';

/** A random 128-bit id in SQL, for rows written by code that does not supply its own `gid`. */
const RANDOM_GID = `lower(hex(randomblob(16)))`;

/** Milliseconds since 1970 by the wall clock, never behind the newest stamp this desk has pulled. */
const HLC_MS = `max(CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), (SELECT hlc_floor FROM sync_local_state WHERE id = 1))`;

const CAPTURING = `(SELECT capture FROM sync_local_state WHERE id = 1) = 1`;

/**
 * The outbox triggers: once a store is bound to a sync server, every change of a synced row is queued in the
 * same transaction as the change itself, so nothing a clerk saves can be written without being queued.
 */
export function captureTriggers(t: DeskTable): string {
  const entity = `'${t.entity}'`;
  const newHasKey = t.hasGid ? ' AND new.gid IS NOT NULL' : t.keyByLookup ? ` AND (${t.key('new')}) IS NOT NULL` : '';
  const oldHasKey = t.hasGid ? ' AND old.gid IS NOT NULL' : t.keyByLookup ? ` AND (${t.key('old')}) IS NOT NULL` : '';
  const prevOnUpdate = t.hasGid ? `CASE WHEN old.gid IS NULL THEN NULL ELSE ${wireJson(t, 'old')} END` : wireJson(t, 'old');
  return `
    CREATE TRIGGER sync_capture_${t.table}_insert AFTER INSERT ON ${t.table} WHEN ${CAPTURING}${newHasKey} BEGIN
      INSERT INTO sync_outbox (entity, key, op, data, prev, hlc_ms) VALUES (${entity}, ${t.key('new')}, 'upsert', ${wireJson(t, 'new')}, NULL, ${HLC_MS});
    END;
    CREATE TRIGGER sync_capture_${t.table}_update AFTER UPDATE ON ${t.table}
      WHEN ${CAPTURING}${newHasKey} AND ${wireJson(t, 'new')} IS NOT ${prevOnUpdate} BEGIN
      INSERT INTO sync_outbox (entity, key, op, data, prev, hlc_ms) VALUES (${entity}, ${t.key('new')}, 'upsert', ${wireJson(t, 'new')}, ${prevOnUpdate}, ${HLC_MS});
    END;
    CREATE TRIGGER sync_capture_${t.table}_delete AFTER DELETE ON ${t.table} WHEN ${CAPTURING}${oldHasKey} BEGIN
      INSERT INTO sync_outbox (entity, key, op, data, prev, hlc_ms) VALUES (${entity}, ${t.key('old')}, 'delete', NULL, ${wireJson(t, 'old')}, ${HLC_MS});
    END;`;
}

/**
 * Gives existing rows their global id. The table's update triggers (the audit trail) are set aside for that one
 * statement: a schema step is not an edit, and a million memberships must not become a million audit entries.
 */
export function fillGlobalIds(db: Database.Database, table: string): void {
  const triggers = db
    .prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ? AND sql LIKE '%UPDATE ON%'`)
    .all(table) as { name: string; sql: string }[];
  for (const t of triggers) db.exec(`DROP TRIGGER ${t.name}`);
  db.exec(`UPDATE ${table} SET gid = ${RANDOM_GID}`);
  for (const t of triggers) db.exec(t.sql);
}

export function globalIds(t: DeskTable): string {
  return `
    CREATE UNIQUE INDEX ${t.table}_gid ON ${t.table}(gid);
    CREATE TRIGGER ${t.table}_gid_fill AFTER INSERT ON ${t.table} WHEN new.gid IS NULL BEGIN
      UPDATE ${t.table} SET gid = ${RANDOM_GID} WHERE rowid = new.rowid;
    END;`;
}

export const SYNC_SCHEMA_VERSION = 9;

/**
 * The entities this step shipped with. A store's schema is a function of its version (a backup is checked
 * against what the migrations make of an empty file), so an entity added later gets its global ids and
 * triggers in a later step — never here, where its table may not exist yet.
 */
const V9_ENTITIES: readonly SyncEntity[] = [
  'minimum_wage', 'workforce', 'staff', 'employer', 'worker', 'membership', 'prospect', 'headcount_report', 'import', 'payroll_line', 'followup',
];

export const syncSchema: Migration = {
  version: SYNC_SCHEMA_VERSION,
  name: 'branch sync: global ids, outbox, sync state, conflicts',
  up(db) {
    const tables = V9_ENTITIES.map((e) => DESK_TABLES[e]);
    for (const t of tables.filter((x) => x.hasGid)) {
      db.exec(`ALTER TABLE ${t.table} ADD COLUMN gid TEXT`);
      fillGlobalIds(db, t.table);
    }
    db.exec(`
      CREATE TABLE sync_local_state (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        capture INTEGER NOT NULL DEFAULT 0,
        server_url TEXT,
        desk_key TEXT,
        desk_name TEXT,
        branch TEXT,
        acked_seq INTEGER NOT NULL DEFAULT 0,
        cursor INTEGER NOT NULL DEFAULT 0,
        -- After a restore: pull everything again, this desk's own earlier changes included.
        full_pull INTEGER NOT NULL DEFAULT 0,
        hlc_floor INTEGER NOT NULL DEFAULT 0,
        rebase_pending INTEGER NOT NULL DEFAULT 0,
        restored_outbox_max INTEGER NOT NULL DEFAULT 0,
        epoch INTEGER NOT NULL DEFAULT 0,
        audit_pushed_id INTEGER NOT NULL DEFAULT 0,
        last_sync_at TEXT,
        last_attempt_at TEXT,
        last_error TEXT,
        -- The branch digest as of the last sync; NULL: to be computed again from every row.
        digest TEXT
      ) STRICT;
      INSERT INTO sync_local_state (id) VALUES (1);
      -- Each synced row's share of the digest, so a sync re-hashes only the rows it touched.
      CREATE TABLE sync_digest_rows (entity TEXT NOT NULL, key TEXT NOT NULL, hash TEXT NOT NULL, PRIMARY KEY (entity, key)) STRICT, WITHOUT ROWID;
      CREATE TABLE sync_outbox (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        entity TEXT NOT NULL,
        key TEXT NOT NULL,
        op TEXT NOT NULL CHECK (op IN ('upsert', 'delete')),
        data TEXT,
        prev TEXT,
        hlc_ms INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX sync_outbox_key ON sync_outbox(entity, key);
      CREATE TABLE sync_conflicts (
        id TEXT PRIMARY KEY,
        entity TEXT NOT NULL,
        key TEXT NOT NULL,
        field TEXT NOT NULL,
        local TEXT,
        remote TEXT,
        desk TEXT NOT NULL,
        at TEXT NOT NULL,
        resolved_at TEXT,
        resolution TEXT
      ) STRICT;
      -- Pulled rows whose references (a person, a prospect) have not arrived yet.
      CREATE TABLE sync_inbound_pending (
        entity TEXT NOT NULL,
        key TEXT NOT NULL,
        deleted INTEGER NOT NULL,
        data TEXT NOT NULL,
        PRIMARY KEY (entity, key)
      ) STRICT;
      ${tables.filter((t) => t.hasGid).map(globalIds).join('\n')}
      ${tables.map(captureTriggers).join('\n')}
    `);
  },
};
