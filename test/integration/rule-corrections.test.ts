import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../electron/backend';
import { registerAuditFunctions } from '../../electron/audit/actor';
import { migrate } from '../../electron/db/migrate';
import { migrations } from '../../electron/db/migrations/index';
import type { GapFollowUp } from '../../shared/gaps/gap-api-types';
import { runCli } from '../../electron/cli/main';
import type { EmployerGaps, GapPage } from '../../shared/gaps/gap-api-types';
import type { Gap, PdsTkEvidence } from '../../shared/gaps/gap-types';
import { workbookBytes, type Row } from '../support/import-fixtures';
import { sampleEmployer, sampleWorker, tempDir } from '../support/temp-db';

type B = Backend & { dir: string; remove(): void };
let open: B[] = [];

/** A fresh store whose handlers see `now` as the wall clock. */
function backendAt(now: string): B {
  const tmp = tempDir();
  const backend = createBackend(path.join(tmp.dir, 'sigap.db'), 'cli', { now: () => new Date(now) });
  const b = { ...backend, dir: tmp.dir, remove: () => (backend.close(), tmp.remove()) };
  open.push(b);
  return b;
}
afterEach(() => {
  for (const b of open) b.remove();
  open = [];
});

async function call<T>(b: Backend, name: string, arg: unknown): Promise<T> {
  const r = await b.call(name, arg);
  if (!r.ok) throw new Error(`${name}: ${JSON.stringify(r.error)}`);
  return r.value as T;
}

let serial = 0;
/** A valid NIK issued in Balikpapan for a man born on the given date. */
function nik(birth: string): string {
  const [y, m, d] = birth.split('-');
  serial += 1;
  return `647101${d}${m}${y!.slice(2)}${String(serial).padStart(4, '0')}`;
}

async function enrol(b: Backend, npp: string, wage: number, segment: 'PU' | 'BPU' | 'JAKON' = 'PU', startDate = '2025-01-01') {
  const n = nik('1990-05-10');
  await call(b, 'workers-enrol', { npp, worker: sampleWorker({ nik: n, name: `Pekerja ${n.slice(-4)}`, birthDate: '1990-05-10', gender: 'L' }), segment, wage, startDate });
}

const gapsOf = async (b: Backend, arg: Record<string, unknown> = {}) => call<GapPage>(b, 'gaps-list', { limit: 1000, ...arg });
const find = (gaps: Gap[], code: string) => gaps.find((g) => g.code === code && g.npp === '12345678');

async function cli(...argv: string[]) {
  let out = '';
  const code = await runCli(argv, { out: (t) => (out += `${t}\n`), err: () => {} });
  return { code, out };
}

describe('issue 13 through the gap engine and the CLI', () => {
  it('item 1: a small employer under the UMK gets no PDS Upah, only a note on its page; a medium one is a finding', async () => {
    const b = backendAt('2026-03-15T04:00:00Z');
    await call(b, 'employers-save', { employer: sampleEmployer({ scale: 'kecil', programs: ['JKK', 'JKM', 'JHT'], reportedHeadcount: 0 }), mode: 'create' });
    await enrol(b, '12345678', 3_000_000); // Balikpapan UMK 2026: Rp 3,856,694.43
    expect(find((await gapsOf(b)).items, 'PDS_UPAH')).toBeUndefined();
    const page = await call<EmployerGaps>(b, 'gaps-employer', { npp: '12345678' });
    expect(page.notes.map((n) => n.code)).toEqual(['INFO_BELOW_MINIMUM_EXEMPT']);
    await call(b, 'employers-save', { employer: sampleEmployer({ scale: 'menengah', reportedHeadcount: 0 }), mode: 'update' });
    expect(find((await gapsOf(b)).items, 'PDS_UPAH')).toBeDefined();
  });

  it('item 2: PDS TK counts active PU memberships only: 3 reported, 1 PU + 1 BPU + 1 Jakon active → 2 missing', async () => {
    const b = backendAt('2026-03-15T04:00:00Z');
    await call(b, 'employers-save', { employer: sampleEmployer({ reportedHeadcount: 3 }), mode: 'create' });
    await enrol(b, '12345678', 5_000_000, 'PU');
    await enrol(b, '12345678', 5_000_000, 'BPU');
    await enrol(b, '12345678', 5_000_000, 'JAKON');
    const tk = find((await gapsOf(b)).items, 'PDS_TK')!;
    expect(tk.evidence).toMatchObject({ knownHeadcount: 3, activeWorkers: 1, missing: 2 });
  });

  it('item 3: a past month is judged on the headcount on record at its end, dated then; none on record → no finding, a note', async () => {
    const b = backendAt('2030-06-15T04:00:00Z');
    await call(b, 'employers-save', { employer: sampleEmployer({ reportedHeadcount: 40 }), mode: 'create' });
    // The record was written today: in May 2020 nothing was known, and today's 40 must not be back-dated.
    expect(find((await gapsOf(b, { period: '2020-05' })).items, 'PDS_TK')).toBeUndefined();
    const page = await call<EmployerGaps>(b, 'gaps-employer', { npp: '12345678', period: '2020-05' });
    expect(page.notes.map((n) => n.code)).toContain('INFO_HEADCOUNT_UNKNOWN');
    // What the audit trail says the record held on 1 April 2020 (the trail is append-only; an earlier entry stands for
    // a record kept since then).
    b.db
      .prepare("INSERT INTO audit_log (at, actor, action, entity, entity_id, before, after) VALUES (?, 'x', 'update', 'employer', '12345678', '{}', ?)")
      .run('2020-04-01T02:00:00.000Z', JSON.stringify({ npp: '12345678', reported_headcount: 7 }));
    await call(b, 'employers-save', { employer: sampleEmployer({ reportedHeadcount: 41 }), mode: 'update' }); // a write: rescan
    const tk = find((await gapsOf(b, { period: '2020-05' })).items, 'PDS_TK')!;
    expect(tk.evidence as PdsTkEvidence).toMatchObject({ knownHeadcount: 7, headcountDate: '2020-04-01', activeWorkers: 0 });
    // The current month uses the figure on record now.
    expect((find((await gapsOf(b, { period: '2030-06' })).items, 'PDS_TK')!.evidence as PdsTkEvidence).knownHeadcount).toBe(41);
  });

  it('item 4: at 07:30 WITA on 1 April (23:30 UTC on 31 March) the current period is April, dated 1 April; in Kalteng (WIB) at 23:30 it is still March', async () => {
    const b = backendAt('2026-03-31T23:30:00Z');
    await call(b, 'employers-save', { employer: sampleEmployer(), mode: 'create' });
    await enrol(b, '12345678', 3_000_000);
    const page = await gapsOf(b);
    expect(page.period).toBe('2026-04');
    const upah = find(page.items, 'PDS_UPAH')!;
    expect(upah.evidence.date).toBe('2026-04-01'); // as of today in Balikpapan, not UTC's 31 March
    const followUp = await call<{ notedOn: string }>(b, 'gaps-followup-add', { gapKey: 'PDS_UPAH:12345678', status: 'dihubungi', note: 'telepon' });
    expect(followUp.notedOn).toBe('2026-04-01');

    const late = backendAt('2026-03-31T16:30:00Z'); // 00:30 WITA on 1 April, 23:30 WIB on 31 March
    expect((await gapsOf(late, { branch: 'Palangkaraya' })).period).toBe('2026-03');
    expect((await gapsOf(late, { branch: 'BPN' })).period).toBe('2026-04');
  });

  it('item 5 and done-when: every month from 2015-01 to 2027-12 answers without INTERNAL; the CLI answers 2023-02 and 2015-01', async () => {
    const tmp = tempDir();
    const db = path.join(tmp.dir, 'sigap.db');
    try {
      expect((await cli('init', '--db', db, '--demo', '--employers', '20', '--workers', '200', '--json')).code).toBe(0);
      const b = createBackend(db, 'cli', { now: () => new Date('2026-03-15T04:00:00Z') });
      try {
        for (let year = 2015; year <= 2027; year++) {
          for (let month = 1; month <= 12; month++) {
            const period = `${year}-${String(month).padStart(2, '0')}`;
            const r = await b.call('gaps-list', { period, limit: 5 });
            expect(r.ok ? 'ok' : r.error.code, period).toBe('ok');
          }
        }
      } finally {
        b.close();
      }
      for (const period of ['2023-02', '2015-01', '2015-06']) {
        const r = await cli('gaps', '--db', db, '--period', period, '--json');
        expect(r.code, period).toBe(0);
        const gaps = JSON.parse(r.out) as { code: string; evidence: { missing?: string[] } }[];
        // No JP before July 2015: nobody is missing it.
        if (period < '2015-07') expect(gaps.some((g) => g.code === 'PDS_PROGRAM' && g.evidence.missing?.includes('JP'))).toBe(false);
      }
    } finally {
      tmp.remove();
    }
  }, 120_000);

  it('item 6: January 2027 has no UMK in the data: the estimate is null (not 0) and the finding says "UMK 2027 belum ada di data acuan"', async () => {
    const b = backendAt('2027-01-10T04:00:00Z');
    await call(b, 'employers-save', { employer: sampleEmployer({ reportedHeadcount: 5 }), mode: 'create' });
    const tk = find((await gapsOf(b, { period: '2027-01' })).items, 'PDS_TK')!;
    expect(tk.estimatedMonthlyShortfall).toBeNull();
    expect(tk.explanation).toContain('UMK 2027 belum ada di data acuan');
    const r = await cli('gaps', '--db', path.join(b.dir, 'sigap.db'), '--period', '2027-01', '--json');
    const printed = (JSON.parse(r.out) as { code: string; estimatedMonthlyShortfall: number | null }[]).find((g) => g.code === 'PDS_TK')!;
    expect(printed.estimatedMonthlyShortfall).toBeNull();
  });

  it('item 7: desk enrolment accepts a birth date that differs from the NIK (a warning the clerk confirms against the KTP)', async () => {
    const b = backendAt('2026-03-15T04:00:00Z');
    await call(b, 'employers-save', { employer: sampleEmployer(), mode: 'create' });
    // NIK 6471015708850001 says 17-08-1985; the corrected KTP says 18-08-1985.
    const r = await b.call('workers-enrol', { npp: '12345678', worker: sampleWorker({ birthDate: '1985-08-18' }), segment: 'PU', wage: 4_500_000, startDate: '2026-03-01' });
    expect(r.ok).toBe(true);
    const worker = await call<{ birthDate: string }>(b, 'workers-get', { nik: '6471-01-570885-0001' }); // item 10: hyphens at the desk
    expect(worker.birthDate).toBe('1985-08-18');
  });

  it('item 9: an employer given legacy code 64.73 (Tarakan before 2012) is recorded under 65.71, at the desk and by import', async () => {
    const b = backendAt('2026-03-15T04:00:00Z');
    const saved = await call<{ regencyCode: string; branchCode: string }>(b, 'employers-save', { employer: sampleEmployer({ regencyCode: '64.73' }), mode: 'create' });
    expect(saved).toMatchObject({ regencyCode: '65.71', branchCode: 'TRK' });

    const rows: Row[] = [
      ['NPP', 'Nama Perusahaan', 'Kode Wilayah', 'Skala Usaha', 'Kelompok Risiko', 'Program'],
      ['22345678', 'PT Tarakan Lama', '64.73', 'kecil', 'II', 'JKK, JKM, JHT'],
    ];
    const put = await call<{ uploadId: string }>(b, 'uploads-put', { fileName: 'e.xlsx', dataBase64: workbookBytes({ Daftar: rows }).toString('base64') });
    const preview = await call<{ accepted: number; issues: { code: string; severity: string; message: string }[] }>(b, 'imports-preview', { uploadId: put.uploadId, kind: 'employers' });
    expect(preview.accepted).toBe(1);
    expect(preview.issues).toEqual([expect.objectContaining({ code: 'REGION_LEGACY_MAPPED', severity: 'warning', message: expect.stringContaining('65.71') })]);
    await call(b, 'imports-commit', { uploadId: put.uploadId, kind: 'employers' });
    expect(await call<{ regencyCode: string }>(b, 'employers-get', { npp: '22345678' })).toMatchObject({ regencyCode: '65.71' });
  });

  it('item 12: the ladder continues past teguran 2 to denda, then TMP2T, each in order, dated and naming who decided', async () => {
    const b = backendAt('2026-03-15T04:00:00Z');
    await call(b, 'employers-save', { employer: sampleEmployer({ reportedHeadcount: 5 }), mode: 'create' });
    const key = 'PDS_TK:12345678';
    const add = (status: string, extra: Record<string, unknown> = {}) =>
      b.call('gaps-followup-add', { gapKey: key, status, note: `langkah ${status}`, author: 'Rina', notedOn: '2026-03-10', ...extra });
    const early = await add('denda', { decidedBy: 'Kepala Cabang Balikpapan' });
    expect(early.ok ? 'ok' : early.error.code).toBe('FOLLOWUP_OUT_OF_ORDER');
    await add('teguran_1');
    await add('teguran_2');
    const unnamed = await add('denda');
    expect(unnamed.ok ? 'ok' : unnamed.error.code).toBe('FOLLOWUP_DECIDER_REQUIRED');
    expect(unnamed.ok ? '' : unnamed.error.message).toMatch(/siapa yang memutuskan/);
    const tooSoon = await add('tmp2t', { decidedBy: 'Disnaker Kota Balikpapan' });
    expect(tooSoon.ok ? 'ok' : tooSoon.error.code).toBe('FOLLOWUP_OUT_OF_ORDER');
    expect((await add('denda', { decidedBy: 'Kepala Cabang Balikpapan' })).ok).toBe(true);
    expect((await add('tmp2t', { decidedBy: 'Disnaker Kota Balikpapan', notedOn: '2026-03-14' })).ok).toBe(true);
    const trail = await call<GapFollowUp[]>(b, 'gaps-followups', { gapKey: key });
    expect(trail.map((f) => [f.status, f.notedOn, f.author, f.decidedBy])).toEqual([
      ['teguran_1', '2026-03-10', 'Rina', null],
      ['teguran_2', '2026-03-10', 'Rina', null],
      ['denda', '2026-03-10', 'Rina', 'Kepala Cabang Balikpapan'],
      ['tmp2t', '2026-03-14', 'Rina', 'Disnaker Kota Balikpapan'],
    ]);
    expect(find((await gapsOf(b)).items, 'PDS_TK')!.followUp?.status).toBe('tmp2t');
  });

  it('migration 7 keeps earlier follow-ups and adds the JP caps before 2023 to an older store', () => {
    const tmp = tempDir();
    try {
      const db = new Database(path.join(tmp.dir, 'old.db'));
      registerAuditFunctions(db); // the audit triggers of later steps call them, as every app connection has them
      migrate(db, migrations.slice(0, 6));
      // A store seeded before the history was loaded held only the caps from March 2023.
      db.prepare("DELETE FROM jp_wage_caps WHERE effective_month < '2023-03'").run();
      db.prepare("INSERT INTO gap_followups (gap_key, code, status, note, noted_on, author, created_at) VALUES ('PWBD:P1', 'PWBD', 'teguran_2', 'x', '2026-01-05', 'Rina', '2026-01-05T01:00:00Z')").run();
      migrate(db);
      expect(db.prepare('SELECT status, author, decided_by AS decidedBy FROM gap_followups').all()).toEqual([{ status: 'teguran_2', author: 'Rina', decidedBy: null }]);
      expect(db.prepare("SELECT amount FROM jp_wage_caps WHERE effective_month = '2015-07'").pluck().get()).toBe(7_000_000);
      expect(db.prepare('SELECT count(*) FROM jp_wage_caps').pluck().get()).toBe(12);
      expect(() =>
        db.prepare("INSERT INTO gap_followups (gap_key, code, status, noted_on, author, created_at) VALUES ('PWBD:P1', 'PWBD', 'denda', '2026-02-01', 'Rina', 'x')").run(),
      ).toThrow(/CHECK/);
      db.close();
    } finally {
      tmp.remove();
    }
  });

  it('item 13: the 50 % JKK relief (PP 7/2025 jo. PP 36/2025) lowers a flagged employer\'s estimate for Feb 2025 – Jan 2026 only', async () => {
    // Judged ahead of time (December 2024), so every month below counts the headcount on record now.
    const b = backendAt('2024-12-15T04:00:00Z');
    const base = { reportedHeadcount: 1, riskGroup: 1, npwp: null, nib: null };
    const saved = await call<{ jkkRelief: boolean }>(b, 'employers-save', { employer: sampleEmployer({ ...base, jkkRelief: true }), mode: 'create' });
    expect(saved.jkkRelief).toBe(true);
    await call(b, 'employers-save', { employer: sampleEmployer({ ...base, npp: '12345679', name: 'PT Tanpa Keringanan' }), mode: 'create' });
    const tkOf = async (period: string, npp: string) =>
      (await gapsOf(b, { period })).items.find((g) => g.code === 'PDS_TK' && g.npp === npp)!.estimatedMonthlyShortfall!;
    // One missing worker at the Balikpapan UMK 2025 (Rp 3,701,508.68): JKK I 0.24 % = 8,884; halved 0.12 % = 4,442.
    expect((await tkOf('2025-06', '12345679')) - (await tkOf('2025-06', '12345678'))).toBe(8_884 - 4_442);
    expect((await tkOf('2025-01', '12345679')) - (await tkOf('2025-01', '12345678'))).toBe(0); // before February 2025
    expect((await tkOf('2026-02', '12345679')) - (await tkOf('2026-02', '12345678'))).toBe(0); // after January 2026
    // An update that leaves the flag out keeps it.
    const kept = await call<{ jkkRelief: boolean }>(b, 'employers-save', { employer: sampleEmployer({ ...base, name: 'PT Mahakam Baru' }), mode: 'update' });
    expect(kept.jkkRelief).toBe(true);
  });
});
