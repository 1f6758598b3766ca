import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { BusinessScale } from '../../../shared/domain/reference';
import { currentPeriod } from '../../../shared/gaps/period';
import type { GapCode } from '../../../shared/gaps/gap-types';
import { useSessionStore } from './session-store';

export type GapSort = 'shortfall' | 'name';

export interface GapFilters {
  /** Contribution month "YYYY-MM" judged; shared by the list and the employer view. */
  period: string;
  branch: string;
  regencyCode: string;
  kind: GapCode | '';
  scale: BusinessScale | '';
  sort: GapSort;
  /** Name or NPP typed in the search box; filtered by the backend over the whole list. */
  q: string;
}

interface GapFilterState extends GapFilters {
  /** Whose home branch the filters were opened on: each person's first visit starts on their own branch. */
  openedFor: string | null;
  set: (patch: Partial<GapFilters>) => void;
  reset: () => void;
  openFor: (username: string, homeBranch: string | null) => void;
}

const initial = (): GapFilters => ({
  period: currentPeriod(new Date()),
  branch: '',
  regencyCode: '',
  kind: '',
  scale: '',
  sort: 'shortfall',
  q: '',
});

/**
 * The gap workspace's filters, kept outside the screen (and across a reload of the tab) so opening an
 * employer and coming back keeps the officer's place in the list.
 */
export const useGapFilterStore = create<GapFilterState>()(
  persist(
    (set) => ({
      ...initial(),
      openedFor: null,
      openFor: (username, homeBranch) =>
        set((s) => (s.openedFor === username ? s : { ...initial(), period: s.period, branch: homeBranch ?? '', openedFor: username })),
      set: (patch) =>
        set((s) => {
          const next = { ...s, ...patch };
          // A regency outside the chosen branch would silently empty the list.
          if (patch.branch !== undefined && patch.branch !== s.branch) next.regencyCode = patch.regencyCode ?? '';
          return next;
        }),
      reset: () => set((s) => ({ ...initial(), period: s.period })),
    }),
    { name: 'sigap.gap-filters', storage: createJSONStorage(() => sessionStorage) },
  ),
);

// Signing in opens the gap list on the person's home branch (once: later choices stay for the tab's life).
useSessionStore.subscribe((now) => {
  if (now.session) useGapFilterStore.getState().openFor(now.session.username, now.session.homeBranch ?? null);
});
