import type { Db } from '../db/connection';
import { auditHash, type ChainedFields } from './audit-hash';

/** `firstBad`: the id of the first entry whose hash or link does not match (null when the chain holds). */
export interface ChainReport {
  ok: boolean;
  entries: number;
  firstBad: number | null;
}

/** The triggers without which the trail is no longer append-only or chained; restore refuses a file lacking one. */
export const AUDIT_GUARD_TRIGGERS = [
  'audit_log_append_only_update',
  'audit_log_append_only_delete',
  'audit_log_no_replace',
  'audit_log_chain_seal',
] as const;

/** Rows per page: large for a one-off check, small in the background so each slice of work stays short. */
const BATCH = 20_000;
const BACKGROUND_BATCH = 2_000;

function* batches(db: Db, size = BATCH): Generator<ChainedFields[]> {
  const page = db.prepare(
    `SELECT id, at, actor, action, entity, entity_id, before, after, detail, prev_hash, hash FROM audit_log WHERE id > ? ORDER BY id LIMIT ${size}`,
  );
  let after = Number.MIN_SAFE_INTEGER;
  for (;;) {
    const rows = page.all(after) as (ChainedFields & { hash: string | null })[];
    if (!rows.length) return;
    yield rows;
    after = rows[rows.length - 1]!.id;
  }
}

type Row = ChainedFields & { hash: string | null };

/** Checks one page against the running state; returns the first bad id, or null. */
function checkPage(rows: Row[], state: { prev: string | null; entries: number }): number | null {
  for (const row of rows) {
    state.entries++;
    if (row.prev_hash !== state.prev || row.hash !== auditHash(row)) return row.id;
    state.prev = row.hash;
  }
  return null;
}

export function missingGuardTriggers(db: Db): string[] {
  const present = new Set(db.prepare(`SELECT name FROM sqlite_master WHERE type = 'trigger'`).pluck().all() as string[]);
  return AUDIT_GUARD_TRIGGERS.filter((t) => !present.has(t));
}

/** Verifies every entry in id order (CLI, restore). */
export function verifyAuditChain(db: Db): ChainReport {
  const state = { prev: null as string | null, entries: 0 };
  for (const rows of batches(db)) {
    const bad = checkPage(rows as Row[], state);
    if (bad !== null) return { ok: false, entries: state.entries, firstBad: bad };
  }
  return { ok: true, entries: state.entries, firstBad: null };
}

/** The same walk, yielding to the event loop between pages, so a host stays responsive at start-up. */
export async function verifyAuditChainInBackground(db: Db): Promise<ChainReport> {
  const state = { prev: null as string | null, entries: 0 };
  for (const rows of batches(db, BACKGROUND_BATCH)) {
    const bad = checkPage(rows as Row[], state);
    if (bad !== null) return { ok: false, entries: state.entries, firstBad: bad };
    await new Promise((resolve) => setImmediate(resolve));
  }
  return { ok: true, entries: state.entries, firstBad: null };
}
