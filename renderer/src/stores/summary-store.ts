import { create } from 'zustand';
import type { BranchSummary } from '../../../shared/summary/summary-types';
import { toApiCallError, type ApiCallError } from '../api/api-call-error';
import { call } from '../api/client';

export interface SummaryTarget {
  kind: 'branch' | 'province';
  /** Branch code ("BPN") or province code ("64"). */
  code: string;
  period: string;
}

interface SummaryState {
  target: SummaryTarget | null;
  summary: BranchSummary | null;
  loading: boolean;
  error: ApiCallError | null;
  setTarget: (target: SummaryTarget) => void;
  load: () => Promise<void>;
}

export const targetArg = (t: SummaryTarget) => (t.kind === 'branch' ? { branch: t.code, period: t.period } : { province: t.code, period: t.period });

let requestNo = 0;

/** The chosen area and month outlive a visit to another screen; the figures are reloaded on each visit. */
export const useSummaryStore = create<SummaryState>((set, get) => ({
  target: null,
  summary: null,
  loading: false,
  error: null,
  setTarget: (target) => set({ target }),
  load: async () => {
    const target = get().target;
    if (!target) return;
    const mine = ++requestNo;
    set({ loading: true, error: null });
    try {
      const summary = await call('summary-get', targetArg(target));
      if (mine === requestNo) set({ summary, loading: false });
    } catch (err) {
      if (mine === requestNo) set({ error: toApiCallError(err), loading: false, summary: null });
    }
  },
}));
