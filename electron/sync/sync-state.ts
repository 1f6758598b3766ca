import type { Db } from '../db/connection';
import { stmt } from '../db/statements';

export interface SyncState {
  capture: number;
  server_url: string | null;
  desk_key: string | null;
  desk_name: string | null;
  branch: string | null;
  acked_seq: number;
  cursor: number;
  full_pull: number;
  hlc_floor: number;
  rebase_pending: number;
  restored_outbox_max: number;
  epoch: number;
  audit_pushed_id: number;
  last_sync_at: string | null;
  last_attempt_at: string | null;
  last_error: string | null;
  digest: string | null;
}

export const readSyncState = (db: Db): SyncState => stmt(db, 'SELECT * FROM sync_local_state WHERE id = 1').get() as SyncState;

export function updateSyncState(db: Db, patch: Partial<SyncState>): void {
  const keys = Object.keys(patch);
  if (!keys.length) return;
  db.prepare(`UPDATE sync_local_state SET ${keys.map((k) => `${k} = @${k}`).join(', ')} WHERE id = 1`).run(patch);
}

export const pendingCount = (db: Db): number => stmt(db, 'SELECT count(*) FROM sync_outbox').pluck().get() as number;

/**
 * Called on the verified copy of a backup before it replaces the store: the desk must not present the old
 * sequence numbers as new, so the next sync re-bases it on the server instead of pushing blindly.
 */
export function markRestored(db: Db): void {
  const state = readSyncState(db);
  if (!state.server_url) return;
  const max = stmt(db, 'SELECT coalesce(max(id), 0) FROM sync_outbox').pluck().get() as number;
  updateSyncState(db, { rebase_pending: 1, restored_outbox_max: max, epoch: state.epoch + 1, digest: null });
}
