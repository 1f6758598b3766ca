import { parseDateValue, parseMonthValue } from '../../../shared/import/values';

/**
 * Dates as the desk types them (day first: 17-08-1985, 17/08/1985, 17 Agustus 1985) and as the app keeps
 * them (ISO "YYYY-MM-DD", months "YYYY-MM"). Reading is the importer's (shared/import/values), so a date the
 * clerk types and a date in a roster are read by the same rules.
 */

/** Nothing typed; a date inside the bounds; a date outside them; text that is not a date. */
export type DateTextState = 'empty' | 'valid' | 'out-of-range' | 'invalid';

export interface DateTextRead {
  /** The ISO value, also for a date out of range (the form says why it is refused); '' when empty or invalid. */
  value: string;
  state: DateTextState;
}

/** Inclusive ISO bounds in the same form as the value; '' or absent: open. */
export interface DateBounds {
  min?: string;
  max?: string;
}

export type DateKind = 'date' | 'month';

function read(text: string, parse: (t: string) => string | null, bounds: DateBounds): DateTextRead {
  const trimmed = text.trim();
  if (trimmed === '') return { value: '', state: 'empty' };
  // Bare digits are Excel serial days to the importer; typed at the desk they are a date half written.
  const value = /^\d+$/.test(trimmed) ? null : parse(trimmed);
  if (value === null) return { value: '', state: 'invalid' };
  // ISO strings of one form order the same way as the days they name.
  const outside = (bounds.min && value < bounds.min) || (bounds.max && value > bounds.max);
  return { value, state: outside ? 'out-of-range' : 'valid' };
}

/** "17-08-1985", "17/08/85", "17 Agustus 1985", "1985-08-17" → "1985-08-17". */
export function readDateText(text: string, bounds: DateBounds = {}, today: Date = new Date()): DateTextRead {
  return read(text, (t) => parseDateValue(t, today), bounds);
}

/** "03-2026", "3/2026", "Maret 2026", "2026-03" → "2026-03". */
export function readMonthText(text: string, bounds: DateBounds = {}, today: Date = new Date()): DateTextRead {
  return read(text, (t) => parseMonthValue(t, today), bounds);
}

/** "1985-08-17" → "17-08-1985"; anything else is shown as it is, so nothing is hidden from the clerk. */
export function formatDateText(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}-${m[2]}-${m[1]}` : iso;
}

/** "2026-03" → "03-2026". */
export function formatMonthText(period: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(period);
  return m ? `${m[2]}-${m[1]}` : period;
}

export const DATE_TEXT: Record<DateKind, { read: typeof readDateText; format: (value: string) => string }> = {
  date: { read: readDateText, format: formatDateText },
  month: { read: readMonthText, format: formatMonthText },
};
