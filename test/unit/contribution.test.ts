import { describe, expect, it } from 'vitest';
import type { ProgramCode, RiskGroup } from '../../shared/domain/reference';
import { JP_WAGE_CAPS } from '../../shared/reference/defaults';
import { computePuContribution, percentOfRupiah } from '../../shared/rules/contribution';

const ALL: ProgramCode[] = ['JKK', 'JKM', 'JHT', 'JP', 'JKP'];
const caps = JP_WAGE_CAPS;

describe('computePuContribution', () => {
  it('Rp 12,000,000 in Feb 2026 uses the 2025 JP cap', () => {
    const r = computePuContribution({ wage: 12_000_000, period: '2026-02', riskGroup: 1, programs: ALL, caps });
    const byProgram = Object.fromEntries(r.lines.map((l) => [l.program, l]));
    expect(byProgram.JKK).toMatchObject({ employer: 28_800, worker: 0, base: 12_000_000, ratePctEmployer: 0.24 });
    expect(byProgram.JKM).toMatchObject({ employer: 36_000, worker: 0 });
    expect(byProgram.JHT).toMatchObject({ employer: 444_000, worker: 240_000 });
    expect(byProgram.JP).toMatchObject({ employer: 210_948, worker: 105_474, base: 10_547_400, basis: 'PP 45/2015 Ps.28–29' });
    expect(byProgram.JKP).toMatchObject({ employer: 0, worker: 0, base: 5_000_000 });
    expect(byProgram.JKP?.note).toContain('0,36%');
    expect(r.totals).toEqual({ employer: 719_748, worker: 345_474, total: 1_065_222 });
  });

  it('Rp 12,000,000 in Mar 2026 uses the 2026 JP cap', () => {
    const r = computePuContribution({ wage: 12_000_000, period: '2026-03', riskGroup: 1, programs: ALL, caps });
    expect(r.lines.find((l) => l.program === 'JP')).toMatchObject({ employer: 221_726, worker: 110_863, base: 11_086_300 });
    expect(r.totals).toEqual({ employer: 730_526, worker: 350_863, total: 1_081_389 });
  });

  it('JKK on Rp 5,000,000 for each risk group', () => {
    const expected: Record<RiskGroup, number> = { 1: 12_000, 2: 27_000, 3: 44_500, 4: 63_500, 5: 87_000 };
    for (const g of [1, 2, 3, 4, 5] as const) {
      const r = computePuContribution({ wage: 5_000_000, period: '2026-01', riskGroup: g, programs: ['JKK'], caps });
      expect(r.lines).toHaveLength(1);
      expect(r.lines[0]?.employer).toBe(expected[g]);
      expect(r.totals.total).toBe(expected[g]);
    }
  });

  it('only enrolled programs get a line, in program order', () => {
    const r = computePuContribution({ wage: 4_000_000, period: '2026-03', riskGroup: 2, programs: ['JKM', 'JKK'], caps });
    expect(r.lines.map((l) => l.program)).toEqual(['JKK', 'JKM']);
    expect(r.totals).toEqual({ employer: 21_600 + 12_000, worker: 0, total: 33_600 });
  });

  it('a wage below the JP cap is the JP base', () => {
    const r = computePuContribution({ wage: 3_579_313.77, period: '2025-06', riskGroup: 1, programs: ['JHT', 'JP'], caps });
    expect(r.lines[0]).toMatchObject({ employer: 132_435, worker: 71_586 }); // 132,434.61 / 71,586.28
    expect(r.lines[1]).toMatchObject({ base: 3_579_313.77, employer: 71_586, worker: 35_793 });
  });

  it('uses rates passed in instead of the seed defaults', () => {
    const r = computePuContribution({
      wage: 5_000_000,
      period: '2026-03',
      riskGroup: 1,
      programs: ['JKK'],
      caps,
      jkkRates: [{ riskGroup: 1, ratePct: 0.12 }],
    });
    expect(r.lines[0]?.employer).toBe(6_000);
  });

  it('rejects bad input', () => {
    expect(() => computePuContribution({ wage: -1, period: '2026-03', riskGroup: 1, programs: ALL, caps })).toThrow(RangeError);
    expect(() => computePuContribution({ wage: 1, period: '2026-13', riskGroup: 1, programs: ALL, caps })).toThrow(RangeError);
    // JP existed in January 2022 but this table has no cap that early: a named gap, not a guess.
    expect(() => computePuContribution({ wage: 1, period: '2022-01', riskGroup: 1, programs: ['JP'], caps: caps.filter((c) => c.effectiveMonth >= '2023-03') })).toThrow(RangeError);
  });
});

describe('percentOfRupiah', () => {
  it('rounds half up to whole rupiah without float drift', () => {
    expect(percentOfRupiah(208_125, 0.24)).toBe(500); // 499.5
    expect(percentOfRupiah(208_124, 0.24)).toBe(499); // 499.4976
    expect(percentOfRupiah(5_000_000, 0.89)).toBe(44_500);
    expect(percentOfRupiah(3_701_508.68, 0.24)).toBe(8_884); // 8,883.62
    expect(percentOfRupiah(1_000_000, 0)).toBe(0);
  });
});
