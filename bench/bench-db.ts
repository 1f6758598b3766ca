import fs from 'node:fs';
import path from 'node:path';
import { optimizeStore } from '../electron/db/optimize';
import { openDatabase, type Db } from '../electron/db/open';
import { generateDemo } from '../seeds/demo/generate-demo';

export const BENCH_SIZE = { employers: 30_000, workers: 1_000_000, seed: 20260301 } as const;
/** Bump when the demo generator changes, so a stale cached store is not measured. */
const GENERATOR_VERSION = 3;
/** `SIGAP_BENCH_DIR` keeps a worktree's store apart from a shared `node_modules` (generating is not safe twice at once). */
const CACHE_DIR = path.resolve(process.env.SIGAP_BENCH_DIR ?? 'node_modules/.cache/sigap-bench');
/** The generated data: generating takes minutes, so it is kept between runs (migrated on open if the app moved on). */
const BASE = path.join(CACHE_DIR, `demo-v${GENERATOR_VERSION}-${BENCH_SIZE.employers}-${BENCH_SIZE.workers}-${BENCH_SIZE.seed}.db`);

function ensureBase(log: (line: string) => void): void {
  if (fs.existsSync(BASE)) return;
  fs.mkdirSync(CACHE_DIR, { recursive: true });
  const partial = `${BASE}.partial`;
  fs.rmSync(partial, { force: true });
  log(`Membuat data uji ${BENCH_SIZE.employers} perusahaan / ${BENCH_SIZE.workers} TK (sekali saja, disimpan di ${CACHE_DIR})…`);
  const db = openDatabase(partial);
  db.pragma('journal_mode = DELETE');
  db.pragma('synchronous = OFF');
  generateDemo(db, {
    ...BENCH_SIZE,
    onProgress: (done, total) => {
      if (done % 5000 === 0) log(`  ${done}/${total} perusahaan`);
    },
  });
  db.close();
  fs.renameSync(partial, BASE);
}

/**
 * A working copy of the cached demo data, migrated to the app's current schema, so the bench always
 * measures the indexes and tables the app ships with.
 */
export function openBenchDb(log: (line: string) => void = () => {}): Db {
  ensureBase(log);
  const work = path.join(CACHE_DIR, 'work.db');
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${work}${suffix}`, { force: true });
  fs.copyFileSync(BASE, work);
  const db = openDatabase(work);
  // The planner statistics the app itself would have: none carried over from an older cache (which ran a
  // full ANALYZE), then the app's own start-up PRAGMA optimize. The app never runs a full ANALYZE.
  for (const table of ['sqlite_stat1', 'sqlite_stat4']) db.exec(`DROP TABLE IF EXISTS ${table}`);
  optimizeStore(db, 'open');
  return db;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve('bench/bench-db.ts')) {
  const started = Date.now();
  ensureBase(console.log);
  console.log(`siap dalam ${((Date.now() - started) / 1000).toFixed(1)} s: ${BASE}`);
}
