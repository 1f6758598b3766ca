import type { Db } from './connection';

/**
 * SQLite's own upkeep of the planner statistics. The app never runs a full ANALYZE: at start-up it runs
 * `PRAGMA optimize=0x10002` (every table checked, so a store never analysed gets statistics), then
 * `PRAGMA optimize` once a day and on close, as https://sqlite.org/lang_analyze.html recommends for
 * long-lived connections. SQLite caps the work itself (a temporary analysis_limit), so this stays cheap.
 * The gap bench prepares its store with the same call, so it measures the plans the app gets.
 */
export function optimizeStore(db: Db, when: 'open' | 'periodic'): void {
  db.pragma(when === 'open' ? 'optimize=0x10002' : 'optimize');
}
