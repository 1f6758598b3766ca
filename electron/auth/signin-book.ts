import { runBulk } from '../audit/actor';
import type { Db } from '../db/connection';
import { appendAudit } from '../store/audit';
import { confirmSignIn, lockIfExhausted, reserveSignInAttempt, signInState, type SignInState } from '../store/staff';

type AuditEntry = Parameters<typeof appendAudit>[1];
type Write = (db: Db) => void;

const RETRY_MS = 250;

const isBusy = (error: unknown) => String((error as { code?: unknown }).code ?? '').startsWith('SQLITE_BUSY');

/**
 * A sign-in's own bookkeeping (the attempt counter, the lock, its audit entry) without waiting for the store's
 * write lock. While another connection holds that lock (an import of 100,000 rows being written for several
 * seconds), the bookkeeping is decided here on an in-memory copy of the account's counter, kept by the same
 * rules as the SQL, and written in order as soon as the lock is free: a clerk is never locked out by another
 * clerk's import, and parallel guesses still cannot outrun the lockout.
 */
export class SignInBook {
  private readonly queue: Write[] = [];
  private readonly shadows = new Map<number, SignInState>();
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly current: () => Db) {}

  /** Sign-in records not yet in the store (0 once written). */
  get pending(): number {
    return this.queue.length;
  }

  reserve(staffId: number, max: number, nowIso: string): boolean {
    return this.op(
      staffId,
      (db) => runBulk(() => reserveSignInAttempt(db, staffId, max, nowIso)),
      (s) => {
        if (s.lockedUntil !== null ? s.lockedUntil > nowIso : s.failedAttempts >= max) return false;
        s.failedAttempts = s.lockedUntil !== null ? 1 : s.failedAttempts + 1;
        s.lockedUntil = null;
        return true;
      },
    );
  }

  confirm(staffId: number): boolean {
    return this.op(
      staffId,
      (db) => runBulk(() => confirmSignIn(db, staffId)),
      (s) => {
        if (s.lockedUntil !== null) return false;
        s.failedAttempts = 0;
        return true;
      },
    );
  }

  lockIfExhausted(staffId: number, max: number, lockedUntil: string): boolean {
    return this.op(
      staffId,
      (db) => runBulk(() => lockIfExhausted(db, staffId, max, lockedUntil)),
      (s) => {
        if (s.failedAttempts < max || s.lockedUntil !== null) return false;
        s.lockedUntil = lockedUntil;
        return true;
      },
    );
  }

  audit(entry: AuditEntry): void {
    const at = new Date().toISOString();
    this.op(
      null,
      (db) => appendAudit(db, entry),
      () => true,
      // Written late: the entry's own time is when the lock freed, so it says when the sign-in happened.
      (db) => appendAudit(db, { ...entry, detail: { ...(entry.detail as object | undefined), recordedLate: true, happenedAt: at } }),
    );
  }

  /** Writes what waited, in order, in one transaction; tries again shortly while the lock is still held. */
  flush(): boolean {
    if (this.queue.length === 0) return true;
    const db = this.current();
    try {
      db.transaction(() => this.queue.forEach((write) => write(db))).immediate();
    } catch (error) {
      if (isBusy(error)) {
        this.schedule();
        return false;
      }
      // Not the lock: these records cannot be written at all; say so rather than fail every later sign-in.
      console.error('[sigap] sign-in records dropped:', error instanceof Error ? error.stack : error);
    }
    this.queue.length = 0;
    this.shadows.clear();
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    return true;
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  /**
   * Runs `now` on the store when nothing waits and the lock is free; otherwise decides on the account's
   * in-memory copy and queues `late` (by default the same write) behind what already waits, keeping the order.
   */
  private op(staffId: number | null, now: (db: Db) => boolean | void, shadow: (s: SignInState) => boolean, late: Write = (db) => void now(db)): boolean {
    const db = this.current();
    if (this.flush()) {
      try {
        return now(db) ?? true;
      } catch (error) {
        if (!isBusy(error)) throw error;
      }
    }
    let answer = true;
    if (staffId !== null) {
      let s = this.shadows.get(staffId);
      if (!s) {
        s = signInState(db, staffId);
        this.shadows.set(staffId, s);
      }
      answer = shadow(s);
    }
    this.queue.push(late);
    this.schedule();
    return answer;
  }

  private schedule(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.flush();
    }, RETRY_MS);
    this.timer.unref();
  }
}
