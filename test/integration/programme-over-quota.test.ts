import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GapPage } from '../../shared/gaps/gap-api-types';
import { runFundedImport, undoFundedImport } from '../../electron/segments/funded-import';
import { FIXED_NOW, tempBackend } from '../support/temp-db';
import { workbookBytes } from '../support/import-fixtures';

type B = ReturnType<typeof tempBackend>;
async function call<T>(b: B, name: string, arg: unknown): Promise<T> {
  const r = await b.call(name, arg);
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value as T;
}

// Four people of Penajam Paser Utara (64.09) on a list whose programme has room for three.
const PEOPLE = [
  ['6409010304800001', 'Ahmad Nelayan'],
  ['6409015207750002', 'Bunga Petani'],
  ['6409012101900003', 'Candra Ojek'],
  ['6409010505850004', 'Dedi Buruh'],
];

describe('a funded programme over its quota is a finding in the gap workspace', () => {
  let b: B;
  let programme: number;
  let importId: number;
  beforeAll(async () => {
    b = tempBackend();
    programme = (await call<{ id: number }>(b, 'programmes-save', { funderCode: '64.09', year: 2026, name: 'BPU Rentan 2026', monthFrom: '2026-01', monthTo: '2026-06', quota: 3 })).id;
    // Another programme well within its quota: never a finding.
    await call(b, 'programmes-save', { funderCode: '64', year: 2026, name: 'Rentan Kaltim', monthFrom: '2026-01', monthTo: '2026-12', quota: 100 });
    const list = workbookBytes({ Daftar: [['NIK', 'Nama'], ...PEOPLE] });
    const r = await runFundedImport(b.db, { programmeId: programme, fileName: 'ppu.xlsx', bytes: list, dryRun: false, user: 'tester', today: FIXED_NOW() });
    expect(r.accepted).toBe(4);
    importId = r.importId!;
  });
  afterAll(() => b.remove());

  it('PROGRAM_LEBIH_KUOTA names the programme, its members, its quota and the unbudgeted monthly sum', async () => {
    const page = await call<GapPage>(b, 'gaps-list', { period: '2026-03', kind: 'PROGRAM_LEBIH_KUOTA' });
    expect(page.items).toHaveLength(1);
    expect(page.items[0]).toMatchObject({
      key: `PROGRAM_LEBIH_KUOTA:F${programme}`,
      code: 'PROGRAM_LEBIH_KUOTA',
      npp: null,
      name: 'Pemkab Penajam Paser Utara — BPU Rentan 2026',
      regencyCode: '64.09',
      severity: 'tinggi',
      estimatedMonthlyShortfall: 16_800,
      evidence: { programmeId: programme, members: 4, quota: 3, over: 1, monthlyContribution: 16_800, monthFrom: '2026-01', monthTo: '2026-06' },
    });
    expect(page.items[0]!.explanation).toBe('Pemkab Penajam Paser Utara — BPU Rentan 2026: 4 peserta untuk kuota 3 (1 di atas kuota, Rp 16.800 per bulan di luar anggaran).');
    expect(page.items[0]!.basis).toContain('Inpres 2/2021');
    expect(page.totals.PROGRAM_LEBIH_KUOTA).toEqual({ count: 1, shortfall: 16_800 });
    // The branch's list shows it too (the Pemkab's regency lies in a branch).
    const all = await call<GapPage>(b, 'gaps-list', { period: '2026-03' });
    expect(all.items.map((g) => g.code)).toContain('PROGRAM_LEBIH_KUOTA');
  });

  it('only in the months the programme covers, and gone once the list is back within the quota', async () => {
    expect((await call<GapPage>(b, 'gaps-list', { period: '2026-07', kind: 'PROGRAM_LEBIH_KUOTA' })).items).toHaveLength(0);
    undoFundedImport(b.db, importId, 'tester');
    expect((await call<GapPage>(b, 'gaps-list', { period: '2026-03', kind: 'PROGRAM_LEBIH_KUOTA' })).items).toHaveLength(0);
  });
});
