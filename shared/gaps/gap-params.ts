import { formatDateId, formatNumberId } from '../format/id-format';
import type { Locale } from '../i18n/message-types';

/** Where a known headcount comes from, as a person reads it (the evidence keeps the code). */
const SOURCE_LABELS: Record<Locale, Record<string, string>> = {
  id: {
    LAPORAN_PERUSAHAAN: 'laporan perusahaan saat pendaftaran',
    WLKP: 'WLKP',
    PAYROLL: 'daftar gaji',
    PTSP: 'PTSP (perizinan)',
    OSS: 'OSS',
    LAINNYA: 'sumber lain',
  },
  en: {
    LAPORAN_PERUSAHAAN: "the employer's statement at registration",
    WLKP: 'WLKP',
    PAYROLL: 'payroll',
    PTSP: 'PTSP (licensing)',
    OSS: 'OSS',
    LAINNYA: 'another source',
  },
};

/** A business scale by its English name; Indonesian texts keep the stored word (mikro, kecil, menengah, besar). */
const SCALE_EN: Record<string, string> = { mikro: 'micro', kecil: 'small', menengah: 'medium-sized', besar: 'large' };

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** "3.500.000" inside a prepared text (e.g. "UMK 2026 (Rp 3.500.000)"). */
const ID_GROUPED = /\d{1,3}(?:\.\d{3})+/g;

/**
 * A finding's explanation parameters formatted for the reader: counts and rupiah in the locale's grouping,
 * ISO dates as "29 November 2026", a headcount source by its name instead of its code.
 */
export function localiseGapParams(params: Record<string, string | number>, locale: Locale): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) {
    if (typeof value === 'number') out[key] = formatNumberId(value, locale);
    else if (ISO_DATE.test(value)) out[key] = formatDateId(value, locale);
    else if (key === 'source' && SOURCE_LABELS[locale][value]) out[key] = SOURCE_LABELS[locale][value];
    else if (key === 'scale' && locale === 'en' && SCALE_EN[value]) out[key] = SCALE_EN[value];
    else out[key] = locale === 'en' ? value.replace(ID_GROUPED, (n) => n.replaceAll('.', ',')) : value;
  }
  return out;
}
