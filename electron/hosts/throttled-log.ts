/**
 * A log that writes each kind of line at most once per interval, then says how many it held back. Clients
 * that hang up mid-request (a closed tab, a timed-out fetch) would otherwise fill the log one line each.
 */
export function throttledLog(write: (line: string) => void, intervalMs = 60_000, clock: () => number = Date.now) {
  const seen = new Map<string, { at: number; held: number }>();
  return (key: string, line: string): void => {
    const now = clock();
    const entry = seen.get(key);
    if (entry && now - entry.at < intervalMs) {
      entry.held++;
      return;
    }
    // Keys are error messages; a flood of distinct ones must not grow the map without end.
    if (!entry && seen.size >= 100) seen.clear();
    seen.set(key, { at: now, held: 0 });
    write(entry?.held ? `${line} (+${entry.held} serupa dalam ${Math.round(intervalMs / 1000)} dtk terakhir / similar in the last ${Math.round(intervalMs / 1000)} s)` : line);
  };
}
