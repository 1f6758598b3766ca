import { describe, expect, it } from 'vitest';
import { normaliseKpj, validateKpj } from '../../shared/validate/kpj';
import { normaliseNib, validateNib } from '../../shared/validate/nib';
import { normaliseNpp, validateNpp } from '../../shared/validate/npp';
import { normaliseNpwp, npwp16, npwpEquals, validateNpwp } from '../../shared/validate/npwp';

describe('NPWP', () => {
  it('accepts 15 digits, punctuated or not, and 16 digits', () => {
    expect(validateNpwp('01.234.567.8-901.000')).toEqual([]);
    expect(validateNpwp('012345678901000')).toEqual([]);
    expect(validateNpwp('0012345678901000')).toEqual([]);
    expect(normaliseNpwp('01.234.567.8-901.000')).toBe('012345678901000');
  });

  it('rejects other lengths and stray characters', () => {
    expect(validateNpwp('01.234.567.8-901.00')).toEqual([
      { code: 'NPWP_FORMAT', severity: 'error', field: 'npwp', params: { digits: 14 } },
    ]);
    expect(validateNpwp('1.23457E+14')[0]?.code).toBe('NPWP_FORMAT');
    expect(validateNpwp('00123456789010001')[0]?.code).toBe('NPWP_FORMAT');
  });

  it('flags the all-zero filler', () => {
    expect(validateNpwp('00.000.000.0-000.000')).toEqual([{ code: 'NPWP_PLACEHOLDER', severity: 'warning', field: 'npwp' }]);
    expect(npwpEquals('00.000.000.0-000.000', '000000000000000')).toBe(false);
  });

  it('treats the 15-digit form and "0" + 15 digits as the same taxpayer', () => {
    expect(npwp16('01.234.567.8-901.000')).toBe('0012345678901000');
    expect(npwpEquals('01.234.567.8-901.000', '0012345678901000')).toBe(true);
    expect(npwpEquals('012345678901000', '01.234.567.8-901.000')).toBe(true);
    expect(npwpEquals('012345678901000', '1012345678901000')).toBe(false);
    expect(npwpEquals('012345678901000', '012345678901001')).toBe(false);
    expect(npwpEquals('bad', 'bad')).toBe(false);
  });
});

describe('NIB, NPP, KPJ', () => {
  it('NIB is 13 digits', () => {
    expect(validateNib('9120001234567')).toEqual([]);
    expect(validateNib('0120001234567')).toEqual([]);
    expect(validateNib('120001234567')).toEqual([
      { code: 'NIB_FORMAT', severity: 'error', field: 'nib', params: { digits: 12 } },
    ]);
    expect(normaliseNib(' 9120 0012 34567 ')).toBe('9120001234567');
  });

  it('NPP is 8 digits and keeps leading zeros', () => {
    expect(validateNpp('01234567')).toEqual([]);
    expect(normaliseNpp('0123-4567')).toBe('01234567');
    expect(validateNpp('1234567')[0]).toMatchObject({ code: 'NPP_FORMAT', severity: 'error' });
    expect(validateNpp('1234567A')[0]?.code).toBe('NPP_FORMAT');
  });

  it('KPJ is 11 digits, but only a warning', () => {
    expect(validateKpj('12345678901')).toEqual([]);
    expect(normaliseKpj('123 4567 8901')).toBe('12345678901');
    expect(validateKpj('1234567890')).toEqual([
      { code: 'KPJ_FORMAT', severity: 'warning', field: 'kpj', params: { digits: 10 } },
    ]);
  });
});
