/**
 * Time left in a stage from its own rate so far. Said only once the stage has run for a while and moved far
 * enough that the rate means something; an estimate that jumps around is worse than none.
 */
export const ETA_MIN_ELAPSED_MS = 1500;
export const ETA_MIN_FRACTION = 0.05;

export function estimateSecondsLeft(done: number, total: number, elapsedMs: number): number | null {
  if (total <= 0 || done <= 0 || done >= total) return done >= total && total > 0 ? 0 : null;
  if (elapsedMs < ETA_MIN_ELAPSED_MS || done / total < ETA_MIN_FRACTION) return null;
  return Math.max(1, Math.round(((total - done) * elapsedMs) / done / 1000));
}

export const percentOf = (done: number, total: number): number | null =>
  total > 0 ? Math.min(100, Math.floor((done * 100) / total)) : null;
