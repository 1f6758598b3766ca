import { create } from 'zustand';
import { useSessionStore } from './session-store';
import type { ApiResult } from '../../../shared/api/contract';
import type { BackupFile, RestoreSummary } from '../../../shared/domain/backup';
import { call } from '../api/client';
import { useAppInfoStore } from './app-info-store';
import { useBannerStore } from './banner-store';
import { useReferenceStore } from './reference-store';

interface AdminBackupsState {
  backups: BackupFile[] | null;
  busy: 'create' | 'restore' | null;
  load: () => Promise<void>;
  create: () => Promise<ApiResult<'backups-create'> | null>;
  /** Throws to the dialog on refusal, so it can stay open and say why. */
  restore: (name: string) => Promise<RestoreSummary>;
}

export const useAdminBackupsStore = create<AdminBackupsState>((set, get) => ({
  backups: null,
  busy: null,
  load: async () => {
    try {
      set({ backups: await call('backups-list', {}) });
    } catch (err) {
      useBannerStore.getState().show(err);
    }
  },
  create: async () => {
    set({ busy: 'create' });
    try {
      const made = await call('backups-create', {});
      await get().load();
      return made;
    } catch (err) {
      useBannerStore.getState().show(err);
      return null;
    } finally {
      set({ busy: null });
    }
  },
  restore: async (name) => {
    set({ busy: 'restore' });
    try {
      const summary = await call('backups-restore', { name, confirm: true });
      // Everything the renderer holds came from the replaced store: fetch it again.
      useReferenceStore.setState({ bundle: null, loading: false });
      await Promise.all([get().load(), useAppInfoStore.getState().refresh(), useReferenceStore.getState().load()]);
      return summary;
    } finally {
      set({ busy: null });
    }
  },
}));

// A shared desk: one user's data and filters do not outlive their session.
useSessionStore.subscribe((now, before) => {
  if (before.session && now.session?.username !== before.session.username) useAdminBackupsStore.setState({ backups: null });
});
