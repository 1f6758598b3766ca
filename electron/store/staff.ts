import type { Role, Staff } from '../../shared/domain/staff';
import type { Db } from '../db/connection';
import { nowIso, stmt } from '../db/statements';

interface StaffRow {
  id: number;
  username: string;
  display_name: string;
  role: string;
  password_hash: string;
  failed_attempts: number;
  locked_until: string | null;
  active: number;
  home_branch: string | null;
}

export type StaffWithSecret = Staff & { passwordHash: string; failedAttempts: number };

const toStaff = (r: StaffRow): StaffWithSecret => ({
  id: r.id,
  username: r.username,
  displayName: r.display_name,
  role: r.role as Role,
  active: r.active === 1,
  lockedUntil: r.locked_until,
  passwordHash: r.password_hash,
  failedAttempts: r.failed_attempts,
  homeBranch: r.home_branch,
});

export const publicStaff = ({ passwordHash: _h, failedAttempts: _f, ...staff }: StaffWithSecret): Staff => staff;

export function countStaff(db: Db): number {
  return stmt(db, 'SELECT count(*) FROM staff').pluck().get() as number;
}

export function findStaff(db: Db, username: string): StaffWithSecret | null {
  const row = stmt(db, 'SELECT * FROM staff WHERE username = ?').get(username) as StaffRow | undefined;
  return row ? toStaff(row) : null;
}

export function listStaff(db: Db): Staff[] {
  return (stmt(db, 'SELECT * FROM staff ORDER BY username').all() as StaffRow[]).map((r) => publicStaff(toStaff(r)));
}

export function insertStaff(db: Db, s: { username: string; displayName: string; role: Role; passwordHash: string; homeBranch?: string | null }): void {
  const now = nowIso();
  stmt(
    db,
    `INSERT INTO staff (username, display_name, role, password_hash, home_branch, created_at, updated_at)
     VALUES (@username, @displayName, @role, @passwordHash, @homeBranch, @now, @now)`,
  ).run({ ...s, homeBranch: s.homeBranch ?? null, now });
}

export function updateStaff(
  db: Db,
  username: string,
  s: { displayName: string; role: Role; active: boolean; passwordHash?: string; homeBranch?: string | null },
): void {
  // homeBranch undefined keeps the account's branch (callers that predate it); null clears it.
  stmt(
    db,
    `UPDATE staff SET display_name = @displayName, role = @role, active = @active,
       password_hash = coalesce(@passwordHash, password_hash), failed_attempts = 0, locked_until = NULL, updated_at = @now,
       home_branch = CASE WHEN @keepBranch = 1 THEN home_branch ELSE @homeBranch END
     WHERE username = @username`,
  ).run({
    username,
    displayName: s.displayName,
    role: s.role,
    active: s.active ? 1 : 0,
    passwordHash: s.passwordHash ?? null,
    keepBranch: s.homeBranch === undefined ? 1 : 0,
    homeBranch: s.homeBranch ?? null,
    now: nowIso(),
  });
}

/**
 * Counts a sign-in attempt before its password is hashed, in one statement, so parallel guesses cannot all
 * slip in while the first hashes run. Returns false when the account is locked or already has `max`
 * attempts in flight or failed. An expired lock starts a fresh count.
 */
export function reserveSignInAttempt(db: Db, id: number, max: number, nowIso: string): boolean {
  const row = stmt(
    db,
    `UPDATE staff SET failed_attempts = CASE WHEN locked_until IS NOT NULL THEN 1 ELSE failed_attempts + 1 END, locked_until = NULL
     WHERE id = @id AND CASE WHEN locked_until IS NOT NULL THEN locked_until <= @now ELSE failed_attempts < @max END
     RETURNING failed_attempts`,
  ).get({ id, max, now: nowIso });
  return row !== undefined;
}

/** A failed attempt was already counted; lock once the count reaches `max` (true when this call locked). */
export function lockIfExhausted(db: Db, id: number, max: number, lockedUntil: string): boolean {
  return stmt(db, `UPDATE staff SET locked_until = @lockedUntil WHERE id = @id AND failed_attempts >= @max AND locked_until IS NULL`).run({ id, max, lockedUntil }).changes === 1;
}

export interface SignInState {
  failedAttempts: number;
  lockedUntil: string | null;
}

/** The attempt counter and lock of one account, as the sign-in rules read them. */
export function signInState(db: Db, id: number): SignInState {
  const row = stmt(db, 'SELECT failed_attempts AS failedAttempts, locked_until AS lockedUntil FROM staff WHERE id = ?').get(id) as SignInState | undefined;
  return row ?? { failedAttempts: 0, lockedUntil: null };
}

/** A right password signs in only if no parallel failure locked the account meanwhile. */
export function confirmSignIn(db: Db, id: number): boolean {
  return stmt(db, `UPDATE staff SET failed_attempts = 0 WHERE id = ? AND locked_until IS NULL`).run(id).changes === 1;
}
