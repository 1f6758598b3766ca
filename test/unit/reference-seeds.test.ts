import { describe, expect, it } from 'vitest';
import {
  BRANCHES,
  BRANCH_REGENCIES,
  JKK_RATES,
  JP_WAGE_CAPS,
  MINIMUM_WAGES,
  PROGRAM_RATES,
  PROVINCES,
  REGIONS,
  WORKFORCE,
} from '../../shared/reference/defaults';
import { currentRegionCode, findProvince, findRegion, normaliseRegionCode } from '../../shared/reference/regions';
import { PROGRAM_CODES } from '../../shared/domain/reference';

const current = REGIONS.filter((r) => !r.legacy);

describe('reference seeds', () => {
  it('has the 38 provinces with unique codes', () => {
    expect(PROVINCES).toHaveLength(38);
    expect(new Set(PROVINCES.map((p) => p.code)).size).toBe(38);
    expect(findProvince('96')?.name).toBe('Papua Barat Daya');
  });

  it('has the 29 current Kalimantan regencies and 5 legacy codes with live successors', () => {
    expect(current.filter((r) => r.provinceCode === '64')).toHaveLength(10);
    expect(current.filter((r) => r.provinceCode === '65')).toHaveLength(5);
    expect(current.filter((r) => r.provinceCode === '62')).toHaveLength(14);
    const legacy = REGIONS.filter((r) => r.legacy);
    expect(legacy.map((r) => r.code).sort()).toEqual(['64.04', '64.05', '64.06', '64.10', '64.73']);
    for (const r of legacy) expect(findRegion(r.successorCode ?? '')?.legacy).toBeUndefined();
    for (const r of REGIONS) {
      expect(r.code.startsWith(`${r.provinceCode}.`)).toBe(true);
      expect(['kabupaten', 'kota']).toContain(r.kind);
    }
  });

  it('gives every current regency a UMK or its province a UMP, for 2025 and 2026', () => {
    for (const year of [2025, 2026]) {
      for (const p of ['62', '64', '65']) {
        expect(MINIMUM_WAGES.filter((w) => w.kind === 'UMP' && w.provinceCode === p && w.year === year)).toHaveLength(1);
      }
      for (const r of current) {
        const n = MINIMUM_WAGES.filter((w) => w.kind === 'UMK' && w.regencyCode === r.code && w.year === year).length;
        expect(n).toBe(r.code === '64.11' && year === 2026 ? 0 : 1);
      }
    }
    for (const w of MINIMUM_WAGES) {
      if (w.regencyCode !== null) expect(findRegion(w.regencyCode)?.provinceCode).toBe(w.provinceCode);
      expect(w.source).not.toBe('');
    }
    expect(MINIMUM_WAGES.find((w) => w.provinceCode === '65' && w.kind === 'UMP' && w.year === 2026)?.confirmed).toBe(false);
  });

  it('assigns every current regency to exactly one existing branch (unconfirmed)', () => {
    const branchCodes = new Set(BRANCHES.map((b) => b.code));
    expect(branchCodes.size).toBe(8);
    expect(BRANCH_REGENCIES.map((b) => b.regencyCode).sort()).toEqual(current.map((r) => r.code).sort());
    for (const b of BRANCH_REGENCIES) {
      expect(branchCodes.has(b.branchCode)).toBe(true);
      expect(b.confirmed).toBe(false);
    }
  });

  it('splits each province workforce exactly, marking the regency estimates unconfirmed', () => {
    for (const p of ['62', '64', '65']) {
      const province = WORKFORCE.find((w) => w.areaCode === p);
      const regencies = WORKFORCE.filter((w) => w.areaCode.startsWith(`${p}.`));
      expect(regencies).toHaveLength(current.filter((r) => r.provinceCode === p).length);
      expect(regencies.reduce((s, w) => s + w.employed, 0)).toBe(province?.employed);
      for (const w of regencies) {
        expect(w.confirmed).toBe(false);
        expect(w.source).toMatch(/^Perkiraan demo/);
      }
    }
    expect(WORKFORCE.find((w) => w.areaCode === '64')).toMatchObject({ employed: 1_976_447, confirmed: true });
  });

  it('has rates for every program and risk group, and caps in March (the first from JP\'s start, July 2015)', () => {
    expect(PROGRAM_RATES.map((r) => r.program)).toEqual([...PROGRAM_CODES]);
    expect(JKK_RATES.map((r) => r.ratePct)).toEqual([0.24, 0.54, 0.89, 1.27, 1.74]);
    const [first, ...rest] = JP_WAGE_CAPS;
    expect(first).toMatchObject({ effectiveMonth: '2015-07', amount: 7_000_000 });
    for (const c of rest) expect(c.effectiveMonth).toMatch(/^\d{4}-03$/);
    expect(rest.map((c) => c.effectiveMonth.slice(0, 4))).toEqual(['2016', '2017', '2018', '2019', '2020', '2021', '2022', '2023', '2024', '2025', '2026']);
  });
});

describe('region codes', () => {
  it('normalises dotted and undotted forms', () => {
    expect(normaliseRegionCode('6471')).toBe('64.71');
    expect(normaliseRegionCode('64.71')).toBe('64.71');
    expect(normaliseRegionCode('647101')).toBe('64.71.01');
    expect(normaliseRegionCode('64')).toBe('64');
    expect(normaliseRegionCode('647')).toBeNull();
    expect(normaliseRegionCode('64a1')).toBeNull();
  });

  it('finds regions and resolves legacy codes', () => {
    expect(findRegion('6471')?.name).toBe('Kota Balikpapan');
    expect(findRegion('64.71.01')?.code).toBe('64.71');
    expect(findRegion('64')).toBeUndefined();
    expect(currentRegionCode('6473')).toBe('65.71');
    expect(currentRegionCode('64.71')).toBe('64.71');
  });
});
