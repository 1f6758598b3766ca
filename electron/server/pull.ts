import type pg from 'pg';
import type { PulledRow, PullResponse } from '../../shared/sync/protocol';
import { readScopes, type Desk } from './desks';

export const MAX_PULL_PAGE = 10_000;

/**
 * One page of what changed in the desk's scopes since `cursor`, in revision order. The page scans at most
 * `limit` feed entries, so the server's memory stays flat however large the branch; the desk's own accepted
 * changes (already as it holds them) are not sent back.
 */
export async function pullPage(pool: pg.Pool, desk: Desk, cursor: number, limit: number, full = false): Promise<PullResponse> {
  const scopes = readScopes(desk);
  const n = Math.max(1, Math.min(MAX_PULL_PAGE, limit));
  const scanned = await pool.query<{ rev: string; entity: string; key: string; deleted: boolean | null; data: PulledRow['data'] | null; echo: boolean }>(
    `SELECT f.rev, f.entity, f.key, r.deleted, r.data, f.echo
     FROM (SELECT rev, entity, key, (last_desk = $3 AND echo_safe) AS echo FROM feed
           WHERE ${scopes ? 'scope = ANY($5::text[]) AND ' : ''}rev > $1 ORDER BY rev LIMIT $2) f
     LEFT JOIN rows r ON r.entity = f.entity AND r.key = f.key AND ($4 OR NOT f.echo)
     ORDER BY f.rev`,
    scopes ? [cursor, n, desk.name, full, scopes] : [cursor, n, desk.name, full],
  );
  const rows: PulledRow[] = [];
  let next = cursor;
  for (const r of scanned.rows) {
    next = Math.max(next, Number(r.rev));
    if ((r.echo && !full) || r.data === null) continue; // an echo's data is not even read (the join skips it)
    rows.push({ rev: Number(r.rev), entity: r.entity as PulledRow['entity'], key: r.key, deleted: !!r.deleted, data: r.data });
  }
  // Every stamp the server holds is at most a minute ahead of its clock (clampHlc): its clock is the floor.
  return { rows, cursor: next, more: scanned.rows.length === n, maxHlcMs: Date.now() };
}
