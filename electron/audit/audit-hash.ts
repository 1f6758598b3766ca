import crypto from 'node:crypto';

/** An audit_log row as SQLite returns it. */
export interface AuditRow {
  id: number;
  at: string;
  actor: string;
  action: string;
  entity: string;
  entity_id: string | null;
  before: string | null;
  after: string | null;
  detail: string | null;
}

/** The columns an audit entry's hash covers, in a fixed order; `prev_hash` links it to the entry before. */
export interface ChainedFields extends AuditRow {
  prev_hash: string | null;
}

/** sha256 over a canonical JSON array of the entry; the SQL function sigap_audit_hash computes the same. */
export function auditHash(e: ChainedFields): string {
  const canonical = JSON.stringify([e.id, e.at, e.actor, e.action, e.entity, e.entity_id, e.before, e.after, e.detail, e.prev_hash]);
  return crypto.createHash('sha256').update(canonical).digest('hex');
}
