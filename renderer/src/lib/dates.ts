import { deviceLocalDate } from '../../../shared/format/iso-date';

/** Today as "YYYY-MM-DD" in the desk's local time (not UTC: late-evening work must not jump a day). */
export function todayIso(): string {
  return deviceLocalDate(new Date());
}
