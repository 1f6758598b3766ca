import path from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Db } from '../../../electron/db/open';
import { cli } from '../../support/import-fixtures';
import { employer, enrolment } from '../../support/sync-fixture';
import { useSyncWorlds } from '../../support/sync-lifecycle';
import { writeRoster } from '../../support/sync-roster';

const newWorld = useSyncWorlds();

const NIK = '6471011203900002';
const workerName = (db: Db, nik: string) => db.prepare('SELECT name FROM workers WHERE nik = ?').pluck().get(nik);

async function importRoster(dir: string, file: string, count: number, serialBase: number): Promise<void> {
  const roster = path.join(dir, `roster-${serialBase}.xlsx`);
  writeRoster(roster, count, serialBase);
  expect((await cli('import', 'roster', roster, '--employer', '12345678', '--db', file, '--json')).code).toBe(0);
}

describe('echo ranges: a desk pull jumps over its own pushed changes, and only over those', () => {
  test("another desk's change committed between two of a desk's pushes is pulled by that desk", async () => {
    const world = await newWorld();
    const a = await world.desk('meja-a');
    const b = await world.desk('meja-b');
    await a.value('employers-save', employer('12345678'));
    await a.sync();
    await b.sync();
    await importRoster(world.tmpDir, a.file, 400, 1);
    // The server applies the first batch but its answer is lost: the desk's cursor stays before it.
    await expect(a.sync({ pushBatch: 600, loseAnswerOfBatch: 1 })).rejects.toMatchObject({ code: 'SYNC_UNREACHABLE' });
    await b.value('workers-enrol', enrolment('12345678', NIK, { worker: { name: 'Siti Aminah' } }));
    await b.sync();
    // The rest of the roster: a second range of the desk's own changes, after meja-b's.
    const ra = await a.sync();
    expect(workerName(a.backend.db, NIK)).toBe('Siti Aminah');
    expect(ra.digest).toBe(await world.digest('BPN'));
    const rb = await b.sync();
    expect(rb.digest).toBe(ra.digest);
    // Two ranges, not one spanning meja-b's change.
    const ranges = await world.pool.query(`SELECT first_rev, last_rev FROM echo_ranges WHERE desk = 'meja-a' ORDER BY first_rev`);
    expect(ranges.rows.length).toBeGreaterThanOrEqual(2);
  }, 120_000);

  test('a conflict the server records in the middle of a batch of the desk own changes reaches that desk', async () => {
    const world = await newWorld();
    const a = await world.desk('meja-a');
    const b = await world.desk('meja-b');
    await a.value('employers-save', employer('12345678'));
    await a.sync();
    await b.sync();
    await b.value('workers-enrol', enrolment('12345678', NIK, { worker: { name: 'Budi Santoso' } }));
    await b.sync();
    // One batch: 300 people, then a person the server holds under another name, then 300 more.
    await importRoster(world.tmpDir, a.file, 300, 1);
    await a.value('workers-enrol', enrolment('12345678', NIK, { worker: { name: 'Budi Santoso Putra' } }));
    await importRoster(world.tmpDir, a.file, 300, 50);
    const ra = await a.sync();
    expect(ra.conflicts).toBe(1);
    expect(workerName(a.backend.db, NIK)).toBe('Budi Santoso');
    expect(ra.digest).toBe(await world.digest('BPN'));
    expect((await b.sync()).digest).toBe(ra.digest);
    // The person and the conflict split the batch's own changes in two ranges.
    const ranges = await world.pool.query(`SELECT count(*)::int AS n FROM echo_ranges WHERE desk = 'meja-a'`);
    expect(ranges.rows[0].n).toBeGreaterThanOrEqual(2);
  }, 120_000);
});
