import type { Locale } from '../i18n/message-types';

const INTL_LOCALE: Record<Locale, string> = { id: 'id-ID', en: 'en-GB' };

const MONTHS: Record<Locale, readonly string[]> = {
  id: ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

const formatters = new Map<string, Intl.NumberFormat>();

/** One formatter per locale and digits: building an `Intl.NumberFormat` costs far more than using one (a gap scan formats tens of thousands of figures). */
function numberFormat(locale: Locale, minFractionDigits: number, maxFractionDigits: number): Intl.NumberFormat {
  const key = `${locale}|${minFractionDigits}|${maxFractionDigits}`;
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = new Intl.NumberFormat(INTL_LOCALE[locale], { minimumFractionDigits: minFractionDigits, maximumFractionDigits: maxFractionDigits })));
  return f;
}

/** 3500000 → "3.500.000" (id) / "3,500,000" (en); up to `maxFractionDigits` decimals when not whole. */
export function formatNumberId(n: number, locale: Locale = 'id', maxFractionDigits = 2): string {
  return numberFormat(locale, 0, maxFractionDigits).format(n);
}

/** 3500000 → "Rp 3.500.000"; a non-whole amount shows 2 decimals ("Rp 3.579.313,77"). */
export function formatRupiah(n: number, locale: Locale = 'id'): string {
  const digits = Number.isInteger(n) ? 0 : 2;
  const body = numberFormat(locale, digits, digits).format(Math.abs(n));
  return `${n < 0 ? '-' : ''}Rp ${body}`;
}

/** A ratio as a percentage: 0.5895 → "58,95 %" (id) / "58.95%" (en). */
export function formatPercentId(ratio: number, locale: Locale = 'id', fractionDigits = 2): string {
  const body = numberFormat(locale, fractionDigits, fractionDigits).format(ratio * 100);
  return locale === 'id' ? `${body} %` : `${body}%`;
}

interface Ymd {
  year: string;
  month: number;
  day: string;
}

function parseIsoDate(iso: string): Ymd | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return null;
  const [, year = '', month = '', day = ''] = m;
  const monthNo = Number(month);
  return monthNo >= 1 && monthNo <= 12 ? { year, month: monthNo, day } : null;
}

/** "1985-08-17" → "17 Agustus 1985" / "17 August 1985". Anything not ISO comes back unchanged. */
export function formatDateId(iso: string, locale: Locale = 'id'): string {
  const d = parseIsoDate(iso);
  if (!d) return iso;
  return `${Number(d.day)} ${MONTHS[locale][d.month - 1]} ${d.year}`;
}

/** "1985-08-17" → "17-08-1985" (id) / "17/08/1985" (en). Anything not ISO comes back unchanged. */
export function formatDateShort(iso: string, locale: Locale = 'id'): string {
  const d = parseIsoDate(iso);
  if (!d) return iso;
  const sep = locale === 'id' ? '-' : '/';
  return [d.day, iso.slice(5, 7), d.year].join(sep);
}

/** A contribution month "2026-03" → "Maret 2026" / "March 2026". Anything else comes back unchanged. */
export function formatPeriod(period: string, locale: Locale = 'id'): string {
  const m = /^(\d{4})-(\d{2})$/.exec(period);
  const month = Number(m?.[2]);
  if (!m || month < 1 || month > 12) return period;
  return `${MONTHS[locale][month - 1]} ${m[1]}`;
}
