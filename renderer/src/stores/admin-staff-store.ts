import { create } from 'zustand';
import { useSessionStore } from './session-store';
import type { ApiArg } from '../../../shared/api/contract';
import type { Staff } from '../../../shared/domain/staff';
import { call } from '../api/client';
import { useBannerStore } from './banner-store';

interface AdminStaffState {
  staff: Staff[] | null;
  load: () => Promise<void>;
  /** Saves and reloads the list; a refused save (PASSWORD_WEAK, STAFF_EXISTS, LAST_ADMIN…) throws to the form. */
  save: (arg: ApiArg<'staff-save'>) => Promise<Staff>;
}

export const useAdminStaffStore = create<AdminStaffState>((set, get) => ({
  staff: null,
  load: async () => {
    try {
      set({ staff: await call('staff-list', {}) });
    } catch (err) {
      useBannerStore.getState().show(err);
    }
  },
  save: async (arg) => {
    const saved = await call('staff-save', arg);
    await get().load();
    return saved;
  },
}));

// A shared desk: one user's data and filters do not outlive their session.
useSessionStore.subscribe((now, before) => {
  if (before.session && now.session?.username !== before.session.username) useAdminStaffStore.setState({ staff: null });
});
