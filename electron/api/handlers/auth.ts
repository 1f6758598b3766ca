import type { Role, SessionInfo } from '../../../shared/domain/staff';
import { runAs } from '../../audit/actor';
import { hashPassword, verifyPassword } from '../../auth/password';
import { appendAudit, listAudit } from '../../store/audit';
import {
  countStaff,
  findStaff,
  insertStaff,
  listStaff,
  recordSignInFailure,
  recordSignInSuccess,
  updateStaff,
} from '../../store/staff';
import { AppError } from '../../errors/app-error';
import { accountsExisted } from '../../store/store-meta';
import type { HandlerContext } from '../context';
import type { HandlerGroup } from '../registry';

export const MAX_FAILED_SIGNINS = 5;
export const LOCKOUT_MS = 15 * 60 * 1000;
export const MIN_PASSWORD_LENGTH = 8;

function checkPassword(username: string, password: string): void {
  if (password.length < MIN_PASSWORD_LENGTH || password.toLowerCase() === username.toLowerCase()) {
    throw new AppError('PASSWORD_WEAK', { min: MIN_PASSWORD_LENGTH });
  }
}

function openSession(ctx: HandlerContext, info: SessionInfo) {
  const token = ctx.sessions.open(info);
  return { session: info, token };
}

// A hash to compare against when the user does not exist, so timing does not reveal which usernames exist.
let decoyHash: Promise<string> | null = null;

async function signIn(ctx: HandlerContext, username: string, password: string) {
  const { db } = ctx;
  const staff = findStaff(db, username);
  const now = ctx.now();
  if (staff?.lockedUntil && staff.lockedUntil > now.toISOString()) {
    appendAudit(db, { action: 'signin_refused', entity: 'staff', entityId: staff.username, actor: staff.username });
    throw new AppError('ACCOUNT_LOCKED', { until: new Date(staff.lockedUntil).toLocaleTimeString('id-ID') });
  }
  const ok = staff ? await verifyPassword(password, staff.passwordHash) : await verifyPassword(password, await (decoyHash ??= hashPassword('decoy-password')));
  if (!staff || !ok || !staff.active) {
    if (staff) {
      const lock = staff.failedAttempts + 1 >= MAX_FAILED_SIGNINS ? new Date(now.getTime() + LOCKOUT_MS).toISOString() : null;
      recordSignInFailure(db, staff.id, lock);
    }
    appendAudit(db, { action: 'signin_failed', entity: 'staff', entityId: username, actor: username });
    throw new AppError('SIGNIN_FAILED');
  }
  recordSignInSuccess(db, staff.id);
  appendAudit(db, { action: 'signin', entity: 'staff', entityId: staff.username, actor: staff.username });
  return openSession(ctx, { username: staff.username, displayName: staff.displayName, role: staff.role });
}

function assertNotLastAdmin(ctx: HandlerContext, username: string, role: Role, active: boolean): void {
  const current = findStaff(ctx.db, username);
  if (current?.role !== 'admin' || (role === 'admin' && active)) return;
  const admins = ctx.db.prepare(`SELECT count(*) FROM staff WHERE role = 'admin' AND active = 1`).pluck().get() as number;
  if (admins <= 1) throw new AppError('LAST_ADMIN');
}

export const authHandlers: HandlerGroup<
  'auth-status' | 'auth-setup' | 'auth-signin' | 'auth-signout' | 'staff-list' | 'staff-save' | 'audit-list'
> = {
  // Setup opens only on a store that never had an account: after accounts existed (even in a store a
  // restore replaced), an admin is recovered with the CLI (`staff add`), never by whoever reaches the page.
  'auth-status': (ctx) => ({ needsSetup: countStaff(ctx.db) === 0 && !accountsExisted(ctx.db), session: ctx.session }),
  'auth-setup': async (ctx, { username, displayName, password }) => {
    checkPassword(username, password);
    const passwordHash = await hashPassword(password);
    // The first account creates itself: the trail names it, not "anonim".
    runAs(username, () =>
      ctx.db
        .transaction(() => {
          if (countStaff(ctx.db) > 0 || accountsExisted(ctx.db)) throw new AppError('SETUP_DONE');
          insertStaff(ctx.db, { username, displayName, role: 'admin', passwordHash });
        })
        .immediate(),
    );
    return openSession(ctx, { username, displayName, role: 'admin' });
  },
  'auth-signin': (ctx, { username, password }) => signIn(ctx, username, password),
  'auth-signout': (ctx) => {
    if (ctx.session) appendAudit(ctx.db, { action: 'signout', entity: 'staff', entityId: ctx.session.username });
    ctx.sessions.close(ctx.sessionToken);
    return { signedOut: true };
  },
  'staff-list': (ctx) => listStaff(ctx.db),
  'staff-save': async (ctx, { mode, username, displayName, role, active, password }) => {
    if (password !== undefined || mode === 'create') checkPassword(username, password ?? '');
    const passwordHash = password === undefined ? undefined : await hashPassword(password);
    ctx.db
      .transaction(() => {
        const existing = findStaff(ctx.db, username);
        if (mode === 'create') {
          if (existing) throw new AppError('STAFF_EXISTS', { username });
          insertStaff(ctx.db, { username, displayName, role, passwordHash: passwordHash! });
        } else {
          if (!existing) throw new AppError('STAFF_NOT_FOUND', { username });
          assertNotLastAdmin(ctx, username, role, active);
          updateStaff(ctx.db, username, { displayName, role, active, passwordHash });
        }
      })
      .immediate();
    if (mode === 'update') ctx.sessions.closeAllFor(username);
    return listStaff(ctx.db).find((s) => s.username.toLowerCase() === username.toLowerCase())!;
  },
  'audit-list': (ctx, filter) => {
    const page = listAudit(ctx.db, filter);
    return { ...page, offset: filter.offset, limit: filter.limit };
  },
};
