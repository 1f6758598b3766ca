import { describe, expect, it } from 'vitest';
import { pdsProgramGap, pdsTkGap, pdsUpahGap, type EmployerFacts, type RuleContext } from '../../shared/gaps/gap-rules';
import { contributionOnBases } from '../../shared/gaps/shortfall';
import { formatMessage } from '../../shared/i18n/messages';
import { JKK_RATES, JP_WAGE_CAPS, PROGRAM_RATES } from '../../shared/reference/defaults';
import { computePuContribution } from '../../shared/rules/contribution';

// Issue 15 item 10: a rate the reference data lacks is a named gap everywhere, never a silent zero.
const WITHOUT_GROUP_5 = JKK_RATES.filter((r) => r.riskGroup !== 5);
const WITHOUT_JHT = PROGRAM_RATES.filter((r) => r.program !== 'JHT');
const BASES = { wage: 1_000_000, jp: 500_000 };

const ctx = (over: Partial<RuleContext> = {}): RuleContext => ({
  period: '2026-03',
  asOf: '2026-03-15',
  jpWageCap: 11_086_300,
  jpCapMissing: false,
  pensionAge: 59,
  jkkRates: JKK_RATES,
  ...over,
});

const facts = (over: Partial<EmployerFacts> = {}): EmployerFacts => ({
  npp: '12345678',
  name: 'PT Contoh',
  regencyCode: '64.71',
  branchCode: 'BPN',
  scale: 'menengah',
  riskGroup: 5,
  programs: ['JKK', 'JKM', 'JHT', 'JP'],
  jkkRelief: false,
  ownHeadcount: { headcount: 10, date: '2026-01-10' },
  latestHeadcount: null,
  activeWorkers: 2,
  activePu: 2,
  wageSum: 6_000_000,
  jpBaseAll: 6_000_000,
  pension: { count: 0, jpBase: 0, belowFloorGap: 0 },
  belowFloor: { count: 2, wageGap: 1_713_388.86, membershipIds: [1, 2] },
  payroll: null,
  floor: { amount: 3_856_694.43, kind: 'UMK', year: 2026, confirmed: true },
  floorMissing: null,
  ...over,
});

describe('a rate missing from the reference data', () => {
  it('makes a shortfall unknown and names it, for JKK and for any other program', () => {
    expect(contributionOnBases(['JKK', 'JKM'], 5, BASES, { jkkRates: JKK_RATES }).total).toBe(20_400);
    expect(contributionOnBases(['JKK', 'JKM'], 5, BASES, { jkkRates: WITHOUT_GROUP_5 })).toMatchObject({
      total: null,
      referenceGaps: [{ code: 'REF_JKK_RATE_MISSING', params: { riskGroup: 5 } }],
    });
    expect(contributionOnBases(['JKM', 'JHT'], 5, BASES, { jkkRates: JKK_RATES, rates: WITHOUT_JHT })).toMatchObject({
      total: null,
      referenceGaps: [{ code: 'REF_PROGRAM_RATE_MISSING', params: { program: 'JHT' } }],
    });
  });

  it('is the same named gap in the desk breakdown, as its error', () => {
    const input = { wage: 4_000_000, period: '2026-03', riskGroup: 5 as const, programs: ['JKK', 'JKM'] as const, caps: JP_WAGE_CAPS };
    expect(() => computePuContribution({ ...input, jkkRates: WITHOUT_GROUP_5 })).toThrow(formatMessage('REF_JKK_RATE_MISSING', { riskGroup: 5 }));
    expect(() => computePuContribution({ ...input, programs: ['JHT'], rates: WITHOUT_JHT })).toThrow(
      formatMessage('REF_PROGRAM_RATE_MISSING', { program: 'JHT' }),
    );
  });

  it('leaves every gap finding estimate-free with the gap named in its evidence and explanation', () => {
    const note = formatMessage('REF_JKK_RATE_MISSING', { riskGroup: 5 });
    const findings = [
      pdsUpahGap(facts(), ctx({ jkkRates: WITHOUT_GROUP_5 }))!,
      pdsTkGap(facts(), ctx({ jkkRates: WITHOUT_GROUP_5 }))!,
      pdsProgramGap(facts({ programs: ['JKM', 'JHT'] }), ctx({ jkkRates: WITHOUT_GROUP_5 }))!,
    ];
    for (const g of findings) {
      expect(g.estimatedMonthlyShortfall, g.code).toBeNull();
      expect(g.evidence.referenceGaps, g.code).toContainEqual({ code: 'REF_JKK_RATE_MISSING', params: { riskGroup: 5 } });
      expect(g.explanation, g.code).toContain(note);
    }
    // With the rate on file the same findings carry a figure.
    expect(pdsUpahGap(facts(), ctx())!.estimatedMonthlyShortfall).toBeGreaterThan(0);
  });
});
