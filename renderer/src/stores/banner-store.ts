import { create } from 'zustand';
import { toApiCallError, type ApiCallError } from '../api/api-call-error';

interface BannerState {
  error: ApiCallError | null;
  show: (err: unknown) => void;
  dismiss: () => void;
}

/** The one dismissable banner for backend errors that do not belong to a form field. */
export const useBannerStore = create<BannerState>((set) => ({
  error: null,
  show: (err) => set({ error: toApiCallError(err) }),
  dismiss: () => set({ error: null }),
}));
