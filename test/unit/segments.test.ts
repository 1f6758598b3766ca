import { describe, expect, it } from 'vitest';
import { bpuRateFor, computeBpuContribution, validateBpuEnrolment } from '../../shared/segments/bpu';
import { fundedBill, funderKindOf, monthsBetween, monthsOverlap, parseMonthRange, quotaFromBudget, renewalDiff, validateProgramme } from '../../shared/segments/funded';
import { jakonFromContractValue, jakonFromWages } from '../../shared/segments/jakon';
import { jakonRegisteredLate, workingDaysBetween } from '../../shared/segments/working-days';
import { hasMessage } from '../../shared/i18n/messages';

describe('BPU contribution (DOMAIN.md §2 Other segments)', () => {
  it('lowest tier Rp 1,000,000: Rp 16,800 for JKK + JKM', () => {
    const c = computeBpuContribution({ income: 1_000_000, programs: ['JKK', 'JKM'], period: '2026-03' });
    expect(c.lines.map((l) => [l.program, l.amount])).toEqual([
      ['JKK', 10_000],
      ['JKM', 6_800],
    ]);
    expect(c.monthly).toBe(16_800);
    expect(c.basis).toMatch(/PP 44\/2015/);
  });
  it('with JHT: Rp 36,800; a 3-month interval pays three months at once', () => {
    const c = computeBpuContribution({ income: 1_000_000, programs: ['JKK', 'JKM', 'JHT'], period: '2026-03', intervalMonths: 3 });
    expect(c.monthly).toBe(36_800);
    expect(c.perPayment).toBe(110_400);
  });
  it('rounds 1 % of an odd income half up to whole rupiah', () => {
    expect(computeBpuContribution({ income: 2_345_650, programs: ['JKK', 'JKM'], period: '2026-01' }).lines[0]!.amount).toBe(23_457);
  });
  it('has no rate before the reference data starts, and says so', () => {
    expect(bpuRateFor('2015-06')).toBeNull();
    expect(() => computeBpuContribution({ income: 1_000_000, programs: ['JKK', 'JKM'], period: '2015-06' })).toThrow(RangeError);
    expect(validateBpuEnrolment({ income: 1_000_000, programs: ['JKK', 'JKM'], intervalMonths: 1, period: '2015-06' }).map((i) => i.code)).toEqual(['BPU_RATE_MISSING']);
  });
  it('refuses JP, a missing JKM, an income under the lowest bracket and an unknown interval', () => {
    const codes = validateBpuEnrolment({ income: 900_000, programs: ['JKK', 'JP'], intervalMonths: 2, period: '2026-01' }).map((i) => i.code);
    expect(codes).toEqual(['BPU_INCOME_TOO_LOW', 'BPU_PROGRAM_NOT_ALLOWED', 'BPU_PROGRAMS_REQUIRED', 'BPU_INTERVAL_INVALID']);
    for (const c of codes) expect(hasMessage(c)).toBe(true);
    expect(validateBpuEnrolment({ income: 1_000_000, programs: ['JKK', 'JKM', 'JHT'], intervalMonths: 12, period: '2026-01' })).toEqual([]);
  });
});

describe('Jakon contract-value tiers', () => {
  it('the DOMAIN.md worked example: Rp 2 M → JKK 2,640,000 and JKM 310,000', () => {
    const c = jakonFromContractValue(2_000_000_000, '2026-02-01');
    expect(c.slices.map((s) => s.jkk)).toEqual([210_000, 680_000, 650_000, 1_100_000]);
    expect(c.slices.map((s) => s.jkm)).toEqual([30_000, 80_000, 100_000, 100_000]);
    expect(c.jkk).toBe(2_640_000);
    expect(c.jkm).toBe(310_000);
    expect(c.total).toBe(2_950_000);
  });
  it('a value inside the first slice uses that slice only; above 5 M reaches the last', () => {
    expect(jakonFromContractValue(50_000_000, '2026-01-01')).toMatchObject({ jkk: 105_000, jkm: 15_000 });
    const big = jakonFromContractValue(6_000_000_000, '2026-01-01');
    expect(big.slices).toHaveLength(5);
    expect(big.jkk).toBe(210_000 + 680_000 + 650_000 + 4_400_000 + 900_000);
  });
  it('from wages when a roster is given', () => {
    expect(jakonFromWages([4_000_000, 5_000_000], 1.74)).toMatchObject({ method: 'wages', jkk: 69_600 + 87_000, jkm: 12_000 + 15_000 });
  });
});

describe('working days and JAKON_TERLAMBAT', () => {
  it('counts Monday–Friday after the SPK date', () => {
    expect(workingDaysBetween('2026-03-02', '2026-03-06')).toBe(4); // Mon → Fri
    expect(workingDaysBetween('2026-03-06', '2026-03-09')).toBe(1); // Fri → Mon
    expect(workingDaysBetween('2026-03-09', '2026-03-02')).toBe(0);
  });
  it('14 working days is on time, 15 is late', () => {
    expect(jakonRegisteredLate('2026-03-02', '2026-03-20')).toBe(false); // 14
    expect(jakonRegisteredLate('2026-03-02', '2026-03-23')).toBe(true); // 15
  });
});

describe('funded programmes', () => {
  it('reads funder codes, month ranges and overlaps', () => {
    expect(funderKindOf('64.09')).toBe('pemkab');
    expect(funderKindOf('64')).toBe('pemprov');
    expect(funderKindOf('6409')).toBeNull();
    expect(parseMonthRange('2025-01..2025-12')).toEqual({ from: '2025-01', to: '2025-12' });
    expect(parseMonthRange('2025-12..2025-01')).toBeNull();
    expect(monthsBetween('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthsOverlap({ from: '2025-01', to: '2025-06' }, { from: '2025-06', to: '2025-12' })).toBe(true);
    expect(monthsOverlap({ from: '2025-01', to: '2025-05' }, { from: '2025-06', to: '2025-12' })).toBe(false);
  });
  it('bills people × contribution; PPU: Rp 3 billion buys 14,880 people for 12 months', () => {
    expect(fundedBill({ people: 15_000, monthlyPerPerson: 16_800, monthFrom: '2025-01', monthTo: '2025-12', quota: 15_000 })).toMatchObject({
      perMonth: 252_000_000,
      months: 12,
      total: 3_024_000_000,
      quotaUsedPct: 100,
    });
    expect(quotaFromBudget(3_000_000_000, 16_800, 12)).toBe(14_880);
  });
  it('validates a programme', () => {
    expect(validateProgramme({ funderCode: '64.09', year: 2025, monthFrom: '2025-01', monthTo: '2025-12', quota: 100, monthlyContribution: 16_800 })).toEqual([]);
    const codes = validateProgramme({ funderCode: 'x', year: 2025, monthFrom: '2025-01', monthTo: '2026-02', quota: 0, monthlyContribution: 0 }).map((i) => i.code);
    expect(codes).toEqual(['FUNDER_CODE_INVALID', 'PROGRAMME_MONTHS_OUTSIDE_YEAR', 'PROGRAMME_QUOTA_INVALID', 'PROGRAMME_MONTHLY_INVALID']);
    for (const c of codes) expect(hasMessage(c)).toBe(true);
  });
  it('renewal: new, stays, dropped', () => {
    expect(renewalDiff(3, ['a', 'b', 'c'], ['b', 'c', 'd', 'e'])).toEqual({ previousProgrammeId: 3, added: 2, stays: 2, dropped: 1, droppedNiks: ['a'] });
  });
});
