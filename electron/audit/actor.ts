import { AsyncLocalStorage } from 'node:async_hooks';
import type { Db } from '../db/connection';
import { auditHash } from './audit-hash';

interface ActorScope {
  actor: string;
  /** Bulk writers (imports, demo seed) journal their rows themselves and record one audit entry. */
  bulk: boolean;
}

const scope = new AsyncLocalStorage<ActorScope>();

/** Runs `fn` (and everything it awaits) as `actor`; the audit triggers read it through sigap_actor(). */
export const runAs = <T>(actor: string, fn: () => T): T => scope.run({ actor, bulk: false }, fn);

/** Runs a bulk write whose rows are not audited one by one. */
export const runBulk = <T>(fn: () => T): T => scope.run({ actor: scope.getStore()?.actor ?? 'system', bulk: true }, fn);

export const currentActor = (): string => scope.getStore()?.actor ?? 'system';

type SqlText = string | null;

/** The SQL functions the audit triggers call. A connection without them cannot write audited tables. */
export function registerAuditFunctions(db: Db): void {
  db.function('sigap_actor', { deterministic: false }, () => currentActor());
  db.function('sigap_bulk', { deterministic: false }, () => (scope.getStore()?.bulk ? 1 : 0));
  db.function(
    'sigap_audit_hash',
    { deterministic: true },
    (id: unknown, at: unknown, actor: unknown, action: unknown, entity: unknown, entityId: unknown, before: unknown, after: unknown, detail: unknown, prev: unknown) =>
      auditHash({
        id: Number(id),
        at: at as string,
        actor: actor as string,
        action: action as string,
        entity: entity as string,
        entity_id: entityId as SqlText,
        before: before as SqlText,
        after: after as SqlText,
        detail: detail as SqlText,
        prev_hash: prev as SqlText,
      }),
  );
}
