import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseHlc } from '../../../shared/sync/hlc';
import { backupTo } from '../../../electron/backup/backup';
import { createBackend } from '../../../electron/backend';
import { runSync } from '../../../electron/sync/run-sync';
import { employer, enrolment } from '../../support/sync-fixture';
import { useSyncWorlds } from '../../support/sync-lifecycle';

const newWorld = useSyncWorlds();

const X = '6471011203900002';
const Y = '6471015708850001';
const Z = '6471014501950003';
const hasWorker = (db: { prepare(s: string): { pluck(): { get(a: unknown): unknown } } }, nik: string) =>
  db.prepare('SELECT count(*) FROM workers WHERE nik = ?').pluck().get(nik) === 1;

describe('restored and copied stores, wrong clocks', () => {
  test('a desk restored from a backup re-bases on the server: its new work is not mistaken for old, and what it lost is listed', async () => {
    const world = await newWorld();
    const a = await world.desk('meja-a');
    const b = await world.desk('meja-b');
    await a.value('employers-save', employer('12345678'));
    await a.sync();
    const backup = path.join(world.tmpDir, 'cadangan.db');
    await backupTo(a.backend.db, backup);
    await a.value('workers-enrol', enrolment('12345678', X));
    await a.sync(); // X reaches the server after the backup was made
    await a.value('workers-enrol', enrolment('12345678', Y, { worker: { name: 'Siti Rahmawati', birthDate: '1985-08-17', gender: 'P' } })); // never synced
    const restored = await a.backend.context().storage.restore(backup);
    expect(restored.unsyncedBeforeRestore).toEqual(expect.arrayContaining([{ entity: 'worker', key: Y, op: 'upsert' }]));
    await a.value('workers-enrol', enrolment('12345678', Z, { worker: { name: 'Ani Lestari', birthDate: '1995-01-05', gender: 'P' } }));
    const ra = await a.sync();
    expect(ra.rebased).toBe(true);
    const rb = await b.sync();
    expect(hasWorker(b.backend.db, Z)).toBe(true); // without the re-base, Z's numbers would be taken as X's and dropped
    expect(hasWorker(a.backend.db, X)).toBe(true); // X comes back from the server
    expect(hasWorker(a.backend.db, Y)).toBe(false);
    expect(rb.digest).toBe((await a.sync()).digest);
    expect(rb.digest).toBe(await world.digest('BPN'));
  });

  test('a store file copied to a second place is refused: two desks cannot present one identity', async () => {
    const world = await newWorld();
    const a = await world.desk('meja-a');
    await a.value('employers-save', employer('12345678'));
    await a.sync();
    const copyFile = path.join(world.tmpDir, 'salinan.db');
    await backupTo(a.backend.db, copyFile);
    const copy = createBackend(copyFile, 'cli');
    try {
      await copy.call('employers-save', employer('22345678', { name: 'PT Salinan' }));
      await expect(runSync(copy.db, { dbFile: copyFile })).rejects.toMatchObject({ code: 'SYNC_DESK_DUPLICATE' });
      expect((await a.sync()).pending).toBe(0); // the original keeps working
    } finally {
      copy.close();
    }
  });

  test('a desk clock days ahead does not win every race; a desk clock days behind does not lose its edits', async () => {
    const world = await newWorld();
    const a = await world.desk('meja-a');
    const b = await world.desk('meja-b');
    await a.value('employers-save', employer('12345678'));
    await a.value('workers-enrol', enrolment('12345678', X));
    await a.sync();
    await b.sync();
    const day = 86_400_000;
    a.backend.db.prepare(`UPDATE memberships SET wage = 5000000`).run();
    a.backend.db.prepare(`UPDATE sync_outbox SET hlc_ms = hlc_ms + ?`).run(3 * day);
    const before = Date.now();
    await a.sync();
    const stamp = await world.pool.query(`SELECT field_hlc->>'wage' AS h FROM rows WHERE entity = 'membership'`);
    expect(parseHlc(stamp.rows[0].h).ms).toBeLessThanOrEqual(Date.now() + 61_000);
    expect(parseHlc(stamp.rows[0].h).ms).toBeGreaterThanOrEqual(before);
    await b.sync();
    b.backend.db.prepare(`UPDATE memberships SET wage = 6000000`).run();
    b.backend.db.prepare(`UPDATE sync_outbox SET hlc_ms = hlc_ms - ?`).run(3 * day);
    await b.sync();
    await a.sync();
    expect(a.backend.db.prepare('SELECT wage FROM memberships').pluck().get()).toBe(6_000_000);
  });
});
