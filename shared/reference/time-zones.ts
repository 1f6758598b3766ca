/**
 * The clock each province's offices keep (UU/Keppres 41/1987 time zones): Kaltim and Kaltara are WITA,
 * Kalteng WIB. "Today" and "the current contribution month" a clerk sees follow their branch's zone,
 * not UTC: between 00:00 and 08:00 WITA, UTC still shows yesterday.
 */
export const PROVINCE_TIME_ZONES: Readonly<Record<string, string>> = {
  '62': 'Asia/Jakarta',
  '64': 'Asia/Makassar',
  '65': 'Asia/Makassar',
};

/** The regional office (Kanwil Kalimantan, Balikpapan) keeps WITA: the zone when no branch is named. */
export const DEFAULT_TIME_ZONE = 'Asia/Makassar';

export function timeZoneOfProvince(provinceCode: string | null | undefined): string {
  return (provinceCode && PROVINCE_TIME_ZONES[provinceCode.slice(0, 2)]) || DEFAULT_TIME_ZONE;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The calendar date "YYYY-MM-DD" of an instant on the wall clocks of a zone. */
export function localDate(now: Date, zone: string = DEFAULT_TIME_ZONE): string {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(zone, f);
  }
  const parts = Object.fromEntries(f.formatToParts(now).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}
