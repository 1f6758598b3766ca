import type pg from 'pg';
import type { PulledRow, PullResponse } from '../../shared/sync/protocol';
import { readScopes, type Desk } from './desks';
import { nextEchoRange } from './echo-ranges';

export const MAX_PULL_PAGE = 10_000;

/** Echo ranges jumped over in one page at most: each costs a look-up, and the desk asks again anyway. */
const MAX_JUMPS = 64;

type Scanned = { rev: string; entity: string; key: string; deleted: boolean | null; data: PulledRow['data'] | null; echo: boolean };

/**
 * One page of what changed in the desk's scopes since `cursor`, in revision order. The page scans at most
 * `limit` feed entries, so the server's memory stays flat however large the branch; the desk's own accepted
 * changes (already as it holds them) are not sent back, and ranges made only of them (echo ranges, recorded
 * by the push) are not even scanned. A full pull (after a restore) sends everything.
 */
export async function pullPage(pool: pg.Pool, desk: Desk, cursor: number, limit: number, full = false): Promise<PullResponse> {
  const scopes = readScopes(desk);
  const n = Math.max(1, Math.min(MAX_PULL_PAGE, limit));
  const rows: PulledRow[] = [];
  let next = cursor;
  let scannedTotal = 0;
  let more = false;
  for (let jumps = 0; ; jumps++) {
    const range = full ? null : await nextEchoRange(pool, desk.name, next);
    const left = n - scannedTotal;
    const params: unknown[] = [next, left, desk.name, full, range?.first ?? Number.MAX_SAFE_INTEGER];
    if (scopes) params.push(scopes);
    const scanned = await pool.query<Scanned>(
      `SELECT f.rev, f.entity, f.key, r.deleted, r.data, f.echo
       FROM (SELECT rev, entity, key, (last_desk = $3 AND echo_safe) AS echo FROM feed
             WHERE ${scopes ? 'scope = ANY($6::text[]) AND ' : ''}rev > $1 AND rev < $5 ORDER BY rev LIMIT $2) f
       LEFT JOIN rows r ON r.entity = f.entity AND r.key = f.key AND ($4 OR NOT f.echo)
       ORDER BY f.rev`,
      params,
    );
    for (const r of scanned.rows) {
      next = Math.max(next, Number(r.rev));
      if ((r.echo && !full) || r.data === null) continue; // an echo's data is not even read (the join skips it)
      rows.push({ rev: Number(r.rev), entity: r.entity as PulledRow['entity'], key: r.key, deleted: !!r.deleted, data: r.data });
    }
    scannedTotal += scanned.rows.length;
    if (scanned.rows.length === left) {
      more = true;
      break;
    }
    if (!range) break;
    // Everything up to the range's end is this desk's own, as it holds it.
    next = Math.max(next, range.last);
    if (jumps + 1 >= MAX_JUMPS) {
      more = true;
      break;
    }
  }
  // Every stamp the server holds is at most a minute ahead of its clock (clampHlc): its clock is the floor.
  return { rows, cursor: next, more, maxHlcMs: Date.now() };
}
