import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { EmployerFormValues } from '../features/employers/employer-form-values';

/** "new" for the create form, the NPP for an edit. */
export type DraftKey = string;

interface EmployerDraftState {
  drafts: Record<DraftKey, EmployerFormValues>;
  save: (key: DraftKey, values: EmployerFormValues) => void;
  clear: (key: DraftKey) => void;
}

/** What the clerk typed survives a reload or a detour to another screen, until saved or cancelled. */
export const useEmployerDraftStore = create<EmployerDraftState>()(
  persist(
    (set) => ({
      drafts: {},
      save: (key, values) => set((s) => ({ drafts: { ...s.drafts, [key]: values } })),
      clear: (key) =>
        set((s) => {
          const { [key]: _dropped, ...rest } = s.drafts;
          return { drafts: rest };
        }),
    }),
    { name: 'sigap.employer-drafts', storage: createJSONStorage(() => sessionStorage) },
  ),
);
