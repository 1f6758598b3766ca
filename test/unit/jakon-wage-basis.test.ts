import { describe, expect, it } from 'vitest';
import { JKK_RATES } from '../../shared/reference/defaults';
import { hasMessage } from '../../shared/i18n/messages';
import { jakonProjectContribution, projectMonths, type JakonBasisInput } from '../../shared/segments/jakon-basis';
import { jakonBasisText } from '../../shared/segments/jakon-basis-text';

/** A Rp 2 M project registered on the tiers (the DOMAIN.md worked example), running March–August 2026. */
const project = (over: Partial<JakonBasisInput> = {}): JakonBasisInput => ({
  contractValue: 2_000_000_000,
  spkDate: '2026-03-02',
  startDate: '2026-03-10',
  endDate: '2026-08-20',
  tiers: { jkk: 2_640_000, jkm: 310_000 },
  wages: [4_250_000, 4_100_150, 3_999_999],
  riskGroup: 5,
  jkkRates: JKK_RATES,
  ...over,
});

describe('Jakon contribution from the roster’s wages (PP 44/2015 Ps.16 and 18)', () => {
  it('the worked example: three workers, risk group V, six project months', () => {
    // By hand, each worker's line rounded half up to whole rupiah, as a PU bill prints it:
    //   JKK 1,74 %: 4.250.000 → 73.950,00 → 73.950 · 4.100.150 → 71.342,61 → 71.343 · 3.999.999 → 69.599,98 → 69.600
    //               = 214.893
    //   JKM 0,30 %: 4.250.000 → 12.750 · 4.100.150 → 12.300,45 → 12.300 · 3.999.999 → 11.999,997 → 12.000 = 37.050
    //   a month: 214.893 + 37.050 = 251.943; March–August 2026 = 6 months → 1.511.658
    const c = jakonProjectContribution(project());
    expect(c).toMatchObject({ method: 'wages', per: 'month', jkk: 214_893, jkm: 37_050, total: 251_943, months: 6, projectTotal: 1_511_658, fallback: null });
    expect(c.wages).toEqual({ workers: 3, wageSum: 12_350_149, riskGroup: 5, jkkPct: 1.74, jkmPct: 0.3 });
    expect(c.basis).toBe('PP 44/2015 Ps.16 (JKK); PP 44/2015 Ps.18 (JKM)');
    expect(jakonBasisText(c)).toBe(
      'Dasar: upah 3 pekerja Rp 12.350.149 × 1,74 % (JKK, kelompok risiko V) + 0,30 % (JKM) = Rp 251.943 per bulan × 6 bulan proyek = Rp 1.511.658.',
    );
    expect(jakonBasisText(c, 'en')).toContain('Basis: wages of 3 workers Rp 12,350,149 × 1.74% (JKK, risk group V)');
  });

  it('rounds each worker’s line, not the sum: 3 × Rp 1.000.150 at risk group I', () => {
    // Per worker: JKK 0,24 % of 1.000.150 = 2.400,36 → 2.400; JKM 0,30 % = 3.000,45 → 3.000; × 3 = 7.200 + 9.000.
    // On the sum 3.000.450 it would be 7.201,08 → 7.201 and 9.001,35 → 9.001: two rupiah more than the bill's lines.
    const c = jakonProjectContribution(project({ wages: [1_000_150, 1_000_150, 1_000_150], riskGroup: 1 }));
    expect(c).toMatchObject({ jkk: 7_200, jkm: 9_000, total: 16_200 });
  });

  it('without an end date it is a monthly figure with no project total, and says why', () => {
    const c = jakonProjectContribution(project({ endDate: null }));
    expect(c).toMatchObject({ method: 'wages', total: 251_943, months: null, projectTotal: null });
    expect(jakonBasisText(c)).toContain('tanggal selesai proyek belum ada');
  });

  it('counts the calendar months the project touches', () => {
    expect(projectMonths('2026-03-10', '2026-08-20')).toBe(6);
    expect(projectMonths('2026-12-31', '2027-01-01')).toBe(2);
    expect(projectMonths('2026-03-10', null)).toBeNull();
  });
});

describe('falls back to the contract-value tiers, and says why', () => {
  it('a worker without a wage: the tiers’ worked example, exact', () => {
    const c = jakonProjectContribution(project({ wages: [4_250_000, null, 3_999_999] }));
    expect(c).toMatchObject({ method: 'contract', per: 'project', jkk: 2_640_000, jkm: 310_000, total: 2_950_000, projectTotal: 2_950_000, wages: null });
    expect(c.slices.map((s) => s.jkk)).toEqual([210_000, 680_000, 650_000, 1_100_000]);
    expect(c.slices.map((s) => s.jkm)).toEqual([30_000, 80_000, 100_000, 100_000]);
    expect(c.fallback).toEqual({ code: 'JAKON_BASIS_WAGE_MISSING', params: { missing: 1, workers: 3 } });
    expect(jakonBasisText(c)).toBe(
      'Dasar: nilai kontrak Rp 2.000.000.000, tarif berjenjang = Rp 2.950.000 untuk seluruh proyek (1 dari 3 pekerja tanpa upah, jadi upah proyek belum diketahui).',
    );
  });

  it('no roster yet', () => {
    const c = jakonProjectContribution(project({ wages: [] }));
    expect(c).toMatchObject({ method: 'contract', total: 2_950_000, fallback: { code: 'JAKON_BASIS_NO_ROSTER' } });
  });

  it('a contractor without a risk group, or one the JKK rate table lacks', () => {
    expect(jakonProjectContribution(project({ riskGroup: null }))).toMatchObject({ method: 'contract', fallback: { code: 'JAKON_BASIS_RISK_MISSING' } });
    const noGroupV = JKK_RATES.filter((r) => r.riskGroup !== 5);
    const c = jakonProjectContribution(project({ jkkRates: noGroupV }));
    expect(c).toMatchObject({ method: 'contract', jkk: 2_640_000, jkm: 310_000, fallback: { code: 'JAKON_BASIS_RISK_MISSING', params: { riskGroup: 5 } } });
    expect(jakonBasisText(c)).toContain('tarif JKK kelompok risiko V kontraktor tidak ada di data acuan');
  });

  it('every reason has an Indonesian and an English message', () => {
    for (const code of ['JAKON_BASIS_WAGES', 'JAKON_BASIS_MONTHS', 'JAKON_BASIS_OPEN_END', 'JAKON_BASIS_CONTRACT', 'JAKON_BASIS_NO_ROSTER', 'JAKON_BASIS_WAGE_MISSING', 'JAKON_BASIS_RISK_MISSING']) {
      expect(hasMessage(code)).toBe(true);
    }
  });
});
