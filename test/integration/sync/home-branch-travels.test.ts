import { describe, expect, test } from 'vitest';
import { cli, workbookBytes, writeTemp } from '../../support/import-fixtures';
import { employer } from '../../support/sync-fixture';
import { useSyncWorlds, type SyncWorld } from '../../support/sync-lifecycle';

const newWorld = useSyncWorlds();

const NPP = '12345678';
const PASSWORD = 'ani-kuat-123';
// Two builders on a contractor's list (Penajam Paser Utara NIKs).
const BUILDERS = ['6409010304800001', '6409015207750002'];

type Desk = Awaited<ReturnType<SyncWorld['desk']>>;

async function settle(...desks: Desk[]) {
  const digests: string[] = [];
  for (let round = 0; round < 2; round++) for (const d of desks) digests.push((await d.sync()).digest);
  return digests.slice(-desks.length);
}

const account = (d: Desk) =>
  d.backend.db.prepare(`SELECT display_name AS name, role, home_branch AS home FROM staff WHERE username = 'ani'`).get() as { name: string; role: string; home: string | null };

async function signIn(d: Desk) {
  const r = await d.backend.call('auth-signin', { username: 'ani', password: PASSWORD });
  if (!r.ok) throw new Error(r.error.code);
  return (r.value as { session: { homeBranch: string | null } }).session;
}

const importRecords = (d: Desk) =>
  d.backend.db
    .prepare(
      `SELECT i.gid, p.gid AS project, i.file_name, i.user_name, i.total_rows, i.accepted, i.undone_at, i.undone_by
       FROM jakon_imports i JOIN jakon_projects p ON p.id = i.project_id ORDER BY i.gid`,
    )
    .all();
const projectWorkers = (d: Desk) =>
  d.backend.db.prepare(`SELECT w.nik FROM jakon_workers j JOIN workers w ON w.id = j.worker_id ORDER BY w.nik`).pluck().all() as string[];

describe('the last entities travel: an account home branch and the record of a Jakon roster import (issue 9)', () => {
  test('an account made at desk A with home branch SMD signs in at desk B and opens on SMD; edits of other fields at either desk keep it', async () => {
    const world = await newWorld();
    const a = await world.desk('meja-a');
    const b = await world.desk('meja-b');
    await a.value('staff-save', { mode: 'create', username: 'ani', displayName: 'Ani', role: 'petugas', password: PASSWORD, homeBranch: 'SMD' });
    expect((await a.sync()).refused).toBe(0);
    await b.sync();
    expect(account(b)).toEqual({ name: 'Ani', role: 'petugas', home: 'SMD' });
    expect(await signIn(b)).toMatchObject({ homeBranch: 'SMD' });

    // B renames the account (its home branch untouched); A meanwhile moves it to Bontang. Both edits stand.
    await b.value('staff-save', { mode: 'update', username: 'ani', displayName: 'Ani Lestari', role: 'petugas', active: true });
    await a.value('staff-save', { mode: 'update', username: 'ani', displayName: 'Ani', role: 'petugas', active: true, homeBranch: 'BTG' });
    const [da, db] = await settle(b, a);
    expect(account(a)).toEqual({ name: 'Ani Lestari', role: 'petugas', home: 'BTG' });
    expect(account(b)).toEqual(account(a));
    expect(await signIn(b)).toMatchObject({ homeBranch: 'BTG' });
    expect(da).toBe(db);
    expect(da).toBe(await world.digest('BPN'));

    // And back the other way: a home branch set at B reaches A.
    await b.value('staff-save', { mode: 'update', username: 'ani', displayName: 'Ani Lestari', role: 'petugas', active: true, homeBranch: 'BPN' });
    await settle(b, a);
    expect(account(a).home).toBe('BPN');
    expect((await world.pool.query(`SELECT data->>'home_branch' AS home FROM rows WHERE entity = 'staff' AND key = 'ani'`)).rows).toEqual([{ home: 'BPN' }]);
  });

  test('a Jakon roster import record travels, is undone only where it was imported, and its undo removes the workers at every desk', async () => {
    const world = await newWorld();
    const a = await world.desk('meja-a');
    const b = await world.desk('meja-b');
    await a.value('employers-save', employer(NPP));
    const project = await a.value<{ id: number }>('jakon-save', {
      name: 'Jembatan Sepaku',
      contractorNpp: NPP,
      contractValue: 2_000_000_000,
      regencyCode: '64.71',
      spkDate: '2026-01-02',
      startDate: '2026-01-05',
      endDate: null,
    });
    const file = writeTemp(
      world.tmpDir,
      'pekerja.xlsx',
      workbookBytes({
        Pekerja: [
          ['No', 'NIK', 'Nama Pekerja', 'Tgl Lahir', 'Upah (Rp)', 'Tgl Mulai Kerja'],
          [1, BUILDERS[0]!, 'Ahmad Tukang', '03-04-1980', 3_900_000, '02-02-2026'],
          [2, BUILDERS[1]!, 'Bunga Mandor', '12-07-1975', 4_200_000, '02-02-2026'],
        ],
      }),
    );
    const imported = await cli('import', 'jakon', file, '--project', String(project.id), '--db', a.file, '--json');
    expect(imported.code, imported.out).toBe(0);
    const importId = imported.json().importId as number;

    expect((await a.sync()).refused).toBe(0);
    await b.sync();
    expect(importRecords(b)).toEqual(importRecords(a));
    expect(importRecords(b)).toEqual([expect.objectContaining({ file_name: 'pekerja.xlsx', total_rows: 2, accepted: 2, undone_at: null })]);
    expect(projectWorkers(b)).toEqual(BUILDERS);
    const listed = async (d: Desk) =>
      (await d.value<{ imports: { elsewhere: boolean }[] }>('jakon-get', { id: d.backend.db.prepare('SELECT id FROM jakon_projects').pluck().get() })).imports;
    expect(await listed(a)).toEqual([expect.objectContaining({ elsewhere: false })]);
    expect(await listed(b)).toEqual([expect.objectContaining({ elsewhere: true })]);

    // B holds the record but not which project rows it added (local ids): the undo is refused there, nothing changes.
    const atB = b.backend.db.prepare('SELECT id FROM jakon_imports').pluck().get() as number;
    const refused = await cli('import', 'undo-jakon', String(atB), '--db', b.file, '--json');
    expect(refused.code).not.toBe(0);
    expect(refused.out + refused.err).toContain('JAKON_IMPORT_ELSEWHERE');
    expect(projectWorkers(b)).toEqual(BUILDERS);
    expect(b.backend.db.prepare('SELECT count(*) FROM sync_outbox').pluck().get()).toBe(0);

    const undone = await cli('import', 'undo-jakon', String(importId), '--db', a.file, '--json');
    expect(undone.code, undone.out).toBe(0);
    const [da, db] = await settle(a, b);
    expect(projectWorkers(b)).toEqual([]);
    expect(importRecords(b)).toEqual([expect.objectContaining({ undone_at: expect.any(String), undone_by: expect.any(String) })]);
    expect(importRecords(b)).toEqual(importRecords(a));
    expect(b.backend.db.prepare(`SELECT count(*) FROM workers WHERE nik IN (?, ?)`).pluck().get(...BUILDERS)).toBe(0);
    expect(da).toBe(db);
    expect(da).toBe(await world.digest('BPN'));
  });
});
