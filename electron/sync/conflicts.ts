import { isSyncEntity, SYNC_ENTITIES } from '../../shared/sync/entities';
import type { SyncConflict } from '../../shared/sync/protocol';
import { AppError } from '../errors/app-error';
import type { Db } from '../db/connection';
import { stmt } from '../db/statements';
import { DESK_TABLES } from './desk-tables';

interface ConflictRow {
  id: string;
  entity: string;
  key: string;
  field: string;
  local: string | null;
  remote: string | null;
  desk: string;
  at: string;
  resolved_at: string | null;
  resolution: string | null;
}

const parse = (text: string | null): unknown => (text === null ? null : JSON.parse(text));

const toConflict = (r: ConflictRow): SyncConflict => ({
  id: r.id,
  entity: r.entity,
  key: r.key,
  field: r.field,
  local: parse(r.local),
  remote: parse(r.remote),
  at: r.at,
  desk: r.desk,
  resolvedAt: r.resolved_at,
  resolution: (r.resolution as SyncConflict['resolution']) ?? null,
});

export function listConflicts(db: Db, { open }: { open: boolean }): SyncConflict[] {
  const rows = stmt(db, `SELECT * FROM sync_conflicts ${open ? 'WHERE resolved_at IS NULL' : ''} ORDER BY at, id`).all() as ConflictRow[];
  return rows.map(toConflict);
}

/**
 * The branch head's verdict. Keeping the desk's value is an ordinary edit of the row (made on top of what the
 * server holds, so the server accepts it); either way the verdict itself is queued for the server and every
 * desk of the branch sees the conflict closed.
 */
export function resolveConflict(db: Db, id: string, keep: 'local' | 'remote', by: string): SyncConflict {
  return db
    .transaction(() => {
      const row = stmt(db, 'SELECT * FROM sync_conflicts WHERE id = ?').get(id) as ConflictRow | undefined;
      if (!row) throw new AppError('SYNC_CONFLICT_UNKNOWN');
      if (row.resolved_at) throw new AppError('SYNC_CONFLICT_RESOLVED');
      if (keep === 'local') {
        if (!isSyncEntity(row.entity) || !SYNC_ENTITIES[row.entity].fields.includes(row.field)) throw new AppError('SYNC_CONFLICT_UNKNOWN');
        const t = DESK_TABLES[row.entity];
        if (t.computed?.[row.field]) throw new AppError('SYNC_CONFLICT_UNKNOWN');
        db.prepare(`UPDATE ${t.table} SET ${row.field} = @value WHERE ${t.where}`).run({ ...t.keyParams(row.key), value: parse(row.local) as never });
      }
      const at = new Date().toISOString();
      stmt(db, 'UPDATE sync_conflicts SET resolved_at = ?, resolution = ? WHERE id = ?').run(at, keep, id);
      stmt(
        db,
        `INSERT INTO sync_outbox (entity, key, op, data, prev, hlc_ms) VALUES ('conflict', ?, 'upsert', ?, NULL,
           max(CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER), (SELECT hlc_floor FROM sync_local_state WHERE id = 1)))`,
      ).run(id, JSON.stringify({ resolution: keep, resolved_by: by }));
      return toConflict({ ...row, resolved_at: at, resolution: keep });
    })
    .immediate();
}
