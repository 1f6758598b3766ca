import { formatMessage } from '../../shared/i18n/messages';
import { describe, expect, it } from 'vitest';
import { decodeNik, nikBirthDateMismatch, nikGenderMismatch, validateNik } from '../../shared/validate/nik';

const today = new Date(2025, 5, 15); // 15 June 2025
const codes = (nik: string) => validateNik(nik, { today }).map((i) => i.code);

describe('validateNik', () => {
  it('accepts a man born 17 Aug 1985 in Balikpapan', () => {
    expect(validateNik('6471011708850001', { today })).toEqual([]);
    expect(decodeNik('6471011708850001', { today })).toMatchObject({
      provinceCode: '64',
      regencyCode: '64.71',
      districtCode: '64.71.01',
      birthDate: '1985-08-17',
      gender: 'L',
      serial: '0001',
      province: { name: 'Kalimantan Timur' },
      region: { name: 'Kota Balikpapan' },
    });
  });

  it('accepts a woman (day + 40)', () => {
    const info = decodeNik('6472025708900002', { today });
    expect(info?.gender).toBe('P');
    expect(info?.birthDate).toBe('1990-08-17');
  });

  it('strips spaces and dots', () => {
    expect(codes('6471.01.170885.0001')).toEqual([]);
    expect(codes(' 6471 0117 0885 0001 ')).toEqual([]);
  });

  it('rejects anything but 16 digits, without echoing the NIK', () => {
    expect(validateNik('647101170885000', { today })).toEqual([
      { code: 'NIK_FORMAT', severity: 'error', field: 'nik', params: { digits: 15 } },
    ]);
    expect(codes('6,47102E+15')).toEqual(['NIK_FORMAT']);
    expect(codes('')).toEqual(['NIK_FORMAT']);
    expect(codes('647101170885000a')).toEqual(['NIK_FORMAT']);
  });

  it('rejects serial 0000 with its own message, not "must be 16 digits" for a NIK that has 16', () => {
    expect(codes('6471011708850000')).toEqual(['NIK_SERIAL_ZERO']);
    const text = formatMessage('NIK_SERIAL_ZERO', {}, 'id');
    expect(text).toContain('0000');
    expect(text).not.toContain('16 digit');
  });

  it('answers an all-zero NIK once, as a placeholder, not with two identical region lines', () => {
    expect(validateNik('0000000000000000', { today })).toEqual([{ code: 'NIK_PLACEHOLDER', severity: 'error', field: 'nik' }]);
    expect(codes('0000-0000-0000-0000')).toEqual(['NIK_PLACEHOLDER']);
    // An unknown province and district 00: one region line.
    expect(codes('9900001708850001')).toEqual(['NIK_REGION']);
  });

  it('29 February only in leap years', () => {
    expect(decodeNik('6471012902960001', { today })?.birthDate).toBe('1996-02-29');
    expect(decodeNik('6471016902960001', { today })?.birthDate).toBe('1996-02-29');
    expect(decodeNik('6471012902000001', { today })?.birthDate).toBe('2000-02-29');
    expect(codes('6471012902970001')).toEqual(['NIK_DATE']);
    expect(validateNik('6471016902970001', { today })[0]?.params).toEqual({ date: '690297' });
  });

  it('rejects impossible days and months', () => {
    expect(codes('6471013104900001')).toEqual(['NIK_DATE']); // 31 April
    expect(codes('6471013208900001')).toEqual(['NIK_DATE']);
    expect(codes('6471014008900001')).toEqual(['NIK_DATE']); // 40 is neither a man's nor a woman's day
    expect(codes('6471017208900001')).toEqual(['NIK_DATE']);
    expect(codes('6471010013900001')).toEqual(['NIK_DATE']);
    expect(codes('6471011500900001')).toEqual(['NIK_DATE']);
  });

  it('chooses the century that keeps the birth date out of the future', () => {
    expect(decodeNik('6471010101240001', { today })?.birthDate).toBe('2024-01-01');
    expect(decodeNik('6471011506250001', { today })?.birthDate).toBe('2025-06-15');
    expect(decodeNik('6471011606250001', { today })?.birthDate).toBe('1925-06-16');
    expect(decodeNik('6471010112250001', { today })?.birthDate).toBe('1925-12-01');
    expect(decodeNik('6471010112250001', { today: new Date(2026, 0, 1) })?.birthDate).toBe('2025-12-01');
  });

  it('accepts legacy pre-2012 Kaltara codes', () => {
    const info = decodeNik('6473011708850001', { today });
    expect(info?.region).toMatchObject({ legacy: true, successorCode: '65.71' });
    for (const kk of ['04', '05', '06', '10']) expect(codes(`64${kk}011708850001`)).toEqual([]);
  });

  it('accepts NIKs issued outside Kalimantan by code shape', () => {
    expect(codes('3271011708850001')).toEqual([]); // Kota Bogor
    expect(decodeNik('3271011708850001', { today })?.region).toBeUndefined();
    expect(codes('3280011708850001')).toEqual(['NIK_REGION']);
    expect(codes('3200011708850001')).toEqual(['NIK_REGION']);
    expect(codes('3200001708850001')).toEqual(['NIK_REGION']); // regency 00 and district 00: one region line
  });

  it('rejects unknown provinces and unknown Kalimantan regencies', () => {
    expect(validateNik('9971011708850001', { today })).toEqual([
      { code: 'NIK_REGION', severity: 'error', field: 'nik', params: { code: '99' } },
    ]);
    expect(validateNik('6499011708850001', { today })[0]?.params).toEqual({ code: '64.99' });
    expect(codes('6511011708850001')).toEqual(['NIK_REGION']);
  });

  it('rejects district 00', () => {
    expect(validateNik('6471001708850001', { today })).toEqual([
      { code: 'NIK_REGION', severity: 'error', field: 'nik', params: { code: '64.71.00' } },
    ]);
  });

  it('reports every independent problem', () => {
    expect(codes('6471003213900000')).toEqual(['NIK_REGION', 'NIK_DATE', 'NIK_SERIAL_ZERO']);
    expect(decodeNik('6471003213900000', { today })).toBeNull();
  });

  it('round-trips decoded parts', () => {
    const info = decodeNik('6205014112000123', { today });
    expect(info).not.toBeNull();
    if (!info) return;
    const [y, m, d] = info.birthDate.split('-');
    const dd = Number(d) + (info.gender === 'P' ? 40 : 0);
    const rebuilt = info.districtCode.replace(/\./g, '') + String(dd).padStart(2, '0') + m + y?.slice(2) + info.serial;
    expect(rebuilt).toBe(info.nik);
    expect(info.region?.name).toBe('Kabupaten Barito Utara');
  });
});

describe('NIK cross-checks', () => {
  it('flags a gender that contradicts the NIK as a warning', () => {
    expect(nikGenderMismatch('6471011708850001', 'L')).toBeNull();
    expect(nikGenderMismatch('6471011708850001', 'P')).toEqual({
      code: 'NIK_GENDER_MISMATCH',
      severity: 'warning',
      field: 'gender',
      params: { nikGender: 'L', gender: 'P' },
    });
    expect(nikGenderMismatch('bad', 'P')).toBeNull();
  });

  it('item 7: a birth date that differs from the NIK is a warning to confirm against the KTP, not an error', () => {
    // A NIK is for life: when the civil registry corrects a birth date the NIK keeps the old one.
    expect(nikBirthDateMismatch('6471011708850001', '1985-08-17')).toBeNull();
    expect(nikBirthDateMismatch('6471011708850001', '1985-08-18')).toEqual({
      code: 'NIK_BIRTHDATE_MISMATCH',
      severity: 'warning',
      field: 'birthDate',
      params: { nikDate: '17-08-1985', birthDate: '18-08-1985' },
    });
    expect(nikBirthDateMismatch('6472025708900002', '1990-08-17')).toBeNull();
  });

  it('does not blame the century guess', () => {
    // The NIK says 01-01-24; someone born in 1924 is not a mismatch.
    expect(nikBirthDateMismatch('6471010101240001', '1924-01-01')).toBeNull();
  });
});
