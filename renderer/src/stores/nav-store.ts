import { create } from 'zustand';

export type Route =
  | { name: 'employers' }
  | { name: 'employer-new' }
  | { name: 'employer-edit'; npp: string }
  | { name: 'employer-detail'; npp: string }
  | { name: 'enrol'; npp: string | null }
  | { name: 'worker-search' }
  | { name: 'worker-detail'; nik: string }
  | { name: 'imports'; npp: string | null }
  | { name: 'gaps' }
  | { name: 'gap-employer'; npp: string }
  | { name: 'coverage' }
  | { name: 'lists' }
  | { name: 'summary' }
  | { name: 'staff' }
  | { name: 'audit' }
  | { name: 'backups' }
  | { name: 'sync' }
  | { name: 'conflicts' }
  | { name: 'bpu' }
  | { name: 'programmes' }
  | { name: 'jakon' };

interface NavState {
  route: Route;
  /** Where "Kembali" leads; one level is enough for the desk flows. */
  previous: Route | null;
  navigate: (route: Route) => void;
  back: (fallback: Route) => void;
}

export const useNavStore = create<NavState>((set, get) => ({
  route: { name: 'employers' },
  previous: null,
  navigate: (route) => set({ route, previous: get().route }),
  back: (fallback) => set({ route: get().previous ?? fallback, previous: null }),
}));
