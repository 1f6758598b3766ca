import { formatNumberId } from '../../../../shared/format/id-format';
import type { Locale } from '../../../../shared/i18n/message-types';

const DATE_TIME: Record<Locale, Intl.DateTimeFormat> = {
  id: new Intl.DateTimeFormat('id-ID', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', second: '2-digit' }),
  en: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', second: '2-digit' }),
};

/** "2026-03-15T08:00:00Z" → "15 Mar 2026, 16.00.00" on a WITA desk: the desk's clock, not UTC. */
export function formatDateTime(iso: string | null, locale: Locale): string {
  if (!iso) return '–';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : DATE_TIME[locale].format(d);
}

/** 1536000 → "1,5 MB" (id) / "1.5 MB" (en). */
export function formatBytes(bytes: number, locale: Locale): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let n = bytes;
  let u = 0;
  while (n >= 1024 && u < units.length - 1) {
    n /= 1024;
    u++;
  }
  return `${formatNumberId(n, locale, u === 0 ? 0 : 1)} ${units[u]}`;
}

/** A day picked on the desk ("2026-03-15") as the UTC instant its local midnight falls on, for the audit filter. */
export function localDayStartIso(day: string, plusDays = 0): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return undefined;
  return new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + plusDays).toISOString();
}
