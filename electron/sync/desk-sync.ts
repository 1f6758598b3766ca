import type { SyncStatus, SyncSummary } from '../../shared/sync/protocol';
import { AppError } from '../errors/app-error';
import type { Db } from '../db/connection';
import { stmt } from '../db/statements';
import { runSync } from './run-sync';
import { pendingCount, readSyncState } from './sync-state';

/** Background sync every few minutes by default; `SIGAP_SYNC_INTERVAL_MS` changes it (tests, slow links). */
export const DEFAULT_SYNC_INTERVAL_MS = 5 * 60 * 1000;

/**
 * The desk's one sync runner: background runs and "sync now" share it, so two syncs never overlap on one
 * store. Failures are kept in the sync state (shown in the top bar), never thrown at the timer.
 */
export class DeskSync {
  private running: Promise<SyncSummary> | null = null;
  private timer: NodeJS.Timeout | null = null;
  private lastRun: SyncSummary | null = null;

  constructor(
    private readonly db: () => Db,
    private readonly dbFile: string,
  ) {}

  run(binding: { serverUrl?: string; deskKey?: string } = {}): Promise<SyncSummary> {
    if (this.running) return this.running;
    this.running = runSync(this.db(), { ...binding, dbFile: this.dbFile })
      .then((summary) => (this.lastRun = summary))
      .finally(() => {
        this.running = null;
      });
    return this.running;
  }

  status(): SyncStatus {
    const db = this.db();
    const s = readSyncState(db);
    return {
      configured: !!s.server_url,
      serverUrl: s.server_url,
      desk: s.desk_name,
      branch: s.branch,
      lastSyncAt: s.last_sync_at,
      lastAttemptAt: s.last_attempt_at,
      lastError: s.last_error,
      online: s.last_error === null ? (s.last_sync_at ? true : null) : s.last_error !== 'SYNC_UNREACHABLE' && s.last_error !== 'SYNC_SERVER_UNAVAILABLE',
      pending: pendingCount(db),
      conflicts: stmt(db, 'SELECT count(*) FROM sync_conflicts WHERE resolved_at IS NULL').pluck().get() as number,
      running: this.running !== null,
      lastRun: this.lastRun,
    };
  }

  start(intervalMs = Number(process.env.SIGAP_SYNC_INTERVAL_MS ?? DEFAULT_SYNC_INTERVAL_MS)): void {
    if (this.timer || !(intervalMs > 0)) return;
    this.timer = setInterval(() => {
      if (!readSyncState(this.db()).server_url) return;
      this.run().catch((error) => {
        if (!(error instanceof AppError)) console.error('[sigap] sync failed:', error instanceof Error ? error.message : error);
      });
    }, intervalMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }
}
