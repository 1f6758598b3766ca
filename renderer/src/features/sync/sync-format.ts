import { formatMessage } from '../../../../shared/i18n/messages';
import type { Locale } from '../../../../shared/i18n/message-types';

const TIME: Record<Locale, Intl.DateTimeFormat> = {
  id: new Intl.DateTimeFormat('id-ID', { hour: '2-digit', minute: '2-digit' }),
  en: new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' }),
};
const DAY_TIME: Record<Locale, Intl.DateTimeFormat> = {
  id: new Intl.DateTimeFormat('id-ID', { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' }),
  en: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' }),
};

/** "14.05" today, "12 Nov, 14.05" on an earlier day: the desk's clock, short enough for the top bar. */
export function formatSyncTime(iso: string, locale: Locale, now = new Date()): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toDateString() === now.toDateString() ? TIME[locale].format(d) : DAY_TIME[locale].format(d);
}

/** The unreachable codes: the desk keeps working offline and sends later. */
export const OFFLINE_CODES: readonly string[] = ['SYNC_UNREACHABLE', 'SYNC_SERVER_UNAVAILABLE'];

/**
 * The stored last error is a code without the details of the moment it happened: its message with the
 * placeholders that cannot be filled left out, rather than shown as "{detail}".
 */
export function syncErrorText(code: string, locale: Locale, params: Record<string, string> = {}): string {
  return formatMessage(code, params, locale)
    .replace(/\s*\(\{\w+\}\)/g, '')
    .replace(/\s*\{\w+\}/g, '');
}
