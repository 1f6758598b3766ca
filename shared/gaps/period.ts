import { DEFAULT_TIME_ZONE, localDate } from '../reference/time-zones';
import { isoDateText } from '../format/iso-date';

const PERIOD = /^(\d{4})-(0[1-9]|1[0-2])$/;

export interface PeriodBounds {
  period: string;
  year: number;
  month: number;
  /** First and last day, "YYYY-MM-DD". */
  start: string;
  end: string;
}

export function periodBounds(period: string): PeriodBounds {
  const m = PERIOD.exec(period);
  if (!m) throw new RangeError(`Periode harus berformat YYYY-MM: "${period}"`);
  const year = Number(m[1]);
  const month = Number(m[2]);
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return { period, year, month, start: `${period}-01`, end: isoDateText(year, month, lastDay) };
}

/** The contribution month containing `now` on the wall clocks of a zone (the branch's; WITA by default). */
export function currentPeriod(now: Date, zone: string = DEFAULT_TIME_ZONE): string {
  return localDate(now, zone).slice(0, 7);
}

/**
 * The latest birth date of someone who has reached `age` by the end of the period: a worker born on or
 * before it is at or above pension age (PP 45/2015 Ps.15) and not expected in JP.
 */
export function pensionBirthCutoff(bounds: PeriodBounds, age: number): string {
  const year = bounds.year - age;
  const lastDay = new Date(Date.UTC(year, bounds.month, 0)).getUTCDate();
  const day = Math.min(Number(bounds.end.slice(8)), lastDay);
  return isoDateText(year, bounds.month, day);
}
