import { create } from 'zustand';
import type { SyncConflict } from '../../../shared/sync/protocol';
import { call } from '../api/client';
import { useBannerStore } from './banner-store';
import { useSessionStore } from './session-store';
import { useSyncStore } from './sync-store';

interface ConflictsState {
  conflicts: SyncConflict[] | null;
  includeResolved: boolean;
  /** The id being resolved, so its buttons wait and the others stay usable. */
  busy: string | null;
  load: () => Promise<void>;
  setIncludeResolved: (include: boolean) => Promise<void>;
  /** The resolved conflict, or null when refused (the banner says why). */
  resolve: (id: string, keep: 'local' | 'remote') => Promise<SyncConflict | null>;
}

export const useConflictsStore = create<ConflictsState>((set, get) => ({
  conflicts: null,
  includeResolved: false,
  busy: null,
  load: async () => {
    try {
      set({ conflicts: await call('conflicts-list', { includeResolved: get().includeResolved }) });
    } catch (err) {
      useBannerStore.getState().show(err);
    }
  },
  setIncludeResolved: async (includeResolved) => {
    set({ includeResolved });
    await get().load();
  },
  resolve: async (id, keep) => {
    set({ busy: id });
    try {
      const done = await call('conflicts-resolve', { id, keep });
      await Promise.all([get().load(), useSyncStore.getState().refresh()]);
      return done;
    } catch (err) {
      useBannerStore.getState().show(err);
      // Another desk (or tab) may have settled it meanwhile: show the list as it stands.
      await get().load();
      return null;
    } finally {
      set({ busy: null });
    }
  },
}));

useSessionStore.subscribe((now, before) => {
  if (before.session && now.session?.username !== before.session.username) useConflictsStore.setState({ conflicts: null, includeResolved: false });
});
