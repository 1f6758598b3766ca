import type { WorkerSearchPage } from '../../shared/domain/worker-search';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Coverage, GapPage } from '../../shared/gaps/gap-api-types';
import type { WorkerDetail, WorkerListItem } from '../../shared/domain/worker';
import type { BranchSummary } from '../../shared/summary/summary-types';
import { closeEndedProjects } from '../../electron/store/jakon-projects';
import { runFundedImport } from '../../electron/segments/funded-import';
import { FIXED_NOW, sampleEmployer, tempBackend } from '../support/temp-db';
import { workbookBytes } from '../support/import-fixtures';

type B = ReturnType<typeof tempBackend>;
async function call<T>(b: B, name: string, arg: unknown): Promise<T> {
  const r = await b.call(name, arg);
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value as T;
}

// Penajam Paser Utara (64.09): a wage earner (PU), who is also on the Pemkab's list; a funded-only fisherman;
// a self-paid BPU ojek driver; a Jakon worker.
const PU = '6409010505850004';
const FUNDED = '6409010304800001';
const BPU = '6409012101900003';
const JAKON = '6409011402880011';

describe('every segment counts: coverage, summary, gaps, search, worker page', () => {
  let b: B;
  let branch: string;
  beforeAll(async () => {
    b = tempBackend();
    await call(b, 'employers-save', { employer: sampleEmployer({ npp: '11112222', name: 'PT Konstruksi Penajam', regencyCode: '64.09', npwp: null, nib: null }), mode: 'create' });
    branch = (b.db.prepare(`SELECT branch_code FROM branch_regencies WHERE regency_code = '64.09'`).pluck().get() as string) ?? '';
    await call(b, 'workers-enrol', { npp: '11112222', worker: { nik: PU, name: 'Dedi', birthDate: '1985-05-05', gender: 'L', kpj: null, phone: null }, segment: 'PU', wage: 4_000_000, startDate: '2025-01-01' });
    const p = await call<{ id: number }>(b, 'programmes-save', { funderCode: '64.09', year: 2026, name: 'BPU Rentan 2026', monthFrom: '2026-01', monthTo: '2026-12', quota: 100 });
    const list = workbookBytes({ Daftar: [['NIK', 'Nama', 'Pekerjaan'], [FUNDED, 'Ahmad Nelayan', 'Nelayan'], [PU, 'Dedi', 'Buruh']] });
    const imported = await runFundedImport(b.db, { programmeId: p.id, fileName: 'ppu.xlsx', bytes: list, dryRun: false, user: 'tester', today: FIXED_NOW() });
    expect(imported.accepted).toBe(2);
    await call(b, 'bpu-enrol', { worker: { nik: BPU, name: 'Candra Ojek', birthDate: '1990-01-21' }, income: 1_500_000, programs: ['JKK', 'JKM'], intervalMonths: 1, startDate: '2026-02-01', occupation: 'Ojek' });
    // SPK on 2 Jan, registered "today" (15 Mar 2026): far beyond 14 working days.
    const project = await call<{ id: number; project: { late: boolean } }>(b, 'jakon-save', {
      name: 'Jembatan Sepaku',
      contractorNpp: '11112222',
      contractValue: 2_000_000_000,
      regencyCode: '64.09',
      spkDate: '2026-01-02',
      startDate: '2026-01-05',
      endDate: '2026-03-20',
    });
    expect(project.project.late).toBe(true);
    await call(b, 'jakon-worker-add', { projectId: project.id, worker: { nik: JAKON, name: 'Gilang Tukang', birthDate: '1988-02-14' }, wage: 3_900_000, startDate: '2026-01-05' });
  });
  afterAll(() => b.remove());

  it('the summary’s segment table counts PU, BPU (self-paid and funded) and Jakon, each person once', async () => {
    const s = await call<BranchSummary>(b, 'summary-get', { branch, period: '2026-03' });
    const seg = Object.fromEntries(s.participants.bySegment.map((r) => [r.segment, r.count]));
    expect(seg).toEqual({ PU: 1, BPU: 3, JAKON: 1 });
    // Dedi is PU and funded: one person in coverage.
    expect(s.coverage.area.participants).toBe(4);
    expect(s.participants.total).toBe(4);
  });

  it('coverage counts funded members in the funder’s regency and the province', async () => {
    const cov = await call<Coverage>(b, 'coverage-get', { period: '2026-03' });
    expect(cov.regencies.find((r) => r.areaCode === '64.09')!.participants).toBe(4);
    expect(cov.provinces.find((r) => r.areaCode === '64')!.participants).toBe(4);
    // Before the programme's months, the funded-only person is not covered.
    const before = await call<Coverage>(b, 'coverage-get', { period: '2025-12' });
    expect(before.regencies.find((r) => r.areaCode === '64.09')!.participants).toBe(1);
  });

  it('JAKON_TERLAMBAT is a finding in the gap list with its evidence', async () => {
    const page = await call<GapPage>(b, 'gaps-list', { period: '2026-03', kind: 'JAKON_TERLAMBAT' });
    expect(page.items).toHaveLength(1);
    expect(page.items[0]).toMatchObject({
      key: expect.stringMatching(/^JAKON_TERLAMBAT:J\d+$/),
      npp: '11112222',
      regencyCode: '64.09',
      evidence: { spkDate: '2026-01-02', registeredOn: '2026-03-15', workingDays: 50, jkk: 2_640_000, jkm: 310_000 },
    });
    expect(page.items[0]!.explanation).toContain('50 hari kerja');
    expect(page.totals.JAKON_TERLAMBAT.count).toBe(1);
    // Not yet registered in the month before: no finding then.
    expect((await call<GapPage>(b, 'gaps-list', { period: '2026-02', kind: 'JAKON_TERLAMBAT' })).items).toHaveLength(0);
  });

  it('worker search finds BPU-only, funded-only and Jakon people; the worker page lists every membership', async () => {
    const bpu = await call<WorkerListItem[]>(b, 'workers-search', { query: BPU });
    expect(bpu).toEqual([expect.objectContaining({ nik: BPU, source: 'bpu', segment: 'BPU', status: 'aktif' })]);
    expect((await call<WorkerListItem[]>(b, 'workers-search', { query: 'nelayan' })).map((r) => r.source)).toEqual(['funded']);
    expect((await call<WorkerListItem[]>(b, 'workers-search', { query: 'gilang' }))[0]).toMatchObject({ source: 'jakon', segment: 'JAKON', npp: '11112222' });
    // The paged search the screen uses shows the same participations, one row per person.
    const found = await call<WorkerSearchPage>(b, 'workers-find', { query: BPU, limit: 50 });
    expect(found.items).toEqual([expect.objectContaining({ nik: BPU, source: 'bpu', employerName: 'BPU mandiri', status: 'aktif', membershipCount: 1 })]);
    expect((await call<WorkerSearchPage>(b, 'workers-find', { query: 'nelayan', limit: 50 })).items.map((r) => r.source)).toEqual(['funded']);
    expect((await call<WorkerSearchPage>(b, 'workers-find', { query: 'gilang', limit: 50 })).items[0]).toMatchObject({ source: 'jakon', npp: '11112222' });
    const dedi = await call<WorkerDetail>(b, 'workers-get', { nik: PU });
    expect(dedi.memberships).toHaveLength(1);
    expect(dedi.otherMemberships).toEqual([expect.objectContaining({ kind: 'funded', segment: 'BPU', label: expect.stringContaining('BPU Rentan 2026'), status: 'aktif' })]);
  });

  it('a project whose end date has passed closes its workers’ memberships', async () => {
    expect(b.db.transaction(() => closeEndedProjects(b.db, '2026-03-19'))()).toBe(0);
    expect(b.db.transaction(() => closeEndedProjects(b.db, '2026-03-21'))()).toBe(1);
    expect(b.db.prepare('SELECT status, end_date FROM jakon_workers').get()).toEqual({ status: 'nonaktif', end_date: '2026-03-20' });
    expect(b.db.transaction(() => closeEndedProjects(b.db, '2026-03-22'))()).toBe(0);
    const page = await call<GapPage>(b, 'gaps-list', { period: '2026-04', kind: 'JAKON_TERLAMBAT' });
    expect(page.items).toHaveLength(0);
  });
});
