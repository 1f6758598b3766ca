import { describe, expect, it } from 'vitest';
import { JP_WAGE_CAPS, MINIMUM_WAGES, PENSION_AGES } from '../../shared/reference/defaults';
import { jpWageCapFor } from '../../shared/rules/jp-wage-cap';
import { JAKON_MANDATORY_PROGRAMS, mandatoryPrograms, missingMandatoryPrograms } from '../../shared/rules/mandatory-programs';
import { minimumWageFor } from '../../shared/rules/minimum-wage';
import { pensionAgeFor } from '../../shared/rules/pension-age';

describe('jpWageCapFor', () => {
  it('switches in March', () => {
    expect(jpWageCapFor('2026-02', JP_WAGE_CAPS)).toBe(10_547_400);
    expect(jpWageCapFor('2026-03', JP_WAGE_CAPS)).toBe(11_086_300);
    expect(jpWageCapFor('2025-12', JP_WAGE_CAPS)).toBe(10_547_400);
    expect(jpWageCapFor('2024-02', JP_WAGE_CAPS)).toBe(9_559_600);
    expect(jpWageCapFor('2030-07', JP_WAGE_CAPS)).toBe(11_086_300);
  });

  it('does not depend on the order of the table', () => {
    expect(jpWageCapFor('2024-05', [...JP_WAGE_CAPS].reverse())).toBe(10_042_300);
  });

  it('throws before the first cap or on a malformed period', () => {
    expect(() => jpWageCapFor('2015-06', JP_WAGE_CAPS)).toThrow(RangeError);
    expect(() => jpWageCapFor('2026-3', JP_WAGE_CAPS)).toThrow(RangeError);
  });
});

describe('pensionAgeFor', () => {
  it('follows PP 45/2015 Ps.15', () => {
    const cases: [number, number][] = [
      [2016, 56], [2018, 56], [2019, 57], [2021, 57], [2022, 58], [2024, 58],
      [2025, 59], [2027, 59], [2028, 60], [2030, 60], [2042, 64], [2043, 65], [2060, 65], [2010, 56],
    ];
    for (const [year, age] of cases) expect(pensionAgeFor(year, PENSION_AGES)).toBe(age);
  });
});

describe('minimumWageFor', () => {
  it('uses the regency UMK', () => {
    expect(minimumWageFor('64.71', '2026-05', MINIMUM_WAGES)).toMatchObject({
      amount: 3_856_694.43,
      kind: 'UMK',
      year: 2026,
      confirmed: true,
    });
    expect(minimumWageFor('6472', '2025-01', MINIMUM_WAGES)?.amount).toBe(3_724_437.2);
  });

  it('Mahakam Ulu: UMP in 2026, Kutai Barat UMK in 2025', () => {
    expect(minimumWageFor('64.11', '2026-01', MINIMUM_WAGES)).toMatchObject({ amount: 3_762_431, kind: 'UMP', year: 2026 });
    expect(minimumWageFor('64.11', '2025-08', MINIMUM_WAGES)).toMatchObject({ amount: 3_952_233.98, kind: 'UMK' });
  });

  it('maps legacy Kaltara codes to their successor', () => {
    expect(minimumWageFor('64.73', '2026-02', MINIMUM_WAGES)).toMatchObject({ amount: 4_742_169, kind: 'UMK' });
    expect(minimumWageFor('6404', '2025-02', MINIMUM_WAGES)?.amount).toBe(3_706_867.76);
  });

  it('a province code gives the UMP, carrying its confirmation flag', () => {
    expect(minimumWageFor('65', '2026-01', MINIMUM_WAGES)).toMatchObject({ amount: 3_775_243, kind: 'UMP', confirmed: false });
  });

  it('null when nothing is known for that year', () => {
    expect(minimumWageFor('64.71', '2030-01', MINIMUM_WAGES)).toBeNull();
    expect(minimumWageFor('31.71', '2026-01', MINIMUM_WAGES)).toBeNull();
    expect(minimumWageFor('x', '2026-01', MINIMUM_WAGES)).toBeNull();
  });
});

describe('mandatoryPrograms', () => {
  it('follows Perpres 109/2013 Ps.6', () => {
    expect(mandatoryPrograms('besar')).toEqual(['JKK', 'JKM', 'JHT', 'JP']);
    expect(mandatoryPrograms('menengah')).toEqual(['JKK', 'JKM', 'JHT', 'JP']);
    expect(mandatoryPrograms('kecil')).toEqual(['JKK', 'JKM', 'JHT']);
    expect(mandatoryPrograms('mikro')).toEqual(['JKK', 'JKM']);
    expect(JAKON_MANDATORY_PROGRAMS).toEqual(['JKK', 'JKM']);
  });

  it('lists what is missing', () => {
    expect(missingMandatoryPrograms('menengah', ['JKK', 'JKM', 'JHT', 'JKP'])).toEqual(['JP']);
    expect(missingMandatoryPrograms('mikro', ['JKK', 'JKM'])).toEqual([]);
  });
});
