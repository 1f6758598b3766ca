import type { TFunction } from 'i18next';
import { formatDateId, formatNumberId, formatPeriod, formatRupiah } from '../../../../shared/format/id-format';
import { formatNpwp } from '../../../../shared/format/npwp-format';
import type { Locale } from '../../../../shared/i18n/message-types';
import { formatDateTime } from './admin-format';

type T = TFunction;

const yesNo = (v: unknown, t: T) => (v === 1 || v === true ? t('admin.audit.yes') : v === 0 || v === false ? t('admin.audit.no') : undefined);

// Stored codes shown the way the desk says them; anything else as stored.
const CODED: Record<string, (v: unknown, t: T) => string | undefined> = {
  active: yesNo,
  hasNik: yesNo,
  hasWage: yesNo,
  jkk_relief: yesNo,
  role: (v, t) => (typeof v === 'string' ? t(`auth.role.${v}`, { defaultValue: v }) : undefined),
  scale: (v, t) => (typeof v === 'string' ? t(`scale.${v}`, { defaultValue: v }) : undefined),
  gender: (v, t) => (typeof v === 'string' ? t(`gender.${v}`, { defaultValue: v }) : undefined),
  status: (v, t) => (typeof v === 'string' ? t(`status.${v}`, { defaultValue: v }) : undefined),
};

/** Amounts of money (whole rupiah) among the audited columns. */
const RUPIAH = new Set(['wage', 'previous', 'income', 'contract_value', 'monthly_contribution', 'capital', 'annual_sales', 'jkk', 'jkm']);
/** Counts and sizes: thousands separators. Identifiers (NPP, NIK, ids) keep their digits as they are. */
const COUNTS = new Set(['reported_headcount', 'rows', 'bytes', 'quota', 'total', 'removed', 'restored', 'interval_months', 'year']);
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const ISO_MONTH = /^\d{4}-\d{2}$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const PROGRAM_LIST = /^(JKK|JKM|JHT|JP|JKP)(,(JKK|JKM|JHT|JP|JKP))*$/;

/**
 * One audited value as the reader's locale writes it (issue 11 §4): dates "17 Agustus 1985" / "17 August 1985",
 * months, times on the desk's clock, "Rp 3.500.000" / "Rp 3,500,000", programs "JHT, JKK, JKM, JP", the NPWP
 * punctuated, yes/no and stored codes in words.
 */
export function auditValue(field: string, value: unknown, locale: Locale, t: T): string {
  if (value === null || value === undefined || value === '') return '–';
  const coded = CODED[field]?.(value, t);
  if (coded !== undefined) return coded;
  if (typeof value === 'number') {
    if (RUPIAH.has(field)) return formatRupiah(value, locale);
    return COUNTS.has(field) ? formatNumberId(value, locale) : String(value);
  }
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value.join(', ');
  if (typeof value === 'string') {
    if (field === 'npwp') return formatNpwp(value);
    if (field === 'programs' && PROGRAM_LIST.test(value)) return value.split(',').join(', ');
    if (ISO_DAY.test(value)) return formatDateId(value, locale);
    if (ISO_MONTH.test(value)) return formatPeriod(value, locale);
    if (ISO_INSTANT.test(value)) return formatDateTime(value, locale);
    return value;
  }
  return JSON.stringify(value);
}
