import { describe, expect, test } from 'vitest';
import type { Db } from '../../../electron/db/open';
import { cli, workbookBytes, writeTemp } from '../../support/import-fixtures';
import { employer, enrolment } from '../../support/sync-fixture';
import { useSyncWorlds, type SyncWorld } from '../../support/sync-lifecycle';

const newWorld = useSyncWorlds();

const NPP = '12345678';
const PU = '6471011203900002'; // Budi, a wage earner
const LEAVER = '6471015708850001'; // Siti, a wage earner who resigns
const BPU = '6409012101900003'; // Candra, self-employed
const JAKON = '6409011402880004'; // Gilang, on a construction project
// Penajam Paser Utara people on the Pemkab's list.
const FUNDED = ['6409010304800001', '6409015207750002'];

type Desk = Awaited<ReturnType<SyncWorld['desk']>>;

/** Syncs every desk twice, in order: with no new edits, all must then hold what the server holds. */
async function settle(...desks: Desk[]) {
  const digests: string[] = [];
  for (let round = 0; round < 2; round++) for (const d of desks) digests.push((await d.sync()).digest);
  return digests.slice(-desks.length);
}

const rows = (db: Db, sql: string, ...params: unknown[]) => db.prepare(sql).all(...params);
const membershipId = (db: Db, nik: string) =>
  db.prepare(`SELECT m.id FROM memberships m JOIN workers w ON w.id = m.worker_id WHERE w.nik = ? ORDER BY m.id DESC LIMIT 1`).pluck().get(nik) as number;

/** What a desk holds of the segments and of the memberships' history, by global keys only (local ids differ). */
function segmentView(db: Db) {
  return {
    bpu: rows(db, `SELECT w.nik, b.income, b.programs, b.occupation, b.status FROM bpu_memberships b JOIN workers w ON w.id = b.worker_id ORDER BY w.nik`),
    programmes: rows(db, 'SELECT gid, funder_code, name, quota FROM funded_programmes ORDER BY gid'),
    imports: rows(db, 'SELECT i.gid, p.gid AS programme, i.file_name, i.accepted, i.undone_at FROM funded_imports i JOIN funded_programmes p ON p.id = i.programme_id'),
    members: rows(
      db,
      `SELECT w.nik, f.occupation, f.regency_code, i.gid AS import FROM funded_members f JOIN workers w ON w.id = f.worker_id
       LEFT JOIN funded_imports i ON i.id = f.import_id ORDER BY w.nik`,
    ),
    projects: rows(db, 'SELECT gid, name, contractor_npp, contract_value, jkk, jkm FROM jakon_projects'),
    jakonWorkers: rows(db, 'SELECT w.nik, p.gid AS project, j.wage FROM jakon_workers j JOIN workers w ON w.id = j.worker_id JOIN jakon_projects p ON p.id = j.project_id'),
    wages: rows(
      db,
      `SELECT w.nik, m.gid, v.from_month, v.wage, v.source, v.recorded_by FROM membership_wages v JOIN memberships m ON m.id = v.membership_id
       JOIN workers w ON w.id = m.worker_id ORDER BY w.nik, v.from_month`,
    ),
    ends: rows(db, 'SELECT m.gid, e.reason, e.recorded_by FROM membership_ends e JOIN memberships m ON m.id = e.membership_id'),
    corrections: rows(db, 'SELECT c.gid, w.nik, c.after_json, c.reason, c.document_note FROM identity_corrections c JOIN workers w ON w.id = c.worker_id'),
  };
}

async function fundedImport(world: SyncWorld, desk: Desk) {
  const programme = await cli('programme', 'add', '--funder', 'Pemkab Penajam Paser Utara', '--regency', '64.09', '--year', '2026', '--name', 'BPU Rentan 2026', '--quota', '10', '--db', desk.file, '--json');
  expect(programme.code, programme.out).toBe(0);
  const file = writeTemp(
    world.tmpDir,
    'rentan.xlsx',
    workbookBytes({
      Daftar: [
        ['No', 'NIK', 'Nama Lengkap', 'Tgl Lahir', 'Pekerjaan', 'Desa/Kelurahan'],
        [1, FUNDED[0]!, 'Ahmad Nelayan', '03-04-1980', 'Nelayan', 'Sotek'],
        [2, FUNDED[1]!, 'Bunga Petani', '12-07-1975', 'Petani', 'Sotek'],
      ],
    }),
  );
  const imported = await cli('import', 'funded', file, '--programme', String(programme.json().id), '--db', desk.file, '--json');
  expect(imported.code, imported.out).toBe(0);
  return imported.json().importId as number;
}

describe('the segments and the membership history travel (issue 9 for issues 10 and 11)', () => {
  test('BPU, a funded programme and its list, a Jakon project, wage periods, ends and corrections reach the other desk; edits and deletes travel back', async () => {
    const world = await newWorld();
    const a = await world.desk('meja-a');
    const b = await world.desk('meja-b');
    await a.value('employers-save', employer(NPP));
    await a.value('workers-enrol', enrolment(NPP, PU));
    await a.value('memberships-wage', { membershipId: membershipId(a.backend.db, PU), wage: 5_000_000, fromMonth: '2026-03' });
    await a.value('workers-enrol', enrolment(NPP, LEAVER, { worker: { name: 'Siti Rahmawati', birthDate: '1985-08-17', gender: 'P' } }));
    await a.value('workers-end', { membershipId: membershipId(a.backend.db, LEAVER), endDate: '2026-04-30', reason: 'resign' });
    await a.value('workers-correct', { nik: PU, name: 'Budi Santoso Putra', birthDate: '1990-03-12', gender: 'L', reason: 'Salah ketik nama', documentNote: 'KTP' });
    await a.value('bpu-enrol', { worker: { nik: BPU, name: 'Candra Ojek', birthDate: '1990-01-21' }, income: 1_500_000, programs: ['JKK', 'JKM'], intervalMonths: 1, startDate: '2026-02-01', occupation: 'Ojek' });
    const importId = await fundedImport(world, a);
    const project = await a.value<{ id: number }>('jakon-save', {
      name: 'Jembatan Sepaku',
      contractorNpp: NPP,
      contractValue: 2_000_000_000,
      regencyCode: '64.71',
      spkDate: '2026-01-02',
      startDate: '2026-01-05',
      endDate: null,
    });
    await a.value('jakon-worker-add', { projectId: project.id, worker: { nik: JAKON, name: 'Gilang Tukang', birthDate: '1988-02-14' }, wage: 3_900_000, startDate: '2026-01-05' });

    const ra = await a.sync();
    expect(ra.refused).toBe(0);
    const rb = await b.sync();
    const atA = segmentView(a.backend.db);
    const atB = segmentView(b.backend.db);
    expect(atB).toEqual(atA);
    expect(atB.bpu).toEqual([{ nik: BPU, income: 1_500_000, programs: 'JKK,JKM', occupation: 'Ojek', status: 'aktif' }]);
    expect(atB.members.map((m) => (m as { nik: string }).nik)).toEqual(FUNDED);
    expect(atB.jakonWorkers).toEqual([expect.objectContaining({ nik: JAKON, wage: 3_900_000 })]);
    expect(atB.wages.filter((w) => (w as { nik: string }).nik === PU)).toEqual([
      expect.objectContaining({ from_month: '2026-01', wage: 4_000_000, source: 'awal' }),
      expect.objectContaining({ from_month: '2026-03', wage: 5_000_000, source: 'meja' }),
    ]);
    expect(atB.ends).toEqual([expect.objectContaining({ reason: 'resign' })]);
    expect(atB.corrections).toEqual([expect.objectContaining({ nik: PU, reason: 'Salah ketik nama', document_note: 'KTP' })]);
    expect(b.backend.db.prepare('SELECT name FROM workers WHERE nik = ?').pluck().get(PU)).toBe('Budi Santoso Putra');
    expect(rb.digest).toBe(await world.digest('BPN'));
    expect((await a.sync()).digest).toBe(rb.digest);

    // An edit at B travels back: a new wage period on B's copy of the membership.
    await b.value('memberships-wage', { membershipId: membershipId(b.backend.db, PU), wage: 6_000_000, fromMonth: '2026-06' });
    await b.sync();
    await a.sync();
    expect(a.backend.db.prepare(`SELECT wage FROM membership_wages WHERE membership_id = ? AND from_month = '2026-06'`).pluck().get(membershipId(a.backend.db, PU))).toBe(6_000_000);
    expect(a.backend.db.prepare('SELECT wage FROM memberships WHERE id = ?').pluck().get(membershipId(a.backend.db, PU))).toBe(6_000_000);

    // The funded import undone at A: its members and the people it created leave B too.
    const undone = await cli('import', 'undo-funded', String(importId), '--db', a.file, '--json');
    expect(undone.code, undone.out).toBe(0);
    const [da, db] = await settle(a, b);
    expect(segmentView(b.backend.db).members).toEqual([]);
    expect(segmentView(b.backend.db).imports).toEqual([expect.objectContaining({ undone_at: expect.any(String) })]);
    expect(b.backend.db.prepare(`SELECT count(*) FROM workers WHERE nik IN (?, ?)`).pluck().get(...FUNDED)).toBe(0);
    expect(segmentView(b.backend.db)).toEqual(segmentView(a.backend.db));
    expect(da).toBe(db);
    expect(da).toBe(await world.digest('BPN'));
  });

  test('a person whose only membership is BPU is not deleted on the server while it lives (WORKER_IN_USE) and comes back', async () => {
    const world = await newWorld();
    const a = await world.desk('meja-a');
    const b = await world.desk('meja-b');
    const importId = await fundedImport(world, a);
    await a.sync();
    await b.sync();
    // B enrols one of the list's people as a self-paid BPU participant too.
    await b.value('bpu-enrol', { worker: { nik: FUNDED[0]!, name: 'Ahmad Nelayan', birthDate: '1980-04-03' }, income: 2_000_000, programs: ['JKK', 'JKM'], intervalMonths: 1, startDate: '2026-03-01' });
    await b.sync();
    // A undoes the list before it has heard of that: A removes the person it created.
    expect((await cli('import', 'undo-funded', String(importId), '--db', a.file, '--json')).code).toBe(0);
    expect(a.backend.db.prepare('SELECT count(*) FROM workers WHERE nik = ?').pluck().get(FUNDED[0])).toBe(0);
    const ra = await a.sync();
    expect(ra.refusedItems).toEqual([{ entity: 'worker', key: FUNDED[0], code: 'WORKER_IN_USE' }]);
    const [da, db] = await settle(a, b);
    expect(da).toBe(db);
    expect(da).toBe(await world.digest('BPN'));
    for (const d of [a, b]) {
      expect(segmentView(d.backend.db).bpu).toEqual([expect.objectContaining({ nik: FUNDED[0], income: 2_000_000 })]);
      expect(segmentView(d.backend.db).members).toEqual([]);
    }
  });

  test('a membership removed right after its push was cut, and edited elsewhere meanwhile, comes back with its wage period (convergence seed 1002158739)', async () => {
    const world = await newWorld();
    const a = await world.desk('meja-a');
    const b = await world.desk('meja-b');
    await a.value('employers-save', employer(NPP));
    await a.sync();
    await b.sync();
    await b.value('workers-enrol', enrolment(NPP, PU));
    await b.sync({ pushBatch: 2, loseAnswerOfBatch: 1 }).catch((e: { code?: string }) => expect(e.code).toBe('SYNC_UNREACHABLE'));
    await a.sync();
    // B removes what it enrolled (its wage period goes by the cascade, unqueued) while A edits the membership.
    b.backend.db.prepare('DELETE FROM memberships WHERE worker_id = (SELECT id FROM workers WHERE nik = ?)').run(PU);
    b.backend.db.prepare('DELETE FROM workers WHERE nik = ?').run(PU);
    a.backend.db.prepare(`UPDATE memberships SET wage = 3000000 WHERE status = 'aktif'`).run();
    const [da, db] = await settle(a, b);
    expect(da).toBe(db);
    expect(da).toBe(await world.digest('BPN'));
    expect(segmentView(b.backend.db).wages).toEqual(segmentView(a.backend.db).wages);
    expect(segmentView(b.backend.db).wages).toEqual([expect.objectContaining({ nik: PU, from_month: '2026-01', source: 'awal' })]);
  });

  test('two desks enrolling one person as BPU, or adding one worker to one project, end with one row everywhere', async () => {
    const world = await newWorld();
    const a = await world.desk('meja-a');
    const b = await world.desk('meja-b');
    await a.value('employers-save', employer(NPP));
    await a.value('jakon-save', { name: 'Gedung', contractorNpp: NPP, contractValue: 900_000_000, regencyCode: '64.71', spkDate: '2026-01-02', endDate: null });
    await a.sync();
    await b.sync();
    const projectAt = (d: Desk) => d.backend.db.prepare('SELECT id FROM jakon_projects').pluck().get() as number;
    for (const d of [a, b]) {
      await d.value('bpu-enrol', { worker: { nik: BPU, name: 'Candra Ojek', birthDate: '1990-01-21' }, income: 1_500_000, programs: ['JKK', 'JKM'], intervalMonths: 1, startDate: '2026-02-01' });
      await d.value('jakon-worker-add', { projectId: projectAt(d), worker: { nik: JAKON, name: 'Gilang Tukang', birthDate: '1988-02-14' }, wage: 3_900_000 });
    }
    const [da, db] = await settle(a, b);
    expect(da).toBe(db);
    expect(da).toBe(await world.digest('BPN'));
    for (const d of [a, b]) {
      expect(d.backend.db.prepare(`SELECT count(*) FROM bpu_memberships WHERE status = 'aktif'`).pluck().get()).toBe(1);
      expect(d.backend.db.prepare(`SELECT count(*) FROM jakon_workers WHERE status = 'aktif'`).pluck().get()).toBe(1);
    }
    expect(segmentView(a.backend.db)).toEqual(segmentView(b.backend.db));
  });
});
