import { describe, expect, it } from 'vitest';
import { JP_WAGE_CAPS } from '../../shared/reference/defaults';
import { computePuContribution } from '../../shared/rules/contribution';
import { FIRST_GAP_PERIOD } from '../../shared/rules/gap-periods';
import { jkpWageCapAt } from '../../shared/rules/jkp-wage-cap';
import { LATE_REGISTRATION_DAYS, lateRegistrationIssue } from '../../shared/rules/late-registration';
import { validateEnrolForm } from '../../renderer/src/features/workers/validate-enrol-form';

// Issue 15 item 11: domain rules live in shared/rules, dated where they are regulation, and every side uses them.
describe('rules moved into shared/rules', () => {
  it('late registration: more than 30 days after the start of work is a warning, in the rule and in the desk form', () => {
    expect(LATE_REGISTRATION_DAYS).toBe(30);
    expect(lateRegistrationIssue('2026-02-13', '2026-03-15')).toBeNull(); // 30 days
    expect(lateRegistrationIssue('2026-02-12', '2026-03-15')).toEqual({ code: 'LATE_REGISTRATION', severity: 'warning', field: 'startDate', params: { days: 31 } });
    const employer = { npp: '12345678', name: 'PT Contoh', regencyCode: '64.71', regencyName: 'Kota Balikpapan', programs: ['JKK', 'JKM'] };
    const form = { nik: '', name: 'Siti', birthDate: '1985-08-17', gender: 'P' as const, kpj: '', phone: '', segment: 'PU' as const, wage: '4.500.000', programs: ['JKK' as const], autoFilled: {} };
    const ctx = { employer: employer as never, minimumWages: null, locale: 'id' as const, today: '2026-03-15' };
    expect(validateEnrolForm({ ...form, startDate: '2026-02-13' }, ctx).startDate).toBeUndefined();
    expect(validateEnrolForm({ ...form, startDate: '2026-02-12' }, ctx).startDate).toEqual([expect.objectContaining({ code: 'LATE_REGISTRATION', params: { days: 31 } })]);
  });

  it('JKP wage cap is dated: none before PP 37/2021 (February 2021), Rp 5,000,000 from then', () => {
    expect(jkpWageCapAt('2021-01')).toBeNull();
    expect(jkpWageCapAt('2021-02')).toBe(5_000_000);
    expect(jkpWageCapAt('2026-03')).toBe(5_000_000);
    const line = (period: string) =>
      computePuContribution({ wage: 8_000_000, period, riskGroup: 1, programs: ['JKM', 'JKP'], caps: JP_WAGE_CAPS }).lines.find((l) => l.program === 'JKP');
    expect(line('2021-01')).toBeUndefined();
    expect(line('2026-03')).toMatchObject({ base: 5_000_000 });
  });

  it('the gap period picker starts where the dated reference tables start (JP, July 2015)', () => {
    expect(FIRST_GAP_PERIOD).toBe('2015-07');
  });
});
