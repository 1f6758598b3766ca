import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { revokeDesk } from '../../../electron/server/desks';
import { cli } from '../../support/import-fixtures';
import { employer, enrolment } from '../../support/sync-fixture';
import { useSyncWorlds } from '../../support/sync-lifecycle';
import { writeRoster } from '../../support/sync-roster';

const newWorld = useSyncWorlds();

const pending = (db: { prepare(sql: string): { pluck(): { get(): unknown } } }) => db.prepare('SELECT count(*) FROM sync_outbox').pluck().get() as number;
const failure = async (p: Promise<unknown>) => {
  try {
    await p;
  } catch (error) {
    return (error as { code?: string }).code;
  }
  return 'no error';
};

/** Runs the desk's sync in a child process and kills it with SIGKILL once `when` says so (or lets it finish). */
function syncAndKill(file: string, when: (line: string) => boolean): Promise<'killed' | 'finished'> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'test/support/sync-child.ts', file], { stdio: ['ignore', 'pipe', 'inherit'] });
    let killed = false;
    let buffer = '';
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop()!;
      for (const line of lines) if (!killed && when(line)) {
        killed = true;
        child.kill('SIGKILL');
      }
    });
    child.on('error', reject);
    child.on('exit', () => resolve(killed ? 'killed' : 'finished'));
  });
}

describe('sync under failure (real PostgreSQL, real processes)', () => {
  test('a wrong or revoked desk key is refused, and a desk of another branch cannot read this branch', async () => {
    const world = await newWorld();
    const a = await world.desk('meja-a', 'BPN');
    const other = await world.desk('meja-smd', 'SMD');
    await a.value('employers-save', employer('12345678'));
    await a.value('workers-enrol', enrolment('12345678', '6471011203900002'));
    await a.sync();
    await other.sync();
    expect(other.backend.db.prepare(`SELECT count(*) FROM employers WHERE npp = '12345678'`).pluck().get()).toBe(0);
    expect(other.backend.db.prepare(`SELECT count(*) FROM workers`).pluck().get()).toBe(0);
    // Writing into another branch is refused too.
    await other.value('employers-save', employer('32345678', { name: 'PT Lain' }));
    other.backend.db.prepare(`UPDATE employers SET branch_code = 'BPN' WHERE npp = '32345678'`).run();
    const pushed = await other.sync();
    expect(pushed.refusedItems).toEqual(expect.arrayContaining([{ entity: 'employer', key: '32345678', code: 'SYNC_OUT_OF_SCOPE' }]));
    expect(await failure(a.sync({ deskKey: 'sgd_bukan-kunci-yang-benar' }))).toBe('SYNC_DESK_KEY_INVALID');
    await a.value('employers-save', employer('42345678', { name: 'PT Baru' }));
    const before = pending(a.backend.db);
    await revokeDesk(world.pool, 'meja-a');
    expect(await failure(a.sync())).toBe('SYNC_DESK_REVOKED');
    expect(pending(a.backend.db)).toBe(before);
  });

  test('server unreachable: the CLI exits 1 with SYNC_UNREACHABLE and the queue is untouched', async () => {
    const world = await newWorld();
    const a = await world.desk('meja-a');
    await a.value('employers-save', employer('12345678'));
    const before = pending(a.backend.db);
    const r = await cli('sync', '--db', a.file, '--server', 'http://127.0.0.1:9', '--desk-key', a.key, '--json');
    expect(r.code).toBe(1);
    expect(r.json().error.code).toBe('SYNC_UNREACHABLE');
    expect(pending(a.backend.db)).toBe(before);
  });

  test('PostgreSQL stopped while a desk works: the desk keeps working and syncs once it is back', async () => {
    const world = await newWorld();
    const a = await world.desk('meja-a');
    const b = await world.desk('meja-b');
    await a.value('employers-save', employer('12345678'));
    await a.sync();
    world.cluster.stop();
    try {
      await a.value('workers-enrol', enrolment('12345678', '6471011203900002'));
      const queued = pending(a.backend.db);
      expect(queued).toBeGreaterThan(0);
      expect(await failure(a.sync())).toBe('SYNC_SERVER_UNAVAILABLE');
      expect(pending(a.backend.db)).toBe(queued);
    } finally {
      world.cluster.start();
    }
    const ra = await a.sync();
    expect(ra.pending).toBe(0);
    const rb = await b.sync();
    expect(rb.digest).toBe((await a.sync()).digest);
    expect(rb.digest).toBe(await world.digest('BPN'));
  });

  test('kill -9 of a desk during push and during pull, and a server restart mid-sync: retries apply nothing twice and lose nothing', async () => {
    const world = await newWorld();
    const a = await world.desk('meja-a');
    const b = await world.desk('meja-b');
    await a.value('employers-save', employer('12345678'));
    await a.sync();
    await b.sync();
    const roster = path.join(world.tmpDir, 'besar.xlsx');
    writeRoster(roster, 8_000);
    expect((await cli('import', 'roster', roster, '--employer', '12345678', '--db', a.file, '--json')).code).toBe(0);
    // Each child opens the store itself; the test's own connections stay idle meanwhile.
    const outcomes: string[] = [];
    outcomes.push(await syncAndKill(a.file, (l) => l === 'push 5000'));
    outcomes.push(await syncAndKill(a.file, (l) => l.startsWith('push ')));
    // A server restart in the middle of a push: the desk sees an error, the next sync completes.
    const restarting = a.sync().catch((e: { code?: string }) => e.code);
    await world.restartServer();
    await restarting;
    outcomes.push(await syncAndKill(a.file, () => false));
    expect(outcomes).toContain('killed');
    const counts = await world.pool.query(`SELECT count(*)::int AS n FROM rows WHERE entity = 'membership' AND NOT deleted`);
    expect(counts.rows[0].n).toBe(a.backend.db.prepare('SELECT count(*) FROM memberships').pluck().get());
    // The second desk is killed during its pull, twice, then finishes.
    const pullOutcomes = [await syncAndKill(b.file, (l) => l.startsWith('pull ')), await syncAndKill(b.file, (l) => l.startsWith('pull '))];
    expect(pullOutcomes).toContain('killed');
    const rb = await b.sync();
    const ra = await a.sync();
    expect(rb.digest).toBe(ra.digest);
    expect(ra.digest).toBe(await world.digest('BPN'));
    expect(b.backend.db.prepare('SELECT count(*) FROM workers').pluck().get()).toBe(8_000);
    expect(b.backend.db.prepare('SELECT count(*) FROM memberships').pluck().get()).toBe(8_000);
  }, 240_000);
});
