/** Readers for cell values as Indonesian companies write them (DOMAIN.md §4). Each returns null when unsure. */
import { stripIdSeparators } from '../validate/id-separators';
import { isCalendarDate } from '../domain/calendar';
import { isoDateText } from '../format/iso-date';
import { readRupiahText } from '../format/rupiah-text';

/** A cell as the importer sees it: text, a number, a date (date cells), a boolean or nothing. */
export type CellValue = string | number | boolean | Date | null;

export function isoDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) return null;
  const text = isoDateText(year, month, day);
  return isCalendarDate(text) ? text : null;
}

const MONTHS: Record<string, number> = {
  jan: 1, januari: 1, january: 1,
  feb: 2, peb: 2, februari: 2, pebruari: 2, february: 2,
  mar: 3, maret: 3, march: 3,
  apr: 4, april: 4,
  mei: 5, may: 5,
  jun: 6, juni: 6, june: 6,
  jul: 7, juli: 7, july: 7,
  agu: 8, agt: 8, ags: 8, agus: 8, agust: 8, agustus: 8, aug: 8, august: 8,
  sep: 9, sept: 9, september: 9,
  okt: 10, oct: 10, oktober: 10, october: 10,
  nov: 11, nop: 11, november: 11, nopember: 11,
  des: 12, dec: 12, desember: 12, december: 12,
};

/** Two-digit years: the century that does not put the date more than a year ahead of `today`. */
function fullYear(text: string, today: Date): number {
  if (text.length === 4) return Number(text);
  const yy = Number(text);
  return 2000 + yy > today.getUTCFullYear() + 1 ? 1900 + yy : 2000 + yy;
}

// Excel serial day 0 is 1899-12-30 in the 1900 date system (its fictitious 29 Feb 1900 included).
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/**
 * A date cell or date text → "YYYY-MM-DD". Date cells carry a JS Date at midnight of either UTC or the local
 * zone depending on the reader; adding 12 hours before reading the UTC day is right for both in Indonesia.
 */
export function parseDateValue(value: CellValue, today: Date = new Date()): string | null {
  if (value === null || value === '' || typeof value === 'boolean') return null;
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return null;
    const d = new Date(value.getTime() + 12 * 3600_000);
    return isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
  }
  if (typeof value === 'number') {
    if (!Number.isInteger(value) || value < 1 || value > 73050) return null;
    const d = new Date(EXCEL_EPOCH_MS + value * 86_400_000);
    return isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
  }
  const text = value.trim().toLowerCase();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ t].*)?$/.exec(text);
  if (m) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{4}|\d{2})$/.exec(text);
  if (m) return isoDate(fullYear(m[3]!, today), Number(m[2]), Number(m[1]));
  m = /^(\d{1,2})[\s\-/.]+([a-z]+)\.?[\s\-/.]+(\d{4}|\d{2})$/.exec(text);
  if (m) {
    const month = MONTHS[m[2]!];
    return month ? isoDate(fullYear(m[3]!, today), month, Number(m[1])) : null;
  }
  if (/^\d{5}$/.test(text)) return parseDateValue(Number(text), today);
  return null;
}

/**
 * A month as people write it — "03-2026", "3/2026", "2026-03", "Maret 2026", "Mar 26" → "YYYY-MM": read as the
 * first day of that month, so it follows the same rules (day first, month names, two-digit years) as dates.
 */
export function parseMonthValue(value: string, today: Date = new Date()): string | null {
  const text = value.trim();
  if (text === '') return null;
  const iso = /^(\d{4})\s*[-/.]\s*(\d{1,2})$/.exec(text);
  const day = iso ? parseDateValue(`${iso[1]}-${iso[2]}-01`, today) : parseDateValue(`01-${text}`, today);
  return day ? day.slice(0, 7) : null;
}

/** "Rp 3.500.000", "3.500.000,00", "Rp. 3.500.000,-", "3,500,000.00", 3500000 → 3500000. */
export function parseWageValue(value: CellValue): number | null {
  // Payroll has no sen: amounts are kept in whole rupiah, as the API requires.
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? Math.round(value) : null;
  if (typeof value !== 'string') return null;
  const n = readRupiahText(value);
  return n === null ? null : Math.round(n);
}

const MALE = new Set(['l', 'lk', 'lki', 'laki', 'laki laki', 'lakilaki', 'pria', 'm', 'male', 'man']);
const FEMALE = new Set(['p', 'pr', 'pr', 'perempuan', 'wanita', 'w', 'f', 'female', 'woman']);

export function parseGenderValue(value: CellValue): 'L' | 'P' | null {
  if (typeof value !== 'string') return null;
  const text = value.trim().toLowerCase().replace(/[^a-z]+/g, ' ').trim();
  if (MALE.has(text)) return 'L';
  if (FEMALE.has(text)) return 'P';
  return null;
}

export type IdentifierRead = { ok: true; text: string } | { ok: false; reason: 'numeric' | 'e-notation'; text: string };

/**
 * An identifier exactly as typed: spaces, dots, hyphens and a leading apostrophe removed. A numeric cell or
 * E-notation text went through Excel as a number (15 significant digits, leading zeros dropped), so it
 * comes back flagged, never silently converted.
 */
export function readIdentifier(value: CellValue): IdentifierRead | null {
  if (value === null || value === '') return null;
  if (typeof value === 'number') {
    const text = Number.isInteger(value) && Math.abs(value) < 1e21 ? BigInt(value).toString() : String(value);
    return { ok: false, reason: 'numeric', text };
  }
  const raw = String(value instanceof Date ? '' : value).trim().replace(/^'/, '');
  if (/^\d+(?:[.,]\d+)?e\+?\d+$/i.test(raw)) return { ok: false, reason: 'e-notation', text: raw };
  const text = stripIdSeparators(raw);
  return text ? { ok: true, text } : null;
}

/** Plain text of a cell, for names, addresses and messages. */
export function cellText(value: CellValue): string {
  if (value === null) return '';
  if (value instanceof Date) return parseDateValue(value) ?? '';
  return String(value).replace(/\s+/g, ' ').trim();
}
