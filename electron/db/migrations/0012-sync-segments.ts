import { SYNC_ENTITIES, type SyncEntity } from '../../../shared/sync/entities';
import { DESK_TABLES, wireJson } from '../../sync/desk-tables';
import { captureTriggers, fillGlobalIds, globalIds } from './0009-sync';
import type { Migration } from './migration';

/** The entities this step brings into the sync (issues 10 and 11), frozen as 0009 freezes its own. */
const V12_ENTITIES: readonly SyncEntity[] = [
  'funded_programme', 'jakon_project', 'funded_import', 'bpu_membership', 'funded_member', 'jakon_worker', 'identity_correction',
  'membership_wage', 'membership_end',
];

/**
 * The segments and a membership's history travel: global ids and outbox triggers for their tables, made here as
 * migration 9 made them for the first entities. Triggers derived from code are made by migrations, not remade
 * when a store opens: a store's schema must be a function of its version (a backup is verified against what the
 * migrations make of an empty file), and a change to an entity's wire form is a schema change that earns its
 * own step, which drops and recreates that entity's triggers.
 */
export const syncSegments: Migration = {
  version: 12,
  name: 'branch sync: segments, wage periods, membership ends, identity corrections',
  up(db) {
    const tables = V12_ENTITIES.map((e) => DESK_TABLES[e]);
    for (const t of tables.filter((x) => x.hasGid)) {
      db.exec(`ALTER TABLE ${t.table} ADD COLUMN gid TEXT`);
      fillGlobalIds(db, t.table);
    }
    db.exec(`
      -- Whether a person belongs to the branch asks this for every person when the digest is built.
      CREATE INDEX bpu_memberships_worker ON bpu_memberships(worker_id);
      ${tables.filter((t) => t.hasGid).map(globalIds).join('\n')}
      ${tables.map(captureTriggers).join('\n')}
    `);
    // A new membership's first wage period (trigger memberships_first_wage, migration 11) must be queued after
    // the membership itself, or the server meets a period of a membership it does not know yet. SQLite runs a
    // row's triggers newest first, so the membership's capture trigger is made again, after that one; the
    // outbox-order test (segment-migration.test.ts) holds SQLite to it.
    const membershipCapture = db.prepare(`SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'sync_capture_memberships_insert'`).pluck().get() as string;
    db.exec('DROP TRIGGER sync_capture_memberships_insert');
    db.exec(membershipCapture);
    // A store already bound to a server queues what it holds of these, as its first binding queued the rest.
    const bound = db.prepare('SELECT capture FROM sync_local_state WHERE id = 1').pluck().get() === 1;
    if (!bound) return;
    for (const t of [...tables].sort((a, b) => SYNC_ENTITIES[a.entity].order - SYNC_ENTITIES[b.entity].order)) {
      db.exec(`INSERT INTO sync_outbox (entity, key, op, data, prev, hlc_ms)
        SELECT '${t.entity}', ${t.key('t')}, 'upsert', ${wireJson(t, 't')}, NULL, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)
        FROM ${t.table} t ORDER BY t.rowid`);
    }
  },
};
