import type { Db } from '../db/connection';
import { optimizeStore } from '../db/optimize';
import { purgeExpiredUploads } from '../importer/uploads';

/** The sweep runs hourly, so an upload left behind is gone at most an hour after its 24 h expire. */
export const UPKEEP_INTERVAL_MS = 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface UpkeepOptions {
  intervalMs?: number;
  now?: () => Date;
  log?: (line: string) => void;
}

/**
 * While the app is open: deletes expired uploads at start-up and every interval (not only when someone
 * uploads again), and keeps the planner statistics fresh (optimize at start-up, then daily). Failures are
 * logged and retried at the next run, never fatal. Returns the stop function.
 */
export function scheduleUpkeep(current: () => Db, options: UpkeepOptions = {}): () => void {
  const now = options.now ?? (() => new Date());
  const log = options.log ?? ((line: string) => console.error(line));
  let lastOptimized: number | null = null;
  const run = () => {
    // Asks the owner for the connection at each run: a restore replaces it.
    const db = current();
    try {
      purgeExpiredUploads(db, now());
    } catch (error) {
      log(`[sigap] upload sweep failed: ${error instanceof Error ? error.message : String(error)}`);
    }
    const at = now().getTime();
    if (lastOptimized !== null && at - lastOptimized < DAY_MS) return;
    try {
      optimizeStore(db, lastOptimized === null ? 'open' : 'periodic');
      lastOptimized = at;
    } catch (error) {
      log(`[sigap] PRAGMA optimize failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  run();
  const timer = setInterval(run, options.intervalMs ?? UPKEEP_INTERVAL_MS);
  timer.unref();
  return () => clearInterval(timer);
}
