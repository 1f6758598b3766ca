import { DESK_TABLES, wireJson } from '../../sync/desk-tables';
import { captureTriggers, fillGlobalIds, globalIds } from './0009-sync';
import type { Migration } from './migration';
import { shippedFields, V9_WIRE_FIELDS, V15_WIRE_FIELDS } from './shipped-wire-fields';

const WALL_MS = `CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)`;

/**
 * The last rows that stayed on their desk travel (issue 9): an account's home branch (migration 14's column) and
 * the record of a Jakon roster import (migration 13's table). The staff capture triggers are made again with the
 * new field; the import records get global ids and triggers as migration 12 gave the segments theirs.
 */
export const syncHomeBranch: Migration = {
  version: 15,
  name: 'branch sync: home branch, jakon roster imports',
  up(db) {
    const staff = DESK_TABLES.staff;
    const imports = DESK_TABLES.jakon_import;
    db.exec(`
      ALTER TABLE jakon_imports ADD COLUMN gid TEXT;
      -- A record pulled from another desk: its id ranges are that desk's, so the undo is that desk's too.
      ALTER TABLE jakon_imports ADD COLUMN elsewhere INTEGER NOT NULL DEFAULT 0 CHECK (elsewhere IN (0, 1));
    `);
    fillGlobalIds(db, 'jakon_imports');
    db.exec(`
      DROP TRIGGER sync_capture_staff_insert;
      DROP TRIGGER sync_capture_staff_update;
      DROP TRIGGER sync_capture_staff_delete;
      ${captureTriggers(staff, shippedFields(V15_WIRE_FIELDS, 'staff'))}
      ${globalIds(imports)}
      ${captureTriggers(imports, shippedFields(V15_WIRE_FIELDS, 'jakon_import'))}
    `);
    // A store already bound queues what it holds of these. An account's home branch is queued as an edit of that
    // field alone (the previous wire row without it), so it never overrides another field a desk changed since.
    const bound = db.prepare('SELECT capture FROM sync_local_state WHERE id = 1').pluck().get() === 1;
    if (!bound) return;
    const before = wireJson(staff, 't', shippedFields(V9_WIRE_FIELDS, 'staff'));
    db.exec(`INSERT INTO sync_outbox (entity, key, op, data, prev, hlc_ms)
      SELECT 'staff', ${staff.key('t')}, 'upsert', ${wireJson(staff, 't', shippedFields(V15_WIRE_FIELDS, 'staff'))},
        json_set(${before}, '$.home_branch', NULL), ${WALL_MS}
      FROM staff t WHERE t.home_branch IS NOT NULL ORDER BY t.rowid`);
    db.exec(`INSERT INTO sync_outbox (entity, key, op, data, prev, hlc_ms)
      SELECT 'jakon_import', ${imports.key('t')}, 'upsert', ${wireJson(imports, 't', shippedFields(V15_WIRE_FIELDS, 'jakon_import'))}, NULL, ${WALL_MS}
      FROM jakon_imports t ORDER BY t.rowid`);
  },
};
