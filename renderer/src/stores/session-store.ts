import { create } from 'zustand';
import type { SessionInfo } from '../../../shared/domain/staff';
import { toApiCallError } from '../api/api-call-error';
import { call, hasAccessToken, transportMode, whenSignedOut } from '../api/client';
import { SESSION_KEY, sessionToken } from '../api/session-token';
import { ACCESS_TOKEN_KEY } from '../api/token';

/** no-token: browser mode opened without the launch token (or an old one): only the full address helps. */
type Phase = 'loading' | 'no-token' | 'setup' | 'signed-out' | 'signed-in';
/** Why the sign-in screen is showing, when it was not the user's own choice. */
export type SignOutReason = 'idle' | 'expired' | null;

interface SessionState {
  phase: Phase;
  session: SessionInfo | null;
  reason: SignOutReason;
  load: () => Promise<void>;
  signIn: (username: string, password: string) => Promise<void>;
  setup: (username: string, displayName: string, password: string) => Promise<void>;
  signOut: (reason?: SignOutReason) => Promise<void>;
}

export const useSessionStore = create<SessionState>((set) => ({
  phase: 'loading',
  session: null,
  reason: null,
  load: async () => {
    if (transportMode === 'browser' && !hasAccessToken()) return set({ phase: 'no-token', session: null });
    let status;
    try {
      status = await call('auth-status', {});
    } catch (error) {
      set({ phase: toApiCallError(error).code === 'UNAUTHORIZED' ? 'no-token' : 'signed-out', session: null });
      return;
    }
    if (status.session) set({ phase: 'signed-in', session: status.session });
    else set({ phase: status.needsSetup ? 'setup' : 'signed-out', session: null });
  },
  signIn: async (username, password) => {
    const { session, token } = await call('auth-signin', { username, password });
    sessionToken.set(token);
    if (!takeOverDesk(session.username)) return; // another clerk's kept drafts are dropped; the page reloads
    set({ phase: 'signed-in', session, reason: null });
  },
  setup: async (username, displayName, password) => {
    const { session, token } = await call('auth-setup', { username, displayName, password });
    sessionToken.set(token);
    if (!takeOverDesk(session.username)) return;
    set({ phase: 'signed-in', session, reason: null });
  },
  signOut: async (reason = null) => {
    try {
      await call('auth-signout', {});
    } finally {
      sessionToken.clear();
      set({ phase: 'signed-out', session: null, reason });
      // Signing out on purpose hands the desk to someone else: no draft with a NIK or wage may stay behind.
      // (An idle or expired session keeps them for the clerk who comes back, and only for that clerk.)
      if (reason === null) forgetWork([ACCESS_TOKEN_KEY]);
    }
  },
}));

/** Whose unsaved work this tab holds: drafts kept through an idle sign-out belong to that clerk alone. */
const WORK_OWNER_KEY = 'sigap.work-owner';

/**
 * Claims the tab's unsaved work for the clerk who just signed in. When it belonged to someone else (kept
 * through their idle sign-out), it is dropped unseen and the page reloads: returns false in that case.
 */
function takeOverDesk(username: string): boolean {
  const owner = sessionStorage.getItem(WORK_OWNER_KEY);
  if (owner !== null && owner !== username) {
    forgetWork([ACCESS_TOKEN_KEY, SESSION_KEY], username);
    return false;
  }
  sessionStorage.setItem(WORK_OWNER_KEY, username);
  return true;
}

/** Drops this tab's unsaved work (drafts, import wizard, filters), keeping only the named keys, and reloads. */
function forgetWork(keep: readonly string[], newOwner?: string): void {
  for (const key of Object.keys(sessionStorage)) if (!keep.includes(key)) sessionStorage.removeItem(key);
  if (newOwner) sessionStorage.setItem(WORK_OWNER_KEY, newOwner);
  // The next person at the desk starts on the employer list, not on the screen the last one left open
  // (a clerk coming back after an idle sign-out, or a fresh tab opened on a link, keeps its address).
  window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}#/`);
  window.location.reload();
}

whenSignedOut(() => {
  sessionToken.clear();
  useSessionStore.setState({ phase: 'signed-out', session: null, reason: 'expired' });
});
