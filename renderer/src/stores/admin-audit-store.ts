import { create } from 'zustand';
import { useSessionStore } from './session-store';

export interface AuditFilters {
  /** Local calendar days "YYYY-MM-DD", inclusive; empty: open-ended. */
  since: string;
  until: string;
  actor: string;
  action: string;
  entity: string;
}

export const EMPTY_AUDIT_FILTERS: AuditFilters = { since: '', until: '', actor: '', action: '', entity: '' };

interface AdminAuditState {
  filters: AuditFilters;
  offset: number;
  setFilter: <K extends keyof AuditFilters>(key: K, value: AuditFilters[K]) => void;
  clear: () => void;
  setOffset: (offset: number) => void;
}

/** Kept outside the screen so a look at an employer and back keeps the branch head's filter and page. */
export const useAdminAuditStore = create<AdminAuditState>((set) => ({
  filters: EMPTY_AUDIT_FILTERS,
  offset: 0,
  setFilter: (key, value) => set((s) => ({ filters: { ...s.filters, [key]: value }, offset: 0 })),
  clear: () => set({ filters: EMPTY_AUDIT_FILTERS, offset: 0 }),
  setOffset: (offset) => set({ offset }),
}));

// A shared desk: one user's data and filters do not outlive their session.
useSessionStore.subscribe((now, before) => {
  if (before.session && now.session?.username !== before.session.username) useAdminAuditStore.setState({ filters: EMPTY_AUDIT_FILTERS, offset: 0 });
});
