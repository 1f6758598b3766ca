import type pg from 'pg';

/**
 * Shorter runs of a desk's own changes are not worth a range: scanning a few hundred feed entries costs less
 * than keeping a row for them. A run that continues the desk's latest range extends it whatever its length.
 */
export const ECHO_RANGE_MIN = 256;

/**
 * Records the runs of a batch's feed entries that are all this desk's own changes, held by it as they stand
 * (`echoSafe`), as revision ranges its pulls jump over. `echoSafe[i]` belongs to revision `firstRev + i`.
 * Call in the batch's transaction, after its feed entries are written, under the push lock.
 */
export async function recordEchoRanges(client: pg.PoolClient, desk: string, echoSafe: readonly boolean[], firstRev: number): Promise<void> {
  const runs: [number, number][] = [];
  let start = -1;
  for (let i = 0; i <= echoSafe.length; i++) {
    if (i < echoSafe.length && echoSafe[i]) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      runs.push([firstRev + start, firstRev + i - 1]);
      start = -1;
    }
  }
  for (const [index, [first, last]] of runs.entries()) {
    // Only a run at the batch's start can continue the last range, and only if no feed entry stands between:
    // another desk's change or one the server made in between must still be pulled.
    if (index === 0 && first === firstRev) {
      const extended = await client.query(
        `UPDATE echo_ranges e SET last_rev = $3
         WHERE e.desk = $1 AND e.last_rev = (SELECT max(last_rev) FROM echo_ranges WHERE desk = $1)
           AND NOT EXISTS (SELECT 1 FROM feed f WHERE f.rev > e.last_rev AND f.rev < $2)`,
        [desk, first, last],
      );
      if (extended.rowCount) continue;
    }
    if (last - first + 1 >= ECHO_RANGE_MIN) {
      await client.query('INSERT INTO echo_ranges (desk, first_rev, last_rev) VALUES ($1, $2, $3)', [desk, first, last]);
    }
  }
}

/** The desk's first echo range that ends after `cursor`, if any. */
export async function nextEchoRange(pool: pg.Pool, desk: string, cursor: number): Promise<{ first: number; last: number } | null> {
  const found = await pool.query<{ first_rev: string; last_rev: string }>(
    'SELECT first_rev, last_rev FROM echo_ranges WHERE desk = $1 AND last_rev > $2 ORDER BY last_rev LIMIT 1',
    [desk, cursor],
  );
  const r = found.rows[0];
  return r ? { first: Number(r.first_rev), last: Number(r.last_rev) } : null;
}
