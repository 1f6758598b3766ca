import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { EnrolFormValues } from '../features/workers/enrol-form-values';

interface EnrolDraftState {
  /** One draft per employer NPP. */
  drafts: Record<string, EnrolFormValues>;
  /** The employer the clerk last enrolled for: the nav item goes back there. */
  lastNpp: string | null;
  save: (npp: string, values: EnrolFormValues) => void;
  clear: (npp: string) => void;
  setLastNpp: (npp: string | null) => void;
}

/** What the clerk typed survives a reload or a detour, until it is saved or cancelled. */
export const useEnrolDraftStore = create<EnrolDraftState>()(
  persist(
    (set) => ({
      drafts: {},
      lastNpp: null,
      save: (npp, values) => set((s) => ({ drafts: { ...s.drafts, [npp]: values } })),
      clear: (npp) =>
        set((s) => {
          const { [npp]: _dropped, ...rest } = s.drafts;
          return { drafts: rest };
        }),
      setLastNpp: (lastNpp) => set({ lastNpp }),
    }),
    { name: 'sigap.enrol-drafts', storage: createJSONStorage(() => sessionStorage) },
  ),
);
