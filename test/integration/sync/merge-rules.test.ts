import { describe, expect, test } from 'vitest';
import type { Db } from '../../../electron/db/open';
import { cli, messyRoster, SITI, workbookBytes, writeTemp } from '../../support/import-fixtures';
import { employer, enrolment } from '../../support/sync-fixture';
import { useSyncWorlds } from '../../support/sync-lifecycle';

const newWorld = useSyncWorlds();

const NIK = '6471011203900002';
const workerName = (db: Db, nik: string) => db.prepare('SELECT name FROM workers WHERE nik = ?').pluck().get(nik);
const activeMemberships = (db: Db, nik: string) =>
  db.prepare(`SELECT count(*) FROM memberships m JOIN workers w ON w.id = m.worker_id WHERE w.nik = ? AND m.status = 'aktif'`).pluck().get(nik);
const wageOf = (db: Db, nik: string) =>
  db.prepare(`SELECT m.wage FROM memberships m JOIN workers w ON w.id = m.worker_id WHERE w.nik = ? AND m.status = 'aktif'`).pluck().get(nik);
const setWage = (db: Db, nik: string, wage: number) =>
  db.prepare(`UPDATE memberships SET wage = ? WHERE worker_id = (SELECT id FROM workers WHERE nik = ?) AND status = 'aktif'`).run(wage, nik);

/** Syncs every desk twice, in order: with no new edits, all must then hold what the server holds. */
async function settle(...desks: { sync: () => Promise<{ digest: string }> }[]) {
  const digests: string[] = [];
  for (let round = 0; round < 2; round++) for (const d of desks) digests.push((await d.sync()).digest);
  return digests.slice(-desks.length);
}

/** What an import undo does to a person: their memberships, then the person. */
function removePerson(db: Db, nik: string) {
  db.prepare(`DELETE FROM memberships WHERE worker_id = (SELECT id FROM workers WHERE nik = ?)`).run(nik);
  db.prepare(`DELETE FROM workers WHERE nik = ?`).run(nik);
}

/** Two synced desks and two employers; desk A has enrolled the person at the second employer and synced. */
async function enrolledAtA() {
  const world = await newWorld();
  const [a, b] = [await world.desk('meja-a'), await world.desk('meja-b')];
  await a.value('employers-save', employer('12345678'));
  await a.value('employers-save', employer('22345678', { name: 'PT Kedua' }));
  for (const d of [a, b]) await d.sync();
  await a.value('workers-enrol', enrolment('22345678', NIK));
  await a.sync();
  return { world, a, b };
}

describe('merge rules (two desks, a real PostgreSQL)', () => {
  test('rule 1: the same NIK enrolled at two desks with the same identity is one person with one membership', async () => {
    const world = await newWorld();
    const a = await world.desk('meja-a');
    const b = await world.desk('meja-b');
    await a.value('employers-save', employer('12345678'));
    await a.sync();
    await b.sync();
    await a.value('workers-enrol', enrolment('12345678', NIK));
    await b.value('workers-enrol', enrolment('12345678', NIK));
    const first = await a.sync();
    const second = await b.sync();
    expect(first.conflicts).toBe(0);
    expect(second.conflicts).toBe(0);
    const [da, db] = await settle(a, b);
    expect(da).toBe(db);
    expect(da).toBe(await world.digest('BPN'));
    expect(activeMemberships(a.backend.db, NIK)).toBe(1);
    expect(activeMemberships(b.backend.db, NIK)).toBe(1);
  });

  test('rule 2: the same NIK with a different name keeps the first accepted version and gives the branch head a conflict', async () => {
    const world = await newWorld();
    const a = await world.desk('meja-a');
    const b = await world.desk('meja-b');
    await a.value('employers-save', employer('12345678'));
    await a.value('workers-enrol', enrolment('12345678', NIK, { worker: { name: 'Budi Santoso' } }));
    await a.sync();
    await b.value('employers-save', employer('22345678', { name: 'PT Kedua' }));
    await b.value('workers-enrol', enrolment('22345678', NIK, { worker: { name: 'Budi Santoso Putra' } }));
    const rb = await b.sync();
    expect(rb.conflicts).toBe(1);
    expect(workerName(b.backend.db, NIK)).toBe('Budi Santoso');
    const listed = await cli('conflicts', '--db', b.file, '--json');
    expect(listed.code).toBe(0);
    const conflicts = listed.json() as { id: string; entity: string; key: string; field: string; local: unknown; remote: unknown; desk: string }[];
    expect(conflicts).toEqual([
      expect.objectContaining({ entity: 'worker', key: NIK, field: 'name', local: 'Budi Santoso Putra', remote: 'Budi Santoso', desk: 'meja-b' }),
    ]);
    const [da, db] = await settle(a, b);
    expect(da).toBe(db);
    expect(da).toBe(await world.digest('BPN'));
    // The branch head keeps the desk's value: it becomes the version everyone holds, and the conflict closes everywhere.
    const resolved = await cli('conflicts', 'resolve', conflicts[0]!.id, '--keep', 'local', '--db', b.file, '--json');
    expect(resolved.code).toBe(0);
    const [ea, eb] = await settle(b, a);
    expect(ea).toBe(eb);
    expect(workerName(a.backend.db, NIK)).toBe('Budi Santoso Putra');
    expect((await cli('conflicts', '--db', a.file, '--json')).json()).toEqual([]);
  });

  test('rule 3: concurrent wage edits — the later stamp wins, the other stays in the history; different employer fields merge', async () => {
    const world = await newWorld();
    const a = await world.desk('meja-a');
    const b = await world.desk('meja-b');
    await a.value('employers-save', employer('12345678'));
    await a.value('workers-enrol', enrolment('12345678', NIK));
    await a.sync();
    await b.sync();
    setWage(a.backend.db, NIK, 5_000_000);
    await new Promise((r) => setTimeout(r, 20));
    setWage(b.backend.db, NIK, 6_000_000); // later
    // The earlier edit reaches the server last: it must still lose.
    await b.sync();
    await a.sync();
    a.backend.db.prepare(`UPDATE employers SET address = 'Jl. Baru 2' WHERE npp = '12345678'`).run();
    b.backend.db.prepare(`UPDATE employers SET name = 'PT Mahakam Baru' WHERE npp = '12345678'`).run();
    const [da, db] = await settle(a, b);
    expect(da).toBe(db);
    expect(wageOf(a.backend.db, NIK)).toBe(6_000_000);
    const emp = a.backend.db.prepare(`SELECT name, address FROM employers WHERE npp = '12345678'`).get();
    expect(emp).toEqual({ name: 'PT Mahakam Baru', address: 'Jl. Baru 2' });
    const history = await world.pool.query(`SELECT field, value, desk FROM history WHERE entity = 'membership'`);
    expect(history.rows).toEqual([{ field: 'wage', value: 5_000_000, desk: 'meja-a' }]);
  });

  test('rule 4: an import undone after it synced keeps the row another desk edited, and the undo says so', async () => {
    const world = await newWorld();
    const a = await world.desk('meja-a');
    const b = await world.desk('meja-b');
    await a.value('employers-save', employer('12345678'));
    const file = writeTemp(world.tmpDir, 'roster.xlsx', workbookBytes({ Data: messyRoster() }));
    const imported = await cli('import', 'roster', file, '--employer', '12345678', '--db', a.file, '--json');
    expect(imported.code).toBe(0);
    await a.sync();
    await b.sync();
    setWage(b.backend.db, SITI, 7_000_000);
    await b.sync();
    const undone = await cli('import', 'undo', String(imported.json().importId), '--db', a.file, '--json');
    expect(undone.code).toBe(0);
    const ra = await a.sync();
    expect(ra.refusedItems).toEqual(
      expect.arrayContaining([
        { entity: 'membership', key: expect.any(String), code: 'IMPORT_UNDO_EDITED' },
        { entity: 'worker', key: SITI, code: 'WORKER_IN_USE' },
      ]),
    );
    const [da, db] = await settle(a, b);
    expect(da).toBe(db);
    expect(da).toBe(await world.digest('BPN'));
    // Siti stays (edited elsewhere) with the other desk's wage; the other three are gone everywhere.
    expect(wageOf(a.backend.db, SITI)).toBe(7_000_000);
    expect(b.backend.db.prepare('SELECT count(*) FROM workers').pluck().get()).toBe(1);
  });
  test('rule 4b: a person removed at one desk while another desk\'s membership of them is still on its way comes back everywhere', async () => {
    const world = await newWorld();
    const [a, b, c] = [await world.desk('meja-a'), await world.desk('meja-b'), await world.desk('meja-c')];
    await a.value('employers-save', employer('12345678'));
    await a.value('employers-save', employer('22345678', { name: 'PT Kedua' }));
    for (const d of [a, b, c]) await d.sync();
    // Desk C enrols the person at two employers; its sync is cut after the person and the first membership.
    await c.value('workers-enrol', enrolment('12345678', NIK));
    await c.value('workers-enrol', enrolment('22345678', NIK));
    await c.sync({ pushBatch: 2, maxPushBatches: 1 });
    // Desk B sees only that one membership, and removes the person (what an import undo does).
    await b.sync();
    removePerson(b.backend.db, NIK);
    expect((await b.sync()).refused).toBe(0); // nothing on the server holds the person any more
    // Desk C's second membership arrives after the delete: the person is brought back, not left dangling.
    await c.sync();
    const digests = await settle(a, b, c);
    expect(digests).toEqual(Array(3).fill(await world.digest('BPN')));
    const dangling = await world.pool.query(
      `SELECT m.key FROM rows m LEFT JOIN rows w ON w.entity = 'worker' AND w.key = m.data->>'nik' AND NOT w.deleted
       WHERE m.entity = 'membership' AND NOT m.deleted AND w.key IS NULL`,
    );
    expect(dangling.rows).toEqual([]);
    for (const d of [a, b, c]) {
      expect(workerName(d.backend.db, NIK)).toBe('Budi Santoso');
      expect(activeMemberships(d.backend.db, NIK)).toBe(1);
    }
  });
  test('a pulled row parked behind a local removal, and applied at a later sync, counts in that desk\'s digest', async () => {
    const { world, a, b } = await enrolledAtA();
    // Desk B enrols the same person elsewhere and removes them again; a cut sync sends the enrolment only, so the
    // removal is still queued when desk A's membership arrives: its person is held back, and the membership waits.
    await b.value('workers-enrol', enrolment('12345678', NIK));
    b.backend.db.prepare(`DELETE FROM memberships WHERE worker_id = (SELECT id FROM workers WHERE nik = ?)`).run(NIK);
    b.backend.db.prepare(`DELETE FROM workers WHERE nik = ?`).run(NIK);
    await b.sync({ pushBatch: 2, maxPushBatches: 1 });
    expect(b.backend.db.prepare('SELECT count(*) FROM sync_inbound_pending').pluck().get()).toBeGreaterThan(0);
    // The next sync sends the removal, the person comes back (desk A's membership lives), the waiting row applies.
    const digests = await settle(a, b);
    expect(activeMemberships(b.backend.db, NIK)).toBe(1);
    expect(digests).toEqual(Array(2).fill(await world.digest('BPN')));
  });
  test('rule 1b: a membership pulled while this desk\'s own enrolment of the person there is unsent waits; if it is removed meanwhile, the desk\'s enrolment stands everywhere', async () => {
    const { world, a, b } = await enrolledAtA();
    // Desk A removes the person again (not yet sent); desk B enrols them at the same employer, and a cut sync
    // sends only its first two changes: its membership is still unsent when desk A's arrives.
    removePerson(a.backend.db, NIK);
    b.backend.db.prepare(`UPDATE employers SET address = 'Jl. Baru' WHERE npp = '12345678'`).run();
    await b.value('workers-enrol', enrolment('22345678', NIK));
    const own = b.backend.db.prepare(`SELECT gid FROM memberships`).pluck().get() as string;
    await b.sync({ pushBatch: 2, maxPushBatches: 1 });
    // Desk B still holds its own enrolment; desk A's membership waits for the server's answer to it.
    expect(b.backend.db.prepare(`SELECT gid FROM memberships`).pluck().all()).toEqual([own]);
    const digests = await settle(a, b);
    expect(digests).toEqual(Array(2).fill(await world.digest('BPN')));
    for (const d of [a, b]) {
      expect(d.backend.db.prepare(`SELECT gid FROM memberships WHERE status = 'aktif'`).pluck().all()).toEqual([own]);
      expect(workerName(d.backend.db, NIK)).toBe('Budi Santoso');
    }
  });
});
