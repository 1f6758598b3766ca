import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { BusinessScale } from '../../../shared/domain/reference';
import { currentPeriod } from '../../../shared/gaps/period';
import type { GapCode } from '../../../shared/gaps/gap-types';

export type GapSort = 'shortfall' | 'name';

export interface GapFilters {
  /** Contribution month "YYYY-MM" judged; shared by the list and the employer view. */
  period: string;
  branch: string;
  regencyCode: string;
  kind: GapCode | '';
  scale: BusinessScale | '';
  sort: GapSort;
}

interface GapFilterState extends GapFilters {
  set: (patch: Partial<GapFilters>) => void;
  reset: () => void;
}

const initial = (): GapFilters => ({
  period: currentPeriod(new Date()),
  branch: '',
  regencyCode: '',
  kind: '',
  scale: '',
  sort: 'shortfall',
});

/**
 * The gap workspace's filters, kept outside the screen (and across a reload of the tab) so opening an
 * employer and coming back keeps the officer's place in the list.
 */
export const useGapFilterStore = create<GapFilterState>()(
  persist(
    (set) => ({
      ...initial(),
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
