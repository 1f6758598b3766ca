import { isoDateText } from '../format/iso-date';
import type { Province, Region } from '../domain/reference';
import { findProvince, findRegion, PROVINCES_WITH_REGION_LIST } from '../reference/regions';
import { stripIdSeparators } from './id-separators';
import type { ValidationIssue } from './issue';

/** The parts of a NIK: `PP KK CC DDMMYY SSSS` (DOMAIN.md §4). */
export interface NikInfo {
  nik: string;
  provinceCode: string;
  regencyCode: string;
  districtCode: string;
  province?: Province;
  region?: Region;
  birthDate: string;
  gender: 'L' | 'P';
  serial: string;
}

export interface NikOptions {
  /** "Now" for the century choice; defaults to the current date. */
  today?: Date;
}

/**
 * Strips the spaces, dots and hyphens people type into a NIK ("6471-01-…"); the desk and the importer share
 * it. Anything else stays so the format check catches it.
 */
export function normaliseNik(input: string): string {
  return stripIdSeparators(input);
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  return month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** YY has no century: take 20YY unless that date lies after today, then 19YY. */
function chooseYear(yy: number, month: number, day: number, today: Date): number {
  const asKey = (y: number, m: number, d: number): number => y * 10000 + m * 100 + d;
  const todayKey = asKey(today.getFullYear(), today.getMonth() + 1, today.getDate());
  return asKey(2000 + yy, month, day) > todayKey ? 1900 + yy : 2000 + yy;
}

interface ParsedDate {
  birthDate: string;
  gender: 'L' | 'P';
}

function parseBirthPart(ddmmyy: string, today: Date): ParsedDate | null {
  const dd = Number(ddmmyy.slice(0, 2));
  const month = Number(ddmmyy.slice(2, 4));
  const yy = Number(ddmmyy.slice(4, 6));
  // Women's NIKs carry day + 40.
  const gender = dd > 40 ? 'P' : 'L';
  const day = gender === 'P' ? dd - 40 : dd;
  if (day < 1 || day > 31 || month < 1 || month > 12) return null;
  const year = chooseYear(yy, month, day, today);
  if (day > daysInMonth(year, month)) return null;
  return { birthDate: isoDateText(year, month, day), gender };
}

interface Checked {
  issues: ValidationIssue[];
  info: NikInfo | null;
}

function check(input: string, opts: NikOptions): Checked {
  const nik = normaliseNik(input);
  // Params never echo the NIK itself: issues end up in logs and reports (UU 27/2022).
  if (!/^\d{16}$/.test(nik)) {
    return { issues: [{ code: 'NIK_FORMAT', severity: 'error', field: 'nik', params: { digits: nik.length } }], info: null };
  }
  if (/^0+$/.test(nik)) return { issues: [{ code: 'NIK_PLACEHOLDER', severity: 'error', field: 'nik' }], info: null };
  const issues: ValidationIssue[] = [];
  const pp = nik.slice(0, 2);
  const kk = nik.slice(2, 4);
  const cc = nik.slice(4, 6);
  const provinceCode = pp;
  const regencyCode = `${pp}.${kk}`;
  const districtCode = `${regencyCode}.${cc}`;

  const province = findProvince(pp);
  const region = findRegion(regencyCode);
  if (!province) {
    issues.push({ code: 'NIK_REGION', severity: 'error', field: 'nik', params: { code: provinceCode } });
  } else if (PROVINCES_WITH_REGION_LIST.includes(pp)) {
    if (!region) issues.push({ code: 'NIK_REGION', severity: 'error', field: 'nik', params: { code: regencyCode } });
  } else {
    // The national regency list is not in hand: outside Kalimantan only the shape is checked
    // (regencies 01–…, cities 71–79).
    const k = Number(kk);
    if (k < 1 || k > 79) issues.push({ code: 'NIK_REGION', severity: 'error', field: 'nik', params: { code: regencyCode } });
  }
  // One region line is enough: a district 00 only matters once province and regency are right.
  if (cc === '00' && issues.length === 0) {
    issues.push({ code: 'NIK_REGION', severity: 'error', field: 'nik', params: { code: districtCode } });
  }

  const birthPart = nik.slice(6, 12);
  const parsed = parseBirthPart(birthPart, opts.today ?? new Date());
  if (!parsed) issues.push({ code: 'NIK_DATE', severity: 'error', field: 'nik', params: { date: birthPart } });

  const serial = nik.slice(12);
  if (serial === '0000') {
    issues.push({ code: 'NIK_SERIAL_ZERO', severity: 'error', field: 'nik' });
  }

  if (issues.length > 0 || !parsed) return { issues, info: null };
  const info: NikInfo = { nik, provinceCode, regencyCode, districtCode, birthDate: parsed.birthDate, gender: parsed.gender, serial };
  if (province) info.province = province;
  if (region) info.region = region;
  return { issues, info };
}

/**
 * Checks a NIK's own structure. Its region is where it was issued, so it is never compared with the
 * workplace. A NIK that went through Excel as a number (E-notation, 15 significant digits) is the
 * importer's to flag: here it is just a well- or ill-formed string.
 */
export function validateNik(input: string, opts: NikOptions = {}): ValidationIssue[] {
  return check(input, opts).issues;
}

/** The decoded parts of a valid NIK, or null when validateNik reports any error. */
export function decodeNik(input: string, opts: NikOptions = {}): NikInfo | null {
  return check(input, opts).info;
}

/** Issues and decoded parts in one pass, for callers that need both (the importer, per row). */
export function checkNik(input: string, opts: NikOptions = {}): { issues: ValidationIssue[]; info: NikInfo | null } {
  return check(input, opts);
}

/** Warning when the gender on record contradicts the NIK (day + 40 = woman). Null if consistent or NIK invalid. */
export function nikGenderMismatch(nik: string, gender: 'L' | 'P', info: NikInfo | null = decodeNik(nik)): ValidationIssue | null {
  if (!info || info.gender === gender) return null;
  return { code: 'NIK_GENDER_MISMATCH', severity: 'warning', field: 'gender', params: { nikGender: info.gender, gender } };
}

/**
 * Warning when the birth date on record ("YYYY-MM-DD") contradicts the NIK: a NIK is for life and is not
 * reissued when a birth date is corrected, so the clerk confirms the date against the KTP. Only DD-MM-YY is compared:
 * the NIK carries no century, so a guessed century must not create a mismatch (e.g. someone born 1924).
 */
export function nikBirthDateMismatch(nik: string, birthDate: string, info: NikInfo | null = decodeNik(nik)): ValidationIssue | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(birthDate);
  if (!info || !m) return null;
  const [, y = '', mo = '', d = ''] = m;
  const recorded = `${d}${mo}${y.slice(2)}`;
  const [ny = '', nm = '', nd = ''] = info.birthDate.split('-');
  const fromNik = `${nd}${nm}${ny.slice(2)}`;
  if (recorded === fromNik) return null;
  return {
    code: 'NIK_BIRTHDATE_MISMATCH',
    severity: 'warning',
    field: 'birthDate',
    params: { nikDate: `${nd}-${nm}-${ny}`, birthDate: `${d}-${mo}-${y}` },
  };
}
