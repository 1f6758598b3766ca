import { create } from 'zustand';
import { useSessionStore } from './session-store';
import type { ApiResult } from '../../../shared/api/contract';
import type { BackupFile, RestoreSummary } from '../../../shared/domain/backup';
import type { JobView } from '../../../shared/jobs/job-types';
import { ApiCallError } from '../api/api-call-error';
import { call } from '../api/client';
import { useAppInfoStore } from './app-info-store';
import { useBannerStore } from './banner-store';
import { useReferenceStore } from './reference-store';

/** Often enough for the backup's figures, which move with every step of pages copied. */
const BACKUP_POLL_MS = 300;

interface AdminBackupsState {
  backups: BackupFile[] | null;
  busy: 'create' | 'restore' | null;
  /** The backup being made, as the host's job: its bytes copied of the total. */
  backupJob: JobView | null;
  load: () => Promise<void>;
  create: () => Promise<ApiResult<'backups-create'> | null>;
  /** Throws to the dialog on refusal, so it can stay open and say why. */
  restore: (name: string) => Promise<RestoreSummary>;
}

export const useAdminBackupsStore = create<AdminBackupsState>((set, get) => ({
  backups: null,
  busy: null,
  backupJob: null,
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
      let job = await call('backups-create-start', {});
      set({ backupJob: job });
      while (job.status === 'running') {
        await new Promise((resolve) => setTimeout(resolve, BACKUP_POLL_MS));
        job = await call('jobs-get', { jobId: job.id });
        set({ backupJob: job });
      }
      if (job.status !== 'done' || !job.result) throw new ApiCallError(job.error ?? { code: 'INTERNAL', message: '' });
      await get().load();
      return job.result as ApiResult<'backups-create'>;
    } catch (err) {
      useBannerStore.getState().show(err);
      return null;
    } finally {
      set({ busy: null, backupJob: null });
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
