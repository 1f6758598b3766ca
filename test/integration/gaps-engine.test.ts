import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EmployerGaps, GapPage } from '../../shared/gaps/gap-api-types';
import type { Gap, PdsProgramEvidence, PdsTkEvidence, PdsUpahEvidence, PwbdEvidence } from '../../shared/gaps/gap-types';
import { GAP_SCAN_SQL } from '../../electron/gaps/scan-employers';
import { sampleEmployer, sampleWorker, tempBackend } from '../support/temp-db';

type B = ReturnType<typeof tempBackend>;

async function call<T>(b: B, name: string, arg: unknown): Promise<T> {
  const r = await b.call(name, arg);
  if (!r.ok) throw new Error(`${name}: ${JSON.stringify(r.error)}`);
  return r.value as T;
}

// Balikpapan UMK 2026 (DOMAIN.md §6).
const UMK_BPN_2026 = 3_856_694.43;
let serial = 0;
/** A valid NIK issued in Balikpapan for a man born on the given date. */
function nik(birth: string): string {
  const [y, m, d] = birth.split('-');
  serial += 1;
  return `647101${d}${m}${y!.slice(2)}${String(serial).padStart(4, '0')}`;
}

async function employer(b: B, over: Record<string, unknown> = {}) {
  await call(b, 'employers-save', { employer: sampleEmployer({ reportedHeadcount: 0, ...over }), mode: 'create' });
}

async function enrol(b: B, npp: string, wage: number, birthDate = '1990-05-10', startDate = '2025-01-01') {
  const n = nik(birthDate);
  await call(b, 'workers-enrol', {
    npp,
    worker: sampleWorker({ nik: n, name: `Pekerja ${n.slice(-4)}`, birthDate, gender: 'L' }),
    segment: 'PU',
    wage,
    startDate,
  });
  return n;
}

const gapsOf = async (b: B, arg: Record<string, unknown> = {}) => (await call<GapPage>(b, 'gaps-list', { limit: 1000, ...arg })).items;
const find = (gaps: Gap[], code: string, npp: string | null = '12345678') => gaps.find((g) => g.code === code && g.npp === npp);

describe('gap engine', () => {
  let b: B;
  beforeEach(() => {
    b = tempBackend();
  });
  afterEach(() => b.remove());

  it('PDS Upah: a whole-rupiah wage at the UMK (rounded up) is not a gap, one rupiah below is, with the shortfall from the dated rates', async () => {
    await employer(b);
    await enrol(b, '12345678', Math.ceil(UMK_BPN_2026));
    expect(find(await gapsOf(b), 'PDS_UPAH')).toBeUndefined();
    await enrol(b, '12345678', Math.ceil(UMK_BPN_2026) - 1);
    const gap = find(await gapsOf(b), 'PDS_UPAH')!;
    const ev = gap.evidence as PdsUpahEvidence;
    expect(ev).toMatchObject({ belowMinimum: 1, minimumWage: { amount: UMK_BPN_2026, kind: 'UMK', year: 2026 } });
    expect(ev.wageShortfall).toBeCloseTo(UMK_BPN_2026 - (Math.ceil(UMK_BPN_2026) - 1), 6);
    // Under Rp 1 × (JKK III 0.89 + JKM 0.30 + JHT 5.7 + JP 3) % rounds to 0.
    expect(gap.estimatedMonthlyShortfall).toBe(0);
    expect(gap.basis).toMatch(/UU 24\/2011 Ps\.15/);
    expect(gap.explanation).toMatch(/di bawah/);
    // The list masks the NIK; the employer view shows it in full.
    expect(ev.workers[0]!.nik).toMatch(/^\d{6}\*{6}\d{4}$/);
    const detail = await call<EmployerGaps>(b, 'gaps-employer', { npp: '12345678' });
    const full = detail.gaps.find((g) => g.code === 'PDS_UPAH')!.evidence as PdsUpahEvidence;
    expect(full.workers[0]!.nik).toMatch(/^\d{16}$/);
  });

  it('PDS Upah shortfall: (UMK − wage) × enrolled rates; a worker at pension age pays no JP', async () => {
    await employer(b, { riskGroup: 1 });
    await enrol(b, '12345678', 3_000_000); // gap 856,694.43
    const gap = find(await gapsOf(b), 'PDS_UPAH')!;
    // JKK I 0.24 + JKM 0.30 + JHT 5.7 + JP 3.0 = 9.24 % of 856,694 = 79,158.5 → 79,159.
    expect(gap.estimatedMonthlyShortfall).toBe(79_159);

    const other = tempBackend();
    try {
      await employer(other, { riskGroup: 1 });
      // Pension age in 2026 is 59 (PP 45/2015 Ps.15): born March 1967 reaches it in March 2026.
      await enrol(other, '12345678', 3_000_000, '1967-03-01', '2020-01-01');
      const old = find(await gapsOf(other), 'PDS_UPAH')!;
      // Without JP: 6.24 % of 856,694 = 53,457.7 → 53,458.
      expect(old.estimatedMonthlyShortfall).toBe(53_458);
    } finally {
      other.remove();
    }
  });

  it('PDS Upah against payroll, with the JP cap switching between February and March 2026', async () => {
    await employer(b, { riskGroup: 1, programs: ['JKK', 'JKM', 'JHT', 'JP'] });
    const n = await enrol(b, '12345678', 8_000_000);
    for (const period of ['2026-02', '2026-03']) {
      const r = await call<{ imported: number }>(b, 'payroll-import', { npp: '12345678', period, rows: [{ nik: n, name: 'X', wage: 12_000_000 }] });
      expect(r.imported).toBe(1);
    }
    const feb = find(await gapsOf(b, { period: '2026-02' }), 'PDS_UPAH')!;
    const mar = find(await gapsOf(b, { period: '2026-03' }), 'PDS_UPAH')!;
    expect((feb.evidence as PdsUpahEvidence).belowPayroll).toBe(1);
    // Non-JP: 6.24 % of 4,000,000 = 249,600. JP 3 %: Feb (10,547,400 − 8,000,000) → 76,422; Mar (11,086,300 − 8,000,000) → 92,589.
    expect(feb.estimatedMonthlyShortfall).toBe(249_600 + 76_422);
    expect(mar.estimatedMonthlyShortfall).toBe(249_600 + 92_589);
    expect((mar.evidence as PdsUpahEvidence).workers[0]).toMatchObject({ wage: 8_000_000, payrollWage: 12_000_000, wageShortfall: 4_000_000 });
  });

  it('PDS TK: the latest payroll headcount beats the reported one; evidence carries both numbers', async () => {
    await employer(b, { reportedHeadcount: 3 });
    const a = await enrol(b, '12345678', 5_000_000);
    await enrol(b, '12345678', 5_000_000);
    let tk = find(await gapsOf(b), 'PDS_TK')!;
    expect(tk.evidence).toMatchObject({ knownHeadcount: 3, activeWorkers: 2, missing: 1, headcountSource: 'LAPORAN_PERUSAHAAN' });
    // One missing worker at the UMK, mandatory programs of a medium firm, risk group III, each program rounded:
    // JKK 0.89 % 34,325 + JKM 0.30 % 11,570 + JHT 5.7 % 219,832 + JP 3 % 115,701.
    expect(tk.estimatedMonthlyShortfall).toBe(381_428);
    await call(b, 'payroll-import', {
      npp: '12345678',
      period: '2026-03',
      rows: [a, nik('1991-01-01'), nik('1992-01-01'), nik('1993-01-01'), nik('1994-01-01')].map((x) => ({ nik: x, wage: 5_000_000 })),
    });
    tk = find(await gapsOf(b), 'PDS_TK')!;
    expect(tk.evidence as PdsTkEvidence).toMatchObject({ knownHeadcount: 5, headcountSource: 'PAYROLL', missing: 3, headcountDate: '2026-03-01' });
  });

  it('PDS Program: micro needs JKK+JKM, small adds JHT, medium adds JP; pension-age workers are not counted for JP', async () => {
    await employer(b, { npp: '11111111', scale: 'mikro', programs: ['JKK', 'JKM'] });
    await employer(b, { npp: '22222222', scale: 'kecil', programs: ['JKK', 'JKM'], npwp: null, nib: null });
    await employer(b, { npp: '33333333', scale: 'menengah', programs: ['JKK', 'JKM', 'JHT'], npwp: null, nib: null, riskGroup: 1 });
    await employer(b, { npp: '44444444', scale: 'menengah', programs: ['JKK', 'JKM', 'JHT'], npwp: null, nib: null });
    for (const npp of ['11111111', '22222222']) await enrol(b, npp, 5_000_000);
    await enrol(b, '33333333', 12_000_000);
    await enrol(b, '33333333', 4_000_000, '1967-01-01', '2010-01-01'); // at pension age 59 in 2026
    await enrol(b, '44444444', 5_000_000, '1960-01-01', '2010-01-01'); // only a pensioner: JP not expected
    const gaps = await gapsOf(b);
    expect(find(gaps, 'PDS_PROGRAM', '11111111')).toBeUndefined();
    expect((find(gaps, 'PDS_PROGRAM', '22222222')!.evidence as PdsProgramEvidence).missing).toEqual(['JHT']);
    const medium = find(gaps, 'PDS_PROGRAM', '33333333')!;
    expect(medium.evidence).toMatchObject({ missing: ['JP'], atPensionAge: 1, pensionAge: 59, jpBase: 11_086_300 });
    expect(medium.estimatedMonthlyShortfall).toBe(332_589); // 3 % of the March 2026 cap
    expect(medium.severity).toBe('sedang');
    expect(find(gaps, 'PDS_PROGRAM', '44444444')).toBeUndefined();
    const feb = find(await gapsOf(b, { period: '2026-02' }), 'PDS_PROGRAM', '33333333')!;
    expect(feb.estimatedMonthlyShortfall).toBe(316_422); // 3 % of the 2025 cap, still in force in February
  });

  it('filters by branch (code or name), kind and scale, sorts by shortfall, pages', async () => {
    await employer(b, { npp: '11111111', reportedHeadcount: 10 });
    await employer(b, { npp: '22222222', reportedHeadcount: 50, regencyCode: '64.72', npwp: null, nib: null });
    const all = await call<GapPage>(b, 'gaps-list', { kind: 'PDS_TK' });
    expect(all.items.map((g) => g.npp)).toEqual(['22222222', '11111111']);
    expect(all.totals.PDS_TK.count).toBe(2);
    expect((await gapsOf(b, { branch: 'samarinda' })).map((g) => g.npp)).toEqual(['22222222']);
    expect((await gapsOf(b, { branch: 'BPN' })).map((g) => g.npp)).toEqual(['11111111']);
    expect(await gapsOf(b, { scale: 'mikro' })).toEqual([]);
    const page = await call<GapPage>(b, 'gaps-list', { kind: 'PDS_TK', offset: 1, limit: 1 });
    expect(page).toMatchObject({ total: 2, offset: 1, limit: 1 });
    expect(page.items[0]!.npp).toBe('11111111');
  });

  it('counts companies, not findings, for "Semua jenis" (issue 11 §4)', async () => {
    // No programs and an honest-looking headcount: PDS TK and PDS Program for the same employer.
    await employer(b, { npp: '11111111', reportedHeadcount: 10, programs: [] });
    const all = await call<GapPage>(b, 'gaps-list', {});
    const findings = Object.values(all.totals).reduce((s, t) => s + t.count, 0);
    expect(new Set(all.items.map((g) => g.npp)).size).toBe(1);
    expect(findings).toBeGreaterThan(1);
    expect(all.employers).toBe(1);
  });

  it('follow-ups persist in order and show as the gap status', async () => {
    await employer(b, { reportedHeadcount: 5 });
    const key = 'PDS_TK:12345678';
    await call(b, 'gaps-followup-add', { gapKey: key, status: 'dihubungi', note: 'Telepon HRD', author: 'Rina' });
    await call(b, 'gaps-followup-add', { gapKey: key, status: 'teguran_1', note: 'Surat teguran 1', author: 'Budi', notedOn: '2026-03-20' });
    const list = await call<{ status: string; author: string; note: string; notedOn: string }[]>(b, 'gaps-followups', { gapKey: key });
    expect(list.map((f) => [f.status, f.author, f.note, f.notedOn])).toEqual([
      ['dihubungi', 'Rina', 'Telepon HRD', '2026-03-15'],
      ['teguran_1', 'Budi', 'Surat teguran 1', '2026-03-20'],
    ]);
    expect(find(await gapsOf(b), 'PDS_TK')!.followUp).toEqual({ status: 'teguran_1', notedOn: '2026-03-20', author: 'Budi' });
    const bad = await b.call('gaps-followup-add', { gapKey: 'PDS_TK:99999999', status: 'baru', author: 'x' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'GAP_KEY_UNKNOWN' } });
  });

  it('PWBD: matched by NIB, NPWP-15 = NPWP-16 and fuzzy name in the regency; the rest are candidates with a near-miss', async () => {
    await employer(b, { name: 'PT Mahakam Sejahtera Abadi', npwp: '01.234.567.8-721.000', nib: '1234567890123' });
    await employer(b, { npp: '22222222', name: 'CV Borneo Karya Teknik', npwp: null, nib: null });
    const rows = [
      { name: 'Mahakam Lain', nib: '1234567890123', regency: 'Kota Balikpapan', workers: 45 }, // NIB
      { name: 'Apa Saja', npwp: '0012345678721000', regency: '64.71' }, // NPWP-16 of the NPWP-15
      { name: 'PT. MAHAKAM SEJAHTERA ABADI', regency: 'Balikpapan' }, // PT. vs PT
      { name: 'Borneo Karya Teknik, CV', regency: '6471' }, // word order
      { name: 'CV Borneo Karya Tehnik', regency: 'Balikpapan' }, // one-letter typo
      { name: 'CV Borneo Karya Teknik', regency: 'Kota Samarinda', workers: 12 }, // other regency: no match
      { name: 'UD Sinar Harapan', regency: 'Balikpapan', workers: 3 }, // nothing like it
      { name: 'Tanpa Wilayah', regency: 'Atlantis' },
    ];
    const r = await call<{ imported: number; matched: Record<string, number>; pwbd: number; skipped: unknown[]; headcountsRecorded: number }>(
      b,
      'prospects-import',
      { source: 'WLKP', fileName: 'wlkp.xlsx', rows },
    );
    expect(r).toMatchObject({ imported: 7, matched: { NIB: 1, NPWP: 1, NAMA: 3 }, pwbd: 2, headcountsRecorded: 1 });
    expect(r.skipped).toEqual([{ row: 8, code: 'REGION_UNKNOWN', detail: 'Atlantis' }]);
    const pwbd = (await gapsOf(b, { kind: 'PWBD' })).sort((x, y) => x.name.localeCompare(y.name));
    expect(pwbd.map((g) => [g.name, g.npp, g.regencyCode])).toEqual([
      ['CV Borneo Karya Teknik', null, '64.72'],
      ['UD Sinar Harapan', null, '64.71'],
    ]);
    expect((pwbd[0]!.evidence as PwbdEvidence).nearMiss).toBeNull(); // nothing registered in Samarinda
    expect(pwbd[0]!.severity).toBe('tinggi');
    // The latest WLKP figure (45) is now the known headcount of the NIB match.
    expect(find(await gapsOf(b), 'PDS_TK')!.evidence).toMatchObject({ knownHeadcount: 45, headcountSource: 'WLKP' });
    // Staff link the Samarinda one: it is no longer PWBD.
    const id = (pwbd[0]!.evidence as PwbdEvidence).prospectId;
    await call(b, 'prospects-link', { prospectId: id, npp: '22222222', author: 'Rina' });
    expect((await gapsOf(b, { kind: 'PWBD' })).map((g) => g.name)).toEqual(['UD Sinar Harapan']);
  });

  it('coverage: distinct active participants against the workforce table, by regency, branch and province', async () => {
    await employer(b, { npp: '11111111' });
    await employer(b, { npp: '22222222', regencyCode: '64.09', npwp: null, nib: null });
    for (let i = 0; i < 3; i++) await enrol(b, '11111111', 5_000_000);
    await enrol(b, '22222222', 5_000_000);
    await call(b, 'workforce-save', { areaCode: '64.71', year: 2025, employed: 1000, source: 'Uji', confirmed: true });
    await call(b, 'workforce-save', { areaCode: '64.09', year: 2025, employed: 400, source: 'Uji' });
    await call(b, 'workforce-save', { areaCode: '64.01', year: 2025, employed: 600, source: 'Uji' });
    const c = await call<{ regencies: { areaCode: string }[]; branches: { areaCode: string }[]; provinces: { areaCode: string }[] }>(
      b,
      'coverage-get',
      {},
    );
    expect(c.regencies.find((r) => r.areaCode === '64.71')).toMatchObject({ participants: 3, workforce: 1000, workforceYear: 2025, percent: 0.3, confirmed: true });
    // Balikpapan branch serves 64.71, 64.09 and 64.01: 4 of 2,000.
    expect(c.branches.find((r) => r.areaCode === 'BPN')).toMatchObject({ participants: 4, workforce: 2000, percent: 0.2, confirmed: false });
    expect(c.provinces.find((r) => r.areaCode === '64')).toMatchObject({ participants: 4, workforce: 1_976_447, source: 'BPS Sakernas Agustus 2024' });
    const bad = await b.call('workforce-save', { areaCode: '99.99', year: 2025, employed: 1, source: 'x' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'WORKFORCE_AREA_UNKNOWN' } });
  });

  it('the hot scan queries use the gap indexes', () => {
    const plan = (sql: string) =>
      (b.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all({ start: '2026-03-01', end: '2026-03-31', period: '2026-03', cap: 1, cutoff: '1967-03-31', floors: '{}', npps: '[]' }) as {
        detail: string;
      }[])
        .map((r) => r.detail)
        .join(' | ');
    expect(plan(GAP_SCAN_SQL.ACTIVE_SQL)).toMatch(/SCAN m USING COVERING INDEX memberships_gap_scan/);
    expect(plan(GAP_SCAN_SQL.ACTIVE_SQL)).not.toMatch(/TEMP B-TREE/);
    expect(plan(GAP_SCAN_SQL.BELOW_FLOOR_SQL)).toMatch(/SEARCH m USING COVERING INDEX memberships_gap_scan \(npp=\? AND segment=\? AND wage<\?\)/);
    // Pension age: one short range of workers_birth_date, never a lookup per worker.
    expect(plan(GAP_SCAN_SQL.WAGES_SQL)).toMatch(/SEARCH workers USING COVERING INDEX workers_birth_date \(birth_date<\?\)/);
    expect(plan(GAP_SCAN_SQL.WAGES_SQL)).not.toMatch(/SEARCH w USING INTEGER PRIMARY KEY/);
    // Each payroll line is found by its key, never by scanning the table.
    expect(plan(GAP_SCAN_SQL.PAYROLL_SQL)).toMatch(/SEARCH p USING INDEX payroll_lines_key \(npp=\? AND period=\? AND nik=\?\)/);
    expect(plan(GAP_SCAN_SQL.PAYROLL_SQL)).not.toMatch(/SCAN p\b/);
  });
});
