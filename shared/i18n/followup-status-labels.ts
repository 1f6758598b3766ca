import type { FollowUpStatus } from '../gaps/gap-types';
import type { Locale } from './message-types';

/** A follow-up status as a person reads it, on the gap screens and in the messages that name one. */
export const FOLLOWUP_STATUS_LABELS: Record<Locale, Record<FollowUpStatus, string>> = {
  id: {
    baru: 'Baru',
    dihubungi: 'Dihubungi',
    teguran_1: 'Teguran tertulis 1',
    teguran_2: 'Teguran tertulis 2',
    denda: 'Denda',
    tmp2t: 'TMP2T',
    selesai: 'Selesai',
  },
  en: {
    baru: 'New',
    dihubungi: 'Contacted',
    teguran_1: 'Written warning 1',
    teguran_2: 'Written warning 2',
    denda: 'Fine',
    tmp2t: 'TMP2T',
    selesai: 'Closed',
  },
};

/** The parameters of each message that carry a follow-up status code (the error keeps the code as data). */
const STATUS_PARAMS: Record<string, readonly string[]> = {
  FOLLOWUP_OUT_OF_ORDER: ['status', 'previous'],
  FOLLOWUP_DECIDER_REQUIRED: ['status'],
};

/** A message's parameters with each follow-up status code replaced by its label in the reader's locale. */
export function withStatusLabels<P extends Record<string, string | number>>(code: string, params: P, locale: Locale): P {
  const keys = STATUS_PARAMS[code];
  if (!keys) return params;
  const labels: Record<string, string> = FOLLOWUP_STATUS_LABELS[locale];
  const out: Record<string, string | number> = { ...params };
  for (const key of keys) {
    const value = out[key];
    if (typeof value === 'string' && labels[value]) out[key] = labels[value];
  }
  return out as P;
}
