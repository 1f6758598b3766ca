/**
 * Working days (Monday–Friday) after `from` up to and including `to`. National holidays are not in the
 * reference data yet, so a project can read as registered a day or two earlier than it was: never later.
 */
export function workingDaysBetween(from: string, to: string): number {
  const start = Date.parse(`${from}T00:00:00Z`);
  const end = Date.parse(`${to}T00:00:00Z`);
  if (!(end > start)) return 0;
  let days = 0;
  for (let t = start + 86_400_000; t <= end; t += 86_400_000) {
    const dow = new Date(t).getUTCDay();
    if (dow !== 0 && dow !== 6) days++;
  }
  return days;
}

/** Permenakertrans 44/2015: a project is registered within 14 working days of its work order (SPK). */
export const JAKON_REGISTRATION_WORKING_DAYS = 14;

export const jakonRegisteredLate = (spkDate: string, registeredOn: string): boolean =>
  workingDaysBetween(spkDate, registeredOn) > JAKON_REGISTRATION_WORKING_DAYS;
