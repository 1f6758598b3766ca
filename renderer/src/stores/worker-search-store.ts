import { create } from 'zustand';

interface WorkerSearchState {
  query: string;
  setQuery: (query: string) => void;
}

/** Kept outside the screen so going to a person and back keeps the clerk's search. */
export const useWorkerSearchStore = create<WorkerSearchState>((set) => ({
  query: '',
  setQuery: (query) => set({ query }),
}));
