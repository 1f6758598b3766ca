import type { Db } from '../db/connection';
import { DESK_TABLES_IN_ORDER, wireJson } from './desk-tables';
import { readSyncState, updateSyncState } from './sync-state';

/**
 * Binds the store to a server and desk. The first binding queues every row the store already holds (work done
 * offline before the branch had a server is not left behind), then turns capture on — one transaction.
 */
export function bindStore(db: Db, binding: { serverUrl: string; deskKey: string; deskName: string; branch: string }): void {
  db.transaction(() => {
    const state = readSyncState(db);
    if (!state.server_url) {
      for (const t of DESK_TABLES_IN_ORDER) {
        db.exec(`INSERT INTO sync_outbox (entity, key, op, data, prev, hlc_ms)
          SELECT '${t.entity}', ${t.key('t')}, 'upsert', ${wireJson(t, 't')}, NULL, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)
          FROM ${t.table} t ${t.hasGid ? 'WHERE t.gid IS NOT NULL' : ''} ORDER BY t.rowid`);
      }
    }
    updateSyncState(db, {
      capture: 1,
      server_url: binding.serverUrl,
      desk_key: binding.deskKey,
      desk_name: binding.deskName,
      branch: binding.branch,
    });
  }).immediate();
}
