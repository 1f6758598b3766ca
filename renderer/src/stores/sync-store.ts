import { create } from 'zustand';
import type { SyncStatus, SyncSummary } from '../../../shared/sync/protocol';
import { call, whenCallSucceeded } from '../api/client';
import { isWrite } from '../features/sync/write-handlers';
import { useAppInfoStore } from './app-info-store';
import { useBannerStore } from './banner-store';
import { useSessionStore } from './session-store';

interface SyncStoreState {
  status: SyncStatus | null;
  /** The result of the last sync this window ran (the background runner's results show in `status`). */
  lastRun: SyncSummary | null;
  /** A sync started from this window is under way. */
  running: boolean;
  refresh: () => Promise<void>;
  /** Sync now; a failure is shown in the banner and kept in the status. */
  runNow: () => Promise<void>;
  /** Binds the desk to a server and runs the first sync; throws to the form on refusal. */
  configure: (serverUrl: string, deskKey: string) => Promise<SyncStatus>;
}

export const useSyncStore = create<SyncStoreState>((set, get) => ({
  status: null,
  lastRun: null,
  running: false,
  refresh: async () => {
    try {
      const status = await call('sync-status', {});
      // A background run's result counts as the last run too, not only one started from this window.
      set(status.lastRun ? { status, lastRun: status.lastRun } : { status });
    } catch {
      // The top bar keeps the last known state; a failing poll must not cover the screen with banners.
    }
  },
  runNow: async () => {
    if (get().running) return;
    set({ running: true });
    try {
      const summary = await call('sync-run', {});
      set({ lastRun: summary });
      void useAppInfoStore.getState().refresh();
    } catch (err) {
      useBannerStore.getState().show(err);
    } finally {
      set({ running: false });
      await get().refresh();
    }
  },
  configure: async (serverUrl, deskKey) => {
    set({ running: true });
    try {
      const { lastRun, ...status } = await call('sync-configure', { serverUrl, deskKey });
      set({ status, lastRun });
      void useAppInfoStore.getState().refresh();
      return status;
    } finally {
      set({ running: false });
      void get().refresh();
    }
  },
}));

let refreshTimer: ReturnType<typeof setTimeout> | null = null;

whenCallSucceeded((name) => {
  if (!isWrite(name) || !useSessionStore.getState().session) return;
  // One status read after a burst of writes (an import, a form with several calls).
  if (refreshTimer) clearTimeout(refreshTimer);
  refreshTimer = setTimeout(() => void useSyncStore.getState().refresh(), 300);
});

useSessionStore.subscribe((now, before) => {
  if (before.session && now.session?.username !== before.session.username) useSyncStore.setState({ status: null, lastRun: null });
});
