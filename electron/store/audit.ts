import type { AuditEntry } from '../../shared/domain/staff';
import { currentActor } from '../audit/actor';
import type { AuditRow } from '../audit/audit-hash';
import type { Db } from '../db/connection';
import { stmt } from '../db/statements';

/** Events that are not row changes (sign-in, import, undo, export, backup) are appended here. */
export function appendAudit(
  db: Db,
  e: { action: string; entity: string; entityId?: string | null; detail?: unknown; actor?: string },
): void {
  stmt(
    db,
    `INSERT INTO audit_log (at, actor, action, entity, entity_id, detail) VALUES (@at, @actor, @action, @entity, @entityId, @detail)`,
  ).run({
    at: new Date().toISOString(),
    actor: e.actor ?? currentActor(),
    action: e.action,
    entity: e.entity,
    entityId: e.entityId ?? null,
    detail: e.detail === undefined ? null : JSON.stringify(e.detail),
  });
}

export interface AuditFilter {
  since?: string;
  until?: string;
  actor?: string;
  action?: string;
  entity?: string;
  offset: number;
  limit: number;
}


const parse = (text: string | null): unknown => (text === null ? null : JSON.parse(text));

export function listAudit(db: Db, f: AuditFilter): { items: AuditEntry[]; total: number } {
  const filter = `(@since IS NULL OR at >= @since) AND (@until IS NULL OR at < @until)
    AND (@actor IS NULL OR actor = @actor) AND (@action IS NULL OR action = @action) AND (@entity IS NULL OR entity = @entity)`;
  const params = {
    since: f.since ?? null,
    until: f.until ?? null,
    actor: f.actor ?? null,
    action: f.action ?? null,
    entity: f.entity ?? null,
    offset: f.offset,
    limit: f.limit,
  };
  const total = stmt(db, `SELECT count(*) FROM audit_log WHERE ${filter}`).pluck().get(params) as number;
  const rows = stmt(db, `SELECT * FROM audit_log WHERE ${filter} ORDER BY id DESC LIMIT @limit OFFSET @offset`).all(params) as AuditRow[];
  return {
    total,
    items: rows.map((r) => ({
      id: r.id,
      at: r.at,
      actor: r.actor,
      action: r.action,
      entity: r.entity,
      entityId: r.entity_id,
      before: parse(r.before),
      after: parse(r.after),
      detail: r.detail,
    })),
  };
}
