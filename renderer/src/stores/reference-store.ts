import { create } from 'zustand';
import type { ReferenceBundle } from '../../../shared/domain/reference-bundle';
import { call } from '../api/client';
import { useBannerStore } from './banner-store';

interface ReferenceState {
  bundle: ReferenceBundle | null;
  loading: boolean;
  load: () => Promise<void>;
}

/** Reference data (regions, branches, minimum wages…) changes rarely: loaded once per session. */
export const useReferenceStore = create<ReferenceState>((set, get) => ({
  bundle: null,
  loading: false,
  load: async () => {
    if (get().bundle || get().loading) return;
    set({ loading: true });
    try {
      set({ bundle: await call('reference-get', {}), loading: false });
    } catch (err) {
      set({ loading: false });
      useBannerStore.getState().show(err);
    }
  },
}));
