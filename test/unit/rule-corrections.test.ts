import { describe, expect, it } from 'vitest';
import { minimumWageNote, pdsProgramGap, pdsTkGap, pdsUpahGap, pwbdGap, type EmployerFacts, type RuleContext } from '../../shared/gaps/gap-rules';
import type { PdsTkEvidence } from '../../shared/gaps/gap-types';
import { currentPeriod } from '../../shared/gaps/period';
import { formatMessage } from '../../shared/i18n/messages';
import { JKK_RATES, JP_WAGE_CAPS } from '../../shared/reference/defaults';
import { localDate, timeZoneOfProvince } from '../../shared/reference/time-zones';
import { computePuContribution } from '../../shared/rules/contribution';
import { jpWageCapAt } from '../../shared/rules/jp-wage-cap';
import { mandatoryPrograms } from '../../shared/rules/mandatory-programs';
import { workingAgeIssue } from '../../shared/rules/working-age';
import { scaleByCapital, scaleBySales, scaleMismatch, suggestScale } from '../../shared/rules/business-scale';
import { jkkReliefFor, relievedJkkRates } from '../../shared/rules/jkk-relief';
import { normaliseNik, validateNik } from '../../shared/validate/nik';
import { readIdentifier } from '../../shared/import/values';

const ctx = (over: Partial<RuleContext> = {}): RuleContext => ({
  period: '2026-03',
  asOf: '2026-03-15',
  jpWageCap: 11_086_300,
  jpCapMissing: false,
  pensionAge: 59,
  jkkRates: JKK_RATES,
  ...over,
});

const UMK_BPN_2026 = 3_856_694.43;

function facts(over: Partial<EmployerFacts> = {}): EmployerFacts {
  return {
    npp: '12345678',
    name: 'PT Contoh',
    regencyCode: '64.71',
    branchCode: 'BPN',
    scale: 'menengah',
    riskGroup: 1,
    programs: ['JKK', 'JKM', 'JHT', 'JP'],
    jkkRelief: false,
    ownHeadcount: { headcount: 0, date: '2026-01-10' },
    latestHeadcount: null,
    activeWorkers: 0,
    activePu: 0,
    wageSum: 0,
    jpBaseAll: 0,
    pension: { count: 0, jpBase: 0, belowFloorGap: 0 },
    belowFloor: { count: 0, wageGap: 0, membershipIds: [] },
    payroll: null,
    floor: { amount: UMK_BPN_2026, kind: 'UMK', year: 2026, confirmed: true },
    floorMissing: null,
    ...over,
  };
}

describe('issue 13: gap rules as a branch officer reads the law', () => {
  it('item 1: a micro or small employer paying under the UMK is information, not PDS Upah; under its own payroll still is', () => {
    // Two workers at Rp 3,000,000 in Balikpapan (UMK 2026 Rp 3,856,694.43): gap Rp 856,694.43 each.
    const below = { count: 2, wageGap: 1_713_388.86, membershipIds: [1, 2] };
    expect(pdsUpahGap(facts({ scale: 'menengah', activePu: 2, belowFloor: below }), ctx())).not.toBeNull();
    for (const scale of ['mikro', 'kecil'] as const) {
      const f = facts({ scale, activePu: 2, belowFloor: below, programs: ['JKK', 'JKM', 'JHT'] });
      expect(pdsUpahGap(f, ctx())).toBeNull();
      const note = minimumWageNote(f)!;
      expect(note.code).toBe('INFO_BELOW_MINIMUM_EXEMPT');
      expect(formatMessage(note.code, note.params)).toMatch(/PP 36\/2021 Ps\.36/);
    }
    // Payroll says Rp 3,500,000 for worker 1 (registered at Rp 3,000,000): the Rp 500,000 gap counts at any scale.
    const payroll = { period: '2026-03', count: 1, wageGap: 500_000, jpGap: 500_000, membershipIds: [1] };
    const small = pdsUpahGap(facts({ scale: 'kecil', activePu: 2, belowFloor: below, payroll, programs: ['JKK', 'JKM', 'JHT'] }), ctx())!;
    expect(small.evidence).toMatchObject({ belowMinimum: 0, belowPayroll: 1, wageShortfall: 500_000, minimumWage: null });
    // JKK I 0.24 + JKM 0.30 + JHT 5.7 = 6.24 % of 500,000 = 31,200.
    expect(small.estimatedMonthlyShortfall).toBe(31_200);
  });

  it('item 2: PDS TK compares the headcount with active PU memberships only; BPU and Jakon do not fill it', () => {
    // 10 known workers; 4 PU + 3 BPU + 3 Jakon memberships are active: 6 are missing, not 0.
    const gap = pdsTkGap(facts({ ownHeadcount: { headcount: 10, date: '2026-01-10' }, activeWorkers: 10, activePu: 4 }), ctx())!;
    expect(gap.evidence).toMatchObject({ knownHeadcount: 10, activeWorkers: 4, missing: 6 });
  });

  it('item 3: with no headcount on record at the end of the month there is no PDS TK finding and a note says why', () => {
    const f = facts({ ownHeadcount: null, activePu: 1 });
    expect(pdsTkGap(f, ctx())).toBeNull();
    // A figure known then is dated when it was recorded, not today.
    const dated = pdsTkGap(facts({ ownHeadcount: { headcount: 5, date: '2026-02-03' } }), ctx({ period: '2026-02', asOf: '2026-02-28' }))!;
    expect((dated.evidence as PdsTkEvidence).headcountDate).toBe('2026-02-03');
  });

  it('item 4: "today" and the current period follow the branch zone — WITA for Kaltim/Kaltara, WIB for Kalteng', () => {
    // 31 March 2026, 23:30 UTC = 1 April 07:30 WITA = 1 April 06:30 WIB.
    const night = new Date('2026-03-31T23:30:00Z');
    expect(timeZoneOfProvince('64.71')).toBe('Asia/Makassar');
    expect(timeZoneOfProvince('65')).toBe('Asia/Makassar');
    expect(timeZoneOfProvince('62.71')).toBe('Asia/Jakarta');
    expect(localDate(night, 'Asia/Makassar')).toBe('2026-04-01');
    expect(currentPeriod(night, 'Asia/Makassar')).toBe('2026-04');
    expect(currentPeriod(night)).toBe('2026-04'); // the regional office keeps WITA
    // 16:30 UTC on 31 March = 00:30 WITA on 1 April but still 23:30 WIB on 31 March.
    const late = new Date('2026-03-31T16:30:00Z');
    expect(currentPeriod(late, 'Asia/Makassar')).toBe('2026-04');
    expect(currentPeriod(late, 'Asia/Jakarta')).toBe('2026-03');
  });

  it('item 5: the JP cap history from July 2015; before it there is no JP, so nothing to cap, owe or miss', () => {
    expect(jpWageCapAt('2015-06', JP_WAGE_CAPS)).toBeNull();
    expect(jpWageCapAt('2015-07', JP_WAGE_CAPS)).toBe(7_000_000);
    expect(jpWageCapAt('2016-02', JP_WAGE_CAPS)).toBe(7_000_000); // Jan–Feb keep the old cap
    expect(jpWageCapAt('2016-03', JP_WAGE_CAPS)).toBe(7_335_300);
    expect(jpWageCapAt('2023-02', JP_WAGE_CAPS)).toBe(9_077_600); // used to crash the gap scan
    expect(jpWageCapAt('2023-03', JP_WAGE_CAPS)).toBe(9_559_600);
    expect(mandatoryPrograms('besar', '2015-06')).toEqual(['JKK', 'JKM', 'JHT']);
    expect(mandatoryPrograms('besar', '2015-07')).toEqual(['JKK', 'JKM', 'JHT', 'JP']);
    const june2015 = computePuContribution({ wage: 12_000_000, period: '2015-06', riskGroup: 1, programs: ['JHT', 'JP'], caps: JP_WAGE_CAPS });
    expect(june2015.lines.map((l) => l.program)).toEqual(['JHT']);
    // A large employer without JP in June 2015 is not missing anything.
    expect(pdsProgramGap(facts({ programs: ['JKK', 'JKM', 'JHT'], activePu: 3 }), ctx({ period: '2015-06', jpWageCap: 0 }))).toBeNull();
    // JP existed but the table lost its row: the estimate is empty and the finding names the gap.
    const lost = pdsProgramGap(facts({ programs: ['JKK', 'JKM', 'JHT'], activePu: 3, wageSum: 1, jpBaseAll: 1 }), ctx({ jpWageCap: 0, jpCapMissing: true }))!;
    expect(lost.estimatedMonthlyShortfall).toBeNull();
    expect(lost.explanation).toMatch(/Batas upah JP untuk periode Maret 2026 belum ada di data acuan/);
  });

  it('item 6: a year with no minimum-wage figure leaves estimates empty and says "UMK 2027 belum ada di data acuan"', () => {
    const noFloor = { floor: null, floorMissing: { kind: 'UMK' as const, year: 2027 } };
    const tk = pdsTkGap(facts({ ...noFloor, ownHeadcount: { headcount: 5, date: '2026-12-01' } }), ctx({ period: '2027-01' }))!;
    expect(tk.estimatedMonthlyShortfall).toBeNull();
    expect(tk.explanation).toMatch(/UMK 2027 belum ada di data acuan/);
    expect(tk.evidence.referenceGaps).toEqual([{ code: 'REF_MINIMUM_WAGE_MISSING', params: { kind: 'UMK', year: 2027 } }]);
    const pwbd = pwbdGap(
      { id: 1, name: 'CV Baru', nib: null, npwp: null, regencyCode: '64.71', regencyName: 'Balikpapan', branchCode: 'BPN', workers: 12, source: 'OSS', importedAt: '2027-01-05T00:00:00Z', nearMiss: null, floor: null, floorMissing: { kind: 'UMK', year: 2027 } },
      ctx({ period: '2027-01' }),
    );
    expect(pwbd.estimatedMonthlyShortfall).toBeNull();
    expect(pwbd.explanation).toMatch(/UMK 2027 belum ada di data acuan/);
    // Medium employer, wages not comparable with a minimum: said on its page.
    const note = minimumWageNote(facts({ ...noFloor, activePu: 3 }))!;
    expect(formatMessage(note.code, note.params)).toMatch(/UMK 2027 belum ada di data acuan/);
  });

  it('item 8: child workers — a warning under 18, naming the light-work rule under 15', () => {
    // Born 1 April 2010; period start 1 March 2026: 15 years old.
    expect(workingAgeIssue('2010-04-01', '2026-03-01')).toMatchObject({ code: 'AGE_CHILD', severity: 'warning', params: { age: 15 } });
    expect(workingAgeIssue('2008-03-01', '2026-03-01')).toBeNull(); // 18 today: an adult
    expect(workingAgeIssue('2008-03-02', '2026-03-01')).toMatchObject({ code: 'AGE_CHILD', params: { age: 17 } });
    const under15 = workingAgeIssue('2012-01-01', '2026-03-01')!;
    expect(under15).toMatchObject({ code: 'AGE_CHILD_UNDER_15', severity: 'warning', params: { age: 14 } });
    expect(formatMessage(under15.code, under15.params)).toMatch(/UU 13\/2003 Ps\.69/);
    expect(formatMessage('AGE_CHILD', { age: 16 }, 'en')).toMatch(/under 18/);
    expect(workingAgeIssue('1950-01-01', '2026-03-01')).toMatchObject({ code: 'AGE_OUT_OF_RANGE' });
  });

  it('item 10: one NIK normaliser for desk and import — hyphens, spaces and dots are separators', () => {
    expect(normaliseNik('6471-01-170885-0001')).toBe('6471011708850001');
    expect(validateNik('6471-01-170885-0001')).toEqual([]);
    expect(normaliseNik('64.71.01 170885 0001')).toBe('6471011708850001');
    expect(readIdentifier('6471-01-170885-0001')).toEqual({ ok: true, text: normaliseNik('6471-01-170885-0001') });
  });

  it('item 11: PDS TK cites the duty to register every worker and the sanctions, not the programs-by-scale table', () => {
    const gap = pdsTkGap(facts({ ownHeadcount: { headcount: 3, date: '2026-01-10' } }), ctx())!;
    expect(gap.basis).toMatch(/UU 24\/2011 Ps\.15 ayat \(1\)/);
    expect(gap.basis).toMatch(/PP 86\/2013/);
    expect(gap.basis).not.toMatch(/Perpres 109\/2013/);
  });

  it('item 13: the JKK relief row covers Feb 2025 – Jan 2026 and halves each risk group\'s rate', () => {
    const reliefs = [{ fromMonth: '2025-02', toMonth: '2026-01', discountPct: 50, source: 'PP 7/2025 jo. PP 36/2025' }];
    expect(jkkReliefFor('2025-01', reliefs)).toBeNull();
    expect(jkkReliefFor('2025-02', reliefs)).not.toBeNull();
    expect(jkkReliefFor('2026-01', reliefs)).not.toBeNull();
    expect(jkkReliefFor('2026-02', reliefs)).toBeNull();
    expect(relievedJkkRates(JKK_RATES, reliefs[0]!).map((r) => r.ratePct)).toEqual([0.12, 0.27, 0.445, 0.635, 0.87]);
  });

  it('item 14: capital and annual sales suggest the scale (PP 7/2021 Ps.35); a typed scale that disagrees is a warning', () => {
    // Capital ≤ Rp 1 M micro, ≤ 5 M small, ≤ 10 M medium, above large; sales ≤ 2 M, 15 M, 50 M.
    expect([1e9, 1e9 + 1, 5e9, 10e9, 10e9 + 1].map(scaleByCapital)).toEqual(['mikro', 'kecil', 'kecil', 'menengah', 'besar']);
    expect([2e9, 2e9 + 1, 15e9, 50e9, 50e9 + 1].map(scaleBySales)).toEqual(['mikro', 'kecil', 'kecil', 'menengah', 'besar']);
    expect(suggestScale({ capital: 800_000_000 })).toEqual({ scale: 'mikro', basis: 'capital' });
    // A running business is judged by its sales: small capital, Rp 20 M sales → medium.
    expect(suggestScale({ capital: 800_000_000, annualSales: 20e9 })).toEqual({ scale: 'menengah', basis: 'sales' });
    expect(suggestScale({})).toBeNull();
    const w = scaleMismatch('kecil', { annualSales: 20e9 })!;
    expect(w).toMatchObject({ code: 'SCALE_MISMATCH_SALES', severity: 'warning', field: 'scale', params: { typed: 'kecil', suggested: 'menengah' } });
    expect(formatMessage(w.code, w.params)).toMatch(/PP 7\/2021 Ps\.35/);
    expect(scaleMismatch('menengah', { annualSales: 20e9 })).toBeNull();
    expect(scaleMismatch('besar', {})).toBeNull();
  });
});
