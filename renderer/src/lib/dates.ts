/** Today as "YYYY-MM-DD" in the desk's local time (not UTC: late-evening work must not jump a day). */
export function todayIso(): string {
  const d = new Date();
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
