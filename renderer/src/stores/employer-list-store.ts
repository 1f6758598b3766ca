import { create } from 'zustand';
import type { BusinessScale } from '../../../shared/domain/reference';

interface EmployerListState {
  query: string;
  branchCode: string;
  scale: BusinessScale | '';
  setQuery: (query: string) => void;
  setBranchCode: (branchCode: string) => void;
  setScale: (scale: BusinessScale | '') => void;
}

/** Kept outside the screen so going to a detail and back keeps the clerk's search. */
export const useEmployerListStore = create<EmployerListState>((set) => ({
  query: '',
  branchCode: '',
  scale: '',
  setQuery: (query) => set({ query }),
  setBranchCode: (branchCode) => set({ branchCode }),
  setScale: (scale) => set({ scale }),
}));
