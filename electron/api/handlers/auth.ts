import type { Role, SessionInfo } from '../../../shared/domain/staff';
import { runAs } from '../../audit/actor';
import { hashPassword, verifyPassword } from '../../auth/password';
import { checkPassword } from '../../auth/password-policy';
import { listAudit } from '../../store/audit';
import {
  countStaff,
  findStaff,
  insertStaff,
  listStaff,
  updateStaff,
} from '../../store/staff';
import { AppError } from '../../errors/app-error';
import { accountsExisted } from '../../store/store-meta';
import type { HandlerContext } from '../context';
import type { HandlerGroup } from '../registry';

export const MAX_FAILED_SIGNINS = 5;
export const LOCKOUT_MS = 15 * 60 * 1000;

function openSession(ctx: HandlerContext, info: SessionInfo) {
  const token = ctx.sessions.open(info);
  return { session: info, token };
}

// A hash to compare against when no real one may be checked (no such user, locked account), so every
// refusal costs one scrypt and timing does not tell them apart.
let decoyHash: Promise<string> | null = null;
const decoyVerify = async (password: string) => verifyPassword(password, await (decoyHash ??= hashPassword('decoy-password')));

/**
 * One answer (SIGNIN_FAILED) for an unknown user, a wrong password, an inactive or a locked account. The
 * attempt is counted before the hash runs, so parallel guesses cannot outrun the lockout.
 */
async function signIn(ctx: HandlerContext, username: string, password: string) {
  const { db, signIns: book } = ctx;
  const staff = findStaff(db, username);
  const now = ctx.now();
  // The attempt counter and lock are bookkeeping of the sign-in itself: the one sign-in entry below records
  // them, not an anonymous "Ubah · Pengguna" with no visible change (the book keeps the row triggers quiet).
  // The book never waits for another connection's write lock, so an import being written locks nobody out.
  const counted = staff ? book.reserve(staff.id, MAX_FAILED_SIGNINS, now.toISOString()) : false;
  if (!staff) {
    await decoyVerify(password);
    // What was typed matched no account and may be a password typed one field too early: never store it.
    book.audit({ action: 'signin_failed', entity: 'staff', entityId: null, actor: 'anonim' });
    throw new AppError('SIGNIN_FAILED');
  }
  if (!counted) {
    await decoyVerify(password);
    book.audit({ action: 'signin_refused', entity: 'staff', entityId: staff.username, actor: staff.username });
    throw new AppError('SIGNIN_FAILED');
  }
  const ok = (await verifyPassword(password, staff.passwordHash)) && staff.active;
  if (!ok || !book.confirm(staff.id)) {
    const lockedUntil = new Date(ctx.now().getTime() + LOCKOUT_MS).toISOString();
    const locked = book.lockIfExhausted(staff.id, MAX_FAILED_SIGNINS, lockedUntil);
    book.audit({
      action: ok ? 'signin_refused' : 'signin_failed',
      entity: 'staff',
      entityId: staff.username,
      actor: staff.username,
      ...(locked ? { detail: { lockedUntil } } : {}),
    });
    throw new AppError('SIGNIN_FAILED');
  }
  book.audit({ action: 'signin', entity: 'staff', entityId: staff.username, actor: staff.username });
  return openSession(ctx, { username: staff.username, displayName: staff.displayName, role: staff.role, homeBranch: staff.homeBranch });
}

/** A branch given by code or name ("BPN", "Balikpapan"), as the gap list and the summary take it. */
function homeBranchCode(ctx: HandlerContext, branch: string): string {
  const code = ctx.db.prepare('SELECT code FROM branches WHERE code = upper(@b) OR lower(name) = lower(@b)').pluck().get({ b: branch.trim() }) as string | undefined;
  if (!code) throw new AppError('HOME_BRANCH_UNKNOWN', { branch });
  return code;
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
    return openSession(ctx, { username, displayName, role: 'admin', homeBranch: null });
  },
  'auth-signin': (ctx, { username, password }) => signIn(ctx, username, password),
  'auth-signout': (ctx) => {
    if (ctx.session) ctx.signIns.audit({ action: 'signout', entity: 'staff', entityId: ctx.session.username, actor: ctx.session.username });
    ctx.sessions.close(ctx.sessionToken);
    return { signedOut: true };
  },
  'staff-list': (ctx) => listStaff(ctx.db),
  'staff-save': async (ctx, { mode, username, displayName, role, active, password, homeBranch: branchGiven }) => {
    const homeBranch = branchGiven ? homeBranchCode(ctx, branchGiven) : branchGiven;
    if (password !== undefined || mode === 'create') checkPassword(username, password ?? '');
    const passwordHash = password === undefined ? undefined : await hashPassword(password);
    ctx.db
      .transaction(() => {
        const existing = findStaff(ctx.db, username);
        if (mode === 'create') {
          if (existing) throw new AppError('STAFF_EXISTS', { username });
          insertStaff(ctx.db, { username, displayName, role, passwordHash: passwordHash!, homeBranch });
        } else {
          if (!existing) throw new AppError('STAFF_NOT_FOUND', { username });
          assertNotLastAdmin(ctx, username, role, active);
          updateStaff(ctx.db, username, { displayName, role, active, passwordHash, homeBranch });
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
