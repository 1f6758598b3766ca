import type { WireRow } from '../../shared/sync/entities';
import { formatHlc } from '../../shared/sync/hlc';
import type { AuditRecord, SyncChange } from '../../shared/sync/protocol';
import type { Db } from '../db/connection';
import { stmt } from '../db/statements';
import type { AuditRow } from '../audit/audit-hash';

interface OutboxRow {
  id: number;
  entity: SyncChange['entity'];
  key: string;
  op: SyncChange['op'];
  data: string | null;
  prev: string | null;
  hlc_ms: number;
}

const parse = (text: string | null): WireRow | null => (text === null ? null : (JSON.parse(text) as WireRow));

/**
 * The next pending changes (after queue entry `afterId`: the batch already on its way), numbered after what the
 * server has acknowledged. The numbering is a pure function
 * of the queue, so a push repeated after a crash carries the same numbers and the server skips what it has.
 */
export function nextChanges(db: Db, ackedSeq: number, desk: string, limit: number, afterId = 0): { changes: SyncChange[]; lastId: number } {
  const rows = stmt(db, 'SELECT * FROM sync_outbox WHERE id > ? ORDER BY id LIMIT ?').all(afterId, limit) as OutboxRow[];
  return {
    lastId: rows.at(-1)?.id ?? 0,
    changes: rows.map((r, i) => ({
      seq: ackedSeq + i + 1,
      hlc: formatHlc({ ms: r.hlc_ms, counter: r.id, node: desk }),
      entity: r.entity,
      key: r.key,
      op: r.op,
      data: parse(r.data),
      prev: parse(r.prev),
    })),
  };
}

/** Drops the first `count` queued changes: the server has them. */
export function dropFirst(db: Db, count: number): void {
  if (count <= 0) return;
  stmt(db, 'DELETE FROM sync_outbox WHERE id IN (SELECT id FROM sync_outbox ORDER BY id LIMIT ?)').run(count);
}

/** Audit entries not yet appended centrally (the trail travels up only: each desk's own history). */
export function nextAudit(db: Db, afterId: number, epoch: number, limit: number): AuditRecord[] {
  const rows = stmt(db, 'SELECT id, at, actor, action, entity, entity_id, before, after, detail FROM audit_log WHERE id > ? ORDER BY id LIMIT ?').all(
    afterId,
    limit,
  ) as AuditRow[];
  return rows.map((r) => ({
    epoch,
    localId: r.id,
    at: r.at,
    actor: r.actor,
    action: r.action,
    entity: r.entity,
    entityId: r.entity_id,
    before: r.before,
    after: r.after,
    detail: r.detail,
  }));
}
