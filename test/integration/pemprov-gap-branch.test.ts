import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GapPage } from '../../shared/gaps/gap-api-types';
import type { BranchSummary } from '../../shared/summary/summary-types';
import { runFundedImport } from '../../electron/segments/funded-import';
import { FIXED_NOW, tempBackend } from '../support/temp-db';
import { cli, workbookBytes } from '../support/import-fixtures';

type B = ReturnType<typeof tempBackend>;
async function call<T>(b: B, name: string, arg: unknown): Promise<T> {
  const r = await b.call(name, arg);
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value as T;
}

// Four people of Penajam Paser Utara (64.09) on a Pemprov Kaltim list with room for three.
const PEOPLE = [
  ['6409010304800001', 'Ahmad Nelayan'],
  ['6409015207750002', 'Bunga Petani'],
  ['6409012101900003', 'Candra Ojek'],
  ['6409010505850004', 'Dedi Buruh'],
];

describe('a Pemprov programme over its quota is on the gap list of every branch of its province', () => {
  let b: B;
  let programme: number;
  beforeAll(async () => {
    b = tempBackend();
    programme = (await call<{ id: number }>(b, 'programmes-save', { funderCode: '64', year: 2026, name: 'Rentan Kaltim 2026', monthFrom: '2026-01', monthTo: '2026-12', quota: 3 })).id;
    const list = workbookBytes({ Daftar: [['NIK', 'Nama'], ...PEOPLE] });
    const r = await runFundedImport(b.db, { programmeId: programme, fileName: 'kaltim.xlsx', bytes: list, dryRun: false, user: 'tester', today: FIXED_NOW() });
    expect(r.accepted).toBe(4);
  });
  afterAll(() => b.remove());

  const overQuota = async (branch: string) =>
    (await call<GapPage>(b, 'gaps-list', { period: '2026-03', branch, kind: 'PROGRAM_LEBIH_KUOTA' })).items.map((g) => g.key);

  it('Balikpapan, Samarinda, Bontang and Berau (Kaltim) see it; Tarakan (Kaltara) and Palangkaraya (Kalteng) do not', async () => {
    const key = `PROGRAM_LEBIH_KUOTA:F${programme}`;
    // The finding belongs to no branch: a Pemprov's area is the whole province.
    const all = (await call<GapPage>(b, 'gaps-list', { period: '2026-03', kind: 'PROGRAM_LEBIH_KUOTA' })).items;
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({ key, branchCode: null, regencyCode: '64' });
    for (const branch of ['BPN', 'Samarinda', 'BTG', 'BRU']) expect(await overQuota(branch)).toEqual([key]);
    for (const branch of ['TRK', 'PKY']) expect(await overQuota(branch)).toEqual([]);
    // The totals count what the branch sees.
    expect((await call<GapPage>(b, 'gaps-list', { period: '2026-03', branch: 'SMD' })).totals.PROGRAM_LEBIH_KUOTA).toEqual({ count: 1, shortfall: 16_800 });
  });

  it('the CLI gap list of a branch and the branch summary count it too, named after the province', async () => {
    const r = await cli('gaps', '--db', path.join(b.dir, 'sigap.db'), '--branch', 'Samarinda', '--period', '2026-03', '--json');
    expect(r.code).toBe(0);
    expect((r.json() as { code: string }[]).map((g) => g.code)).toContain('PROGRAM_LEBIH_KUOTA');
    const summary = await call<BranchSummary>(b, 'summary-get', { branch: 'BPN', period: '2026-03' });
    expect(summary.gaps.byKind.PROGRAM_LEBIH_KUOTA).toEqual({ count: 1, shortfall: 16_800 });
    expect(summary.gaps.byRegency.find((r) => r.regencyCode === '64')).toMatchObject({ name: 'Kalimantan Timur', total: { count: 1 } });
    const tarakan = await call<BranchSummary>(b, 'summary-get', { branch: 'TRK', period: '2026-03' });
    expect(tarakan.gaps.byKind.PROGRAM_LEBIH_KUOTA.count).toBe(0);
  });
});
