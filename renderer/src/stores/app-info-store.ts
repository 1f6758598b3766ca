import { create } from 'zustand';
import type { AppInfo } from '../../../shared/api/contract';
import { call } from '../api/client';
import { useBannerStore } from './banner-store';

interface AppInfoState {
  info: AppInfo | null;
  refresh: () => Promise<void>;
}

export const useAppInfoStore = create<AppInfoState>((set) => ({
  info: null,
  refresh: async () => {
    try {
      set({ info: await call('app-info', {}) });
    } catch (err) {
      useBannerStore.getState().show(err);
    }
  },
}));
