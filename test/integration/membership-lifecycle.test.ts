import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Gap, PdsUpahEvidence } from '../../shared/gaps/gap-types';
import type { EmployerGaps, GapPage } from '../../shared/gaps/gap-api-types';
import type { WorkerDetail } from '../../shared/domain/worker';
import { GAP_SCAN_SQL } from '../../electron/gaps/scan-employers';
import { sampleEmployer, sampleWorker, tempBackend } from '../support/temp-db';
import { staffedBackend } from '../support/staffed-backend';

type B = ReturnType<typeof tempBackend>;
const NIK = '6471015708850001';
const NPP = '12345678';
const OTHER = '87654321';
const count = (b: B, table: string) => b.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;

async function call<T>(b: B, name: string, arg: unknown): Promise<T> {
  const r = await b.call(name, arg);
  if (!r.ok) throw new Error(`${name}: ${r.error.code}`);
  return r.value as T;
}

async function enrol(b: B, wage: number, startDate = '2025-01-06', npp = NPP): Promise<number> {
  const m = await call<{ id: number }>(b, 'workers-enrol', { npp, worker: sampleWorker(), segment: 'PU', wage, startDate });
  return m.id;
}

const detail = (b: B) => call<WorkerDetail>(b, 'workers-get', { nik: NIK });
const gapsOf = async (b: B, period: string) => (await call<GapPage>(b, 'gaps-list', { limit: 1000, period })).items;
const upah = (gaps: Gap[]) => gaps.find((g) => g.code === 'PDS_UPAH' && g.npp === NPP);

describe('membership lifecycle', () => {
  let b: B;
  beforeEach(async () => {
    b = tempBackend();
    await call(b, 'employers-save', { employer: sampleEmployer(), mode: 'create' });
  });
  afterEach(() => b.remove());

  it('a wage change from a month keeps the earlier wage as history and is audited', async () => {
    const id = await enrol(b, 4_000_000);
    const changed = await call<{ wage: number; wageHistory: { fromMonth: string; wage: number; source: string }[] }>(b, 'memberships-wage', {
      membershipId: id,
      wage: 4_500_000,
      fromMonth: '2026-02',
    });
    expect(changed.wage).toBe(4_500_000);
    expect(changed.wageHistory.map(({ fromMonth, wage, source }) => ({ fromMonth, wage, source }))).toEqual([
      { fromMonth: '2026-02', wage: 4_500_000, source: 'meja' },
      { fromMonth: '2025-01', wage: 4_000_000, source: 'awal' },
    ]);
    // The same month again replaces that period; the starting wage stays.
    await call(b, 'memberships-wage', { membershipId: id, wage: 4_600_000, fromMonth: '2026-02' });
    expect((await detail(b)).memberships[0]!.wageHistory.map((p) => p.wage)).toEqual([4_600_000, 4_000_000]);
    const audit = b.db.prepare(`SELECT detail FROM audit_log WHERE action = 'wage_change' ORDER BY id`).pluck().all() as string[];
    expect(audit.map((d) => JSON.parse(d))).toEqual([
      { fromMonth: '2026-02', wage: 4_500_000, previous: 4_000_000 },
      { fromMonth: '2026-02', wage: 4_600_000, previous: 4_500_000 },
    ]);
  });

  it('refuses a wage from before the membership began, or on an ended membership, and writes nothing', async () => {
    const id = await enrol(b, 4_000_000);
    const rows = count(b, 'membership_wages');
    expect(await b.call('memberships-wage', { membershipId: id, wage: 5_000_000, fromMonth: '2024-12' })).toMatchObject({
      ok: false,
      error: { code: 'WAGE_FROM_BEFORE_START', params: { start: '2025-01' } },
    });
    expect(await b.call('memberships-wage', { membershipId: id, wage: 5_000_000, fromMonth: '2026-13' })).toMatchObject({ ok: false, error: { code: 'BAD_ARGUMENT' } });
    await call(b, 'workers-end', { membershipId: id, endDate: '2026-01-31', reason: 'resign' });
    expect(await b.call('memberships-wage', { membershipId: id, wage: 5_000_000, fromMonth: '2026-02' })).toMatchObject({
      ok: false,
      error: { code: 'MEMBERSHIP_NOT_ACTIVE' },
    });
    expect(count(b, 'membership_wages')).toBe(rows);
    expect((await detail(b)).memberships[0]!.wage).toBe(4_000_000);
  });

  it('the gap engine judges each month on the wage in force then (PDS Upah and the evidence list)', async () => {
    // Balikpapan UMK 2026 is Rp 3,856,694.43: 3.5 M is under it, 4 M is not.
    const id = await enrol(b, 3_500_000, '2026-01-05');
    await call(b, 'memberships-wage', { membershipId: id, wage: 4_000_000, fromMonth: '2026-03' });
    const feb = upah(await gapsOf(b, '2026-02'));
    expect((feb?.evidence as PdsUpahEvidence | undefined)?.belowMinimum).toBe(1);
    const febDetail = await call<EmployerGaps>(b, 'gaps-employer', { npp: NPP, period: '2026-02' });
    const listed = febDetail.gaps.find((g) => g.code === 'PDS_UPAH')!.evidence as PdsUpahEvidence;
    expect(listed.workers.map((w) => w.wage)).toEqual([3_500_000]);
    expect(upah(await gapsOf(b, '2026-03'))).toBeUndefined();

    // The other way round: a cut from March is a finding from March only.
    await call(b, 'memberships-wage', { membershipId: id, wage: 3_000_000, fromMonth: '2026-03' });
    await call(b, 'memberships-wage', { membershipId: id, wage: 4_000_000, fromMonth: '2026-01' });
    expect(upah(await gapsOf(b, '2026-02'))).toBeUndefined();
    expect((upah(await gapsOf(b, '2026-03'))?.evidence as PdsUpahEvidence).belowMinimum).toBe(1);
  });

  it('PDS Program estimates use the wage in force in the judged month', async () => {
    // A medium employer without JP: the estimate is JP on the wages of the month judged.
    await call(b, 'employers-save', { employer: sampleEmployer({ programs: ['JKK', 'JKM', 'JHT'] }), mode: 'update' });
    const id = await enrol(b, 5_000_000, '2025-06-02');
    await call(b, 'memberships-wage', { membershipId: id, wage: 6_000_000, fromMonth: '2026-03' });
    const program = (period: string) => gapsOf(b, period).then((g) => g.find((x) => x.code === 'PDS_PROGRAM' && x.npp === NPP)!);
    const feb = await program('2026-02');
    const mar = await program('2026-03');
    expect(feb.estimatedMonthlyShortfall).toBe(150_000); // 3 % of 5 M
    expect(mar.estimatedMonthlyShortfall).toBe(180_000); // 3 % of 6 M
  });

  it('the scan finds changed wages through the changes index, not by reading every period', () => {
    const plan = (b.db.prepare(`EXPLAIN QUERY PLAN ${GAP_SCAN_SQL.BELOW_FLOOR_CHANGED_SQL}`).all({
      start: '2026-03-01',
      end: '2026-03-31',
      period: '2026-03',
      cutoff: '1967-03-31',
      floors: '{}',
    }) as { detail: string }[]).map((r) => r.detail).join(' | ');
    expect(plan).toMatch(/SEARCH membership_wages USING (COVERING )?INDEX membership_wages_changes \(from_month>\?\)/);
    expect(plan).not.toMatch(/SCAN membership_wages\b(?! USING)/);
  });

  it('ends a membership with a date and a reason; a second end is refused', async () => {
    const id = await enrol(b, 4_000_000);
    expect(await b.call('workers-end', { membershipId: id, endDate: '2026-02-28', reason: 'gone' })).toMatchObject({ ok: false, error: { code: 'BAD_ARGUMENT' } });
    const ended = await call<{ status: string; endDate: string }>(b, 'workers-end', { membershipId: id, endDate: '2026-02-28', reason: 'contract_ended' });
    expect(ended).toMatchObject({ status: 'nonaktif', endDate: '2026-02-28' });
    expect((await detail(b)).memberships[0]!.end).toMatchObject({ reason: 'contract_ended', movedTo: null });
    expect(await b.call('workers-end', { membershipId: id, endDate: '2026-03-01', reason: 'resign' })).toMatchObject({
      ok: false,
      error: { code: 'MEMBERSHIP_NOT_ACTIVE' },
    });
    expect((await detail(b)).memberships[0]).toMatchObject({ endDate: '2026-02-28', end: { reason: 'contract_ended' } });
  });

  it('moves a worker to another employer in one step, or not at all', async () => {
    await call(b, 'employers-save', { employer: sampleEmployer({ npp: OTHER, name: 'CV Kutai', npwp: null, nib: null, programs: ['JKK', 'JKM'] }), mode: 'create' });
    const id = await enrol(b, 4_000_000);
    const before = { m: count(b, 'memberships'), e: count(b, 'membership_ends') };
    expect(await b.call('memberships-move', { membershipId: id, toNpp: NPP, date: '2026-03-01' })).toMatchObject({ ok: false, error: { code: 'MOVE_SAME_EMPLOYER' } });
    expect(await b.call('memberships-move', { membershipId: id, toNpp: '99999999', date: '2026-03-01' })).toMatchObject({ ok: false, error: { code: 'EMPLOYER_NOT_FOUND' } });
    expect(await b.call('memberships-move', { membershipId: id, toNpp: OTHER, date: '2025-01-06' })).toMatchObject({ ok: false, error: { code: 'MOVE_DATE_INVALID' } });
    expect({ m: count(b, 'memberships'), e: count(b, 'membership_ends') }).toEqual(before);

    const moved = await call<{ ended: { id: number; endDate: string; status: string }; started: { id: number; npp: string; startDate: string; wage: number; programs: string[] } }>(
      b,
      'memberships-move',
      { membershipId: id, toNpp: OTHER, date: '2026-03-01' },
    );
    expect(moved.ended).toMatchObject({ id, endDate: '2026-02-28', status: 'nonaktif' });
    expect(moved.started).toMatchObject({ npp: OTHER, startDate: '2026-03-01', wage: 4_000_000, programs: ['JKK', 'JKM'] });
    const d = await detail(b);
    expect(d.memberships.find((m) => m.id === id)!.end).toMatchObject({ reason: 'moved', movedTo: moved.started.id });
    // Back again is refused while the worker is active there: nothing half-written.
    const otherId = await enrol(b, 4_000_000, '2026-03-02');
    const now = count(b, 'memberships');
    expect(await b.call('memberships-move', { membershipId: moved.started.id, toNpp: NPP, date: '2026-04-01' })).toMatchObject({
      ok: false,
      error: { code: 'ALREADY_ENROLLED' },
    });
    expect(count(b, 'memberships')).toBe(now);
    expect((await detail(b)).memberships.find((m) => m.id === moved.started.id)!.status).toBe('aktif');
    expect(otherId).toBeGreaterThan(0);
  });

  it('changes the programs of every active member when the employer’s programs change, in one audit entry', async () => {
    const id = await enrol(b, 4_000_000);
    for (const [i, nik] of ['6471011203900002', '6471011203900003'].entries()) {
      await call(b, 'workers-enrol', { npp: NPP, worker: sampleWorker({ nik, name: `Budi ${i}`, birthDate: '1990-03-12', gender: 'L' }), segment: 'PU', wage: 4_000_000, startDate: '2025-01-06' });
    }
    await call(b, 'workers-end', { membershipId: id, endDate: '2026-01-31', reason: 'retired' });
    const auditBefore = count(b, 'audit_log');
    const r = await call<{ memberships: number; programs: string[] }>(b, 'employers-programs', { npp: NPP, programs: ['JKK', 'JKM', 'JHT', 'JP', 'JKP'] });
    expect(r).toMatchObject({ memberships: 2, programs: ['JHT', 'JKK', 'JKM', 'JKP', 'JP'] });
    const rows = b.db.prepare('SELECT status, programs FROM memberships ORDER BY id').all();
    expect(rows).toEqual([
      { status: 'nonaktif', programs: 'JHT,JKK,JKM,JP' },
      { status: 'aktif', programs: 'JHT,JKK,JKM,JKP,JP' },
      { status: 'aktif', programs: 'JHT,JKK,JKM,JKP,JP' },
    ]);
    expect(b.db.prepare('SELECT programs FROM employers WHERE npp = ?').pluck().get(NPP)).toBe('JHT,JKK,JKM,JKP,JP');
    const entries = b.db.prepare('SELECT action, entity FROM audit_log WHERE id > ? ORDER BY id').all(auditBefore);
    expect(entries).toEqual([
      { action: 'update', entity: 'employer' },
      { action: 'programs_change', entity: 'employer' },
    ]);
    expect(await b.call('employers-programs', { npp: NPP, programs: [] })).toMatchObject({ ok: false, error: { code: 'BAD_ARGUMENT' } });
  });
});

describe('identity correction', () => {
  it('is the branch head’s, keeps the reason and document, and is audited as a correction', async () => {
    const s = await staffedBackend();
    try {
      await s.value(s.call('employers-save', { employer: sampleEmployer(), mode: 'create' }, 'ani'));
      await s.value(s.call('workers-enrol', { npp: NPP, worker: sampleWorker({ name: 'Siti Rahmawti' }), segment: 'PU', wage: 4_000_000, startDate: '2025-01-06' }, 'ani'));
      const fix = { nik: NIK, name: 'Siti Rahmawati', birthDate: '1985-08-17', gender: 'P', reason: 'Salah ketik nama', documentNote: 'KTP dilihat 15-03-2026' };
      expect(await s.call('workers-correct', fix, 'ani')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      const done = await s.value<WorkerDetail & { warnings: { code: string }[] }>(s.call('workers-correct', fix, 'kacab'));
      expect(done).toMatchObject({ name: 'Siti Rahmawati', warnings: [] });
      expect(done.corrections).toMatchObject([
        { before: { name: 'Siti Rahmawti' }, after: { name: 'Siti Rahmawati' }, reason: 'Salah ketik nama', documentNote: 'KTP dilihat 15-03-2026', recordedBy: 'kacab' },
      ]);
      expect(await s.call('workers-correct', fix, 'kacab')).toMatchObject({ ok: false, error: { code: 'CORRECTION_UNCHANGED' } });
      // A birth date the NIK disagrees with is saved with a warning: a NIK is not reissued.
      const other = await s.value<{ warnings: { code: string }[]; birthDate: string }>(s.call('workers-correct', { ...fix, birthDate: '1985-08-18', documentNote: null }, 'kacab'));
      expect(other).toMatchObject({ birthDate: '1985-08-18', warnings: [{ code: 'NIK_BIRTHDATE_MISMATCH' }] });
      const audit = await s.value<{ items: { action: string; actor: string; detail: string | null }[] }>(s.call('audit-list', { action: 'correction' }, 'kacab'));
      expect(audit.items).toHaveLength(2);
      expect(audit.items[1]).toMatchObject({ actor: 'kacab' });
      expect(JSON.parse(audit.items[1]!.detail!)).toEqual({ fields: ['name'], reason: 'Salah ketik nama', documentNote: 'KTP dilihat 15-03-2026' });
    } finally {
      s.remove();
    }
  });
});

