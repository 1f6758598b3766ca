import { describe, expect, it } from 'vitest';
import { companyNameKey, sameCompanyName } from '../../shared/gaps/company-name';
import { maskNik } from '../../shared/gaps/mask-nik';
import { pensionBirthCutoff, periodBounds } from '../../shared/gaps/period';
import { buildMatchIndex, matchProspect } from '../../shared/gaps/prospect-match';
import { contributionOnBases } from '../../shared/gaps/shortfall';
import { JKK_RATES } from '../../shared/reference/defaults';

describe('company name matching', () => {
  it('strips legal forms, punctuation, case and word order of the form', () => {
    for (const n of ['PT Borneo Jaya', 'PT. Borneo Jaya', 'P.T. BORNEO JAYA', 'Borneo Jaya, PT', 'borneo-jaya tbk', 'PT  Borneo   Jaya.']) {
      expect(companyNameKey(n)).toBe('borneo jaya');
    }
    expect(companyNameKey('Mahakam Teknik, CV')).toBe(companyNameKey('CV Mahakam Teknik'));
    expect(companyNameKey('Koperasi Karya Bersama')).toBe('karya bersama');
    expect(companyNameKey('UD Sinar')).toBe('sinar');
  });

  it('allows one typo in a normal name, none in a short one', () => {
    expect(sameCompanyName('borneo karya teknik', 'borneo karya tehnik')).toBe(true);
    expect(sameCompanyName('borneo karya teknik', 'borneo kriya tehnik')).toBe(false);
    expect(sameCompanyName('mahakam jaya', 'mahakamjaya')).toBe(true);
    expect(sameCompanyName('jaya', 'jaye')).toBe(false);
  });

  it('matches by NIB, NPWP 15 = 16 digits, then name only within the regency', () => {
    const index = buildMatchIndex([
      { npp: '1', name: 'PT Mahakam Abadi', nib: '1234567890123', npwp: '012345678721000', regencyCode: '64.71' },
      { npp: '2', name: 'CV Kayan Makmur', nib: null, npwp: null, regencyCode: '64.72' },
    ]);
    expect(matchProspect({ name: 'x', nib: '1234567890123', npwp: null, regencyCode: '62.71' }, index)).toMatchObject({ matchedBy: 'NIB', npp: '1' });
    expect(matchProspect({ name: 'x', nib: null, npwp: '00.123.456.7-872.1000', regencyCode: '62.71' }, index)).toMatchObject({ matchedBy: 'NPWP' });
    expect(matchProspect({ name: 'Kayan Makmur, CV', nib: null, npwp: null, regencyCode: '64.72' }, index)).toMatchObject({ matchedBy: 'NAMA', npp: '2' });
    const elsewhere = matchProspect({ name: 'CV Kayan Makmur', nib: null, npwp: null, regencyCode: '64.71' }, index);
    expect(elsewhere.matchedBy).toBeNull();
    const near = matchProspect({ name: 'PT Mahakam Abadi Jaya', nib: null, npwp: null, regencyCode: '64.71' }, index);
    expect(near).toMatchObject({ matchedBy: null, nearMiss: { npp: '1' } });
    // An all-zero NPWP is filler and matches nothing.
    expect(matchProspect({ name: 'y', nib: null, npwp: '000000000000000', regencyCode: '62.71' }, index).matchedBy).toBeNull();
  });
});

describe('gap helpers', () => {
  it('period bounds and the pension-age birth cutoff', () => {
    expect(periodBounds('2026-02')).toMatchObject({ start: '2026-02-01', end: '2026-02-28', year: 2026 });
    expect(pensionBirthCutoff(periodBounds('2026-03'), 59)).toBe('1967-03-31');
    expect(pensionBirthCutoff(periodBounds('2028-02'), 60)).toBe('1968-02-29');
  });

  it('masks the birth date part of a NIK', () => {
    expect(maskNik('6471015708850001')).toBe('647101******0001');
  });

  it('contributions on bases: each program rounded, JKP costs nothing extra', () => {
    const r = contributionOnBases(['JKK', 'JKM', 'JHT', 'JP', 'JKP'], 5, { wage: 1_000_000, jp: 500_000 }, { jkkRates: JKK_RATES });
    expect(r.lines.map((l) => [l.program, l.amount])).toEqual([
      ['JKK', 17_400],
      ['JKM', 3_000],
      ['JHT', 57_000],
      ['JP', 15_000],
    ]);
    expect(r.total).toBe(92_400);
  });
});
