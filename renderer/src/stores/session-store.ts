import { create } from 'zustand';
import type { SessionInfo } from '../../../shared/domain/staff';
import { call, whenSignedOut } from '../api/client';
import { sessionToken } from '../api/session-token';
import { ACCESS_TOKEN_KEY } from '../api/token';
import { useNavStore } from './nav-store';

type Phase = 'loading' | 'setup' | 'signed-out' | 'signed-in';
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
    const status = await call('auth-status', {});
    if (status.session) set({ phase: 'signed-in', session: status.session });
    else set({ phase: status.needsSetup ? 'setup' : 'signed-out', session: null });
  },
  signIn: async (username, password) => {
    const { session, token } = await call('auth-signin', { username, password });
    sessionToken.set(token);
    startFresh();
    set({ phase: 'signed-in', session, reason: null });
  },
  setup: async (username, displayName, password) => {
    const { session, token } = await call('auth-setup', { username, displayName, password });
    sessionToken.set(token);
    startFresh();
    set({ phase: 'signed-in', session, reason: null });
  },
  signOut: async (reason = null) => {
    try {
      await call('auth-signout', {});
    } finally {
      sessionToken.clear();
      set({ phase: 'signed-out', session: null, reason });
      // Signing out on purpose hands the desk to someone else: no draft with a NIK or wage may stay behind.
      // (An idle or expired session keeps them, for the clerk who comes back.)
      if (reason === null) forgetWork();
    }
  },
}));

/** Drops this tab's unsaved work (drafts, import wizard, filters) but keeps the browser-mode access token. */
function forgetWork(): void {
  for (const key of Object.keys(sessionStorage)) if (key !== ACCESS_TOKEN_KEY) sessionStorage.removeItem(key);
  window.location.reload();
}

/** The next person at the desk starts on the employer list, not on whatever screen the last one left open. */
function startFresh(): void {
  useNavStore.setState({ route: { name: 'employers' }, previous: null });
}

whenSignedOut(() => {
  sessionToken.clear();
  useSessionStore.setState({ phase: 'signed-out', session: null, reason: 'expired' });
});
