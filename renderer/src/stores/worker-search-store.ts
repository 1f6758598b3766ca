import { create } from 'zustand';
import type { WorkerListItem } from '../../../shared/domain/worker';
import { call } from '../api/client';
import { useBannerStore } from './banner-store';

interface WorkerSearchState {
  query: string;
  /** The query the results belong to. */
  searched: string;
  results: WorkerListItem[];
  loading: boolean;
  setQuery: (query: string) => void;
  search: (query: string) => Promise<void>;
}

export const useWorkerSearchStore = create<WorkerSearchState>((set, get) => ({
  query: '',
  searched: '',
  results: [],
  loading: false,
  setQuery: (query) => set({ query }),
  search: async (raw) => {
    const query = raw.trim();
    if (query === get().searched && !get().loading) return;
    if (query.length < 2) {
      set({ searched: query, results: [], loading: false });
      return;
    }
    set({ loading: true });
    try {
      const results = await call('workers-search', { query, limit: 200 });
      // Answers can come back out of order; keep only the one for what is in the box now.
      if (get().query.trim() === query) set({ results, searched: query, loading: false });
    } catch (err) {
      set({ loading: false });
      useBannerStore.getState().show(err);
    }
  },
}));
