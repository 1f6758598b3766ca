import { computeGaps } from '../electron/gaps/gap-scan';
import { openBenchDb } from './bench-db';

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function time(runs: number, f: () => unknown): number {
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    f();
    ms.push(performance.now() - t);
  }
  return median(ms);
}

// The yardstick: one hand-written aggregate over the same rows (active members per employer with its branch).
const BASELINE_SQL = `
  SELECT e.npp, e.branch_code, count(*) AS n, sum(m.wage) AS wages
  FROM memberships m JOIN employers e ON e.npp = m.npp
  WHERE m.status = 'aktif'
  GROUP BY e.npp`;

/** `npm run bench -- gaps`: the full gap scan (no cache) against the baseline aggregate, median of 5 runs. */
export async function runGapsBench(): Promise<void> {
  const db = openBenchDb(console.log);
  const counts = db.prepare('SELECT (SELECT count(*) FROM employers) AS employers, (SELECT count(*) FROM memberships) AS memberships').get();
  const period = '2026-03';
  const today = new Date('2026-03-15T08:00:00Z');
  // Warm the page cache for both, so neither pays for the first read from disk.
  db.prepare(BASELINE_SQL).all();
  const warm = computeGaps(db, period, today);
  const baseline = time(5, () => db.prepare(BASELINE_SQL).all());
  const scan = time(5, () => computeGaps(db, period, today));
  const byKind: Record<string, number> = {};
  for (const g of warm.gaps) byKind[g.code] = (byKind[g.code] ?? 0) + 1;
  console.log(JSON.stringify(counts));
  console.log(`gaps ditemukan: ${JSON.stringify(byKind)}`);
  console.log(`pemindaian celah penuh : ${scan.toFixed(0)} ms (target < 2000 ms)`);
  console.log(`kueri agregat pembanding: ${baseline.toFixed(0)} ms`);
  console.log(`rasio                  : ${(scan / baseline).toFixed(2)}× (target ≤ 1.5×)`);
  db.close();
}
