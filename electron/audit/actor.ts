import { AsyncLocalStorage } from 'node:async_hooks';
import type { Db } from '../db/open';

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

/** The SQL functions the audit triggers call. A connection without them cannot write audited tables. */
export function registerAuditFunctions(db: Db): void {
  db.function('sigap_actor', { deterministic: false }, () => currentActor());
  db.function('sigap_bulk', { deterministic: false }, () => (scope.getStore()?.bulk ? 1 : 0));
}
