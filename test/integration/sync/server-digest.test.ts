import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { cli } from '../../support/import-fixtures';
import { employer, enrolment } from '../../support/sync-fixture';
import { useSyncWorlds, type SyncWorld } from '../../support/sync-lifecycle';
import { writeRoster } from '../../support/sync-roster';

const newWorld = useSyncWorlds();

type Desk = Awaited<ReturnType<SyncWorld['desk']>>;

const PU = '6471011203900002';
const BPU = '6409012101900003';
const SAMARINDA = '6472012507880004';

const membershipId = (d: Desk, nik: string) =>
  d.backend.db.prepare(`SELECT m.id FROM memberships m JOIN workers w ON w.id = m.worker_id WHERE w.nik = ?`).pluck().get(nik) as number;

describe('server digest: one set-based pass gives what every desk computes', () => {
  test('a populated branch (more rows per entity than one fetch), another branch and the regional office: the server digest equals each desk digest', async () => {
    const world = await newWorld();
    const a = await world.desk('meja-a', 'BPN');
    const s = await world.desk('meja-smd', 'SMD');
    const r = await world.desk('kanwil', '*');
    await a.value('employers-save', employer('12345678'));
    // 5,200 workers, memberships and wage periods: each entity crosses the server's fetch size (5,000).
    const roster = path.join(world.tmpDir, 'roster.xlsx');
    writeRoster(roster, 5_200);
    expect((await cli('import', 'roster', roster, '--employer', '12345678', '--db', a.file, '--json')).code).toBe(0);
    await a.value('workers-enrol', enrolment('12345678', PU));
    await a.value('memberships-wage', { membershipId: membershipId(a, PU), wage: 5_000_000, fromMonth: '2026-03' });
    await a.value('bpu-enrol', { worker: { nik: BPU, name: 'Candra Ojek', birthDate: '1990-01-21' }, income: 1_500_000, programs: ['JKK', 'JKM'], intervalMonths: 1, startDate: '2026-02-01' });
    await a.value('staff-save', { mode: 'create', username: 'ani', displayName: 'Ani', role: 'petugas', password: 'ani-kuat-123', homeBranch: 'BPN' });
    await s.value('employers-save', employer('22345678', { name: 'PT Samarinda', regencyCode: '64.72', address: 'Jl. Pahlawan, Samarinda' }));
    await s.value('workers-enrol', enrolment('22345678', SAMARINDA, { worker: { name: 'Dedi Samarinda', birthDate: '1988-07-25' } }));
    await a.sync();
    await s.sync();
    // A removes the PU membership it made: its wage periods go on the desk by a cascade and stay live rows on the
    // server, which must leave them out while their membership is deleted.
    a.backend.db.prepare('DELETE FROM memberships WHERE id = ?').run(membershipId(a, PU));
    for (let round = 0; round < 2; round++) for (const d of [a, s, r]) await d.sync();
    const held = await world.pool.query(`SELECT count(*)::int AS n FROM rows WHERE entity = 'membership_wage' AND key LIKE '%|2026-03' AND NOT deleted`);
    expect(held.rows[0].n).toBe(1);

    const bpn = await world.digest('BPN');
    expect((await a.sync()).digest).toBe(bpn);
    expect((await s.sync()).digest).toBe(await world.digest('SMD'));
    expect((await r.sync()).digest).toBe(await world.digest('*'));
    expect(new Set([bpn, await world.digest('SMD'), await world.digest('*')]).size).toBe(3);
    expect(s.backend.db.prepare(`SELECT branch_code FROM employers`).pluck().all()).toEqual(['SMD']);
  }, 240_000);
});
