import { create } from 'zustand';
import type { SessionInfo } from '../../../shared/domain/staff';
import { call, whenSignedOut } from '../api/client';
import { sessionToken } from '../api/session-token';

type Phase = 'loading' | 'setup' | 'signed-out' | 'signed-in';

interface SessionState {
  phase: Phase;
  session: SessionInfo | null;
  load: () => Promise<void>;
  signIn: (username: string, password: string) => Promise<void>;
  setup: (username: string, displayName: string, password: string) => Promise<void>;
  signOut: () => Promise<void>;
}

export const useSessionStore = create<SessionState>((set) => ({
  phase: 'loading',
  session: null,
  load: async () => {
    const status = await call('auth-status', {});
    if (status.session) set({ phase: 'signed-in', session: status.session });
    else set({ phase: status.needsSetup ? 'setup' : 'signed-out', session: null });
  },
  signIn: async (username, password) => {
    const { session, token } = await call('auth-signin', { username, password });
    sessionToken.set(token);
    set({ phase: 'signed-in', session });
  },
  setup: async (username, displayName, password) => {
    const { session, token } = await call('auth-setup', { username, displayName, password });
    sessionToken.set(token);
    set({ phase: 'signed-in', session });
  },
  signOut: async () => {
    try {
      await call('auth-signout', {});
    } finally {
      sessionToken.clear();
      set({ phase: 'signed-out', session: null });
    }
  },
}));

whenSignedOut(() => {
  sessionToken.clear();
  useSessionStore.setState({ phase: 'signed-out', session: null });
});
