import { afterAll, beforeAll, expect, test } from 'vitest';
import { startPgCluster, type PgCluster } from '../../support/pg-cluster';
import { employer, enrolment, syncWorld } from '../../support/sync-fixture';

let cluster: PgCluster;
beforeAll(async () => {
  cluster = await startPgCluster();
});
afterAll(() => cluster?.remove());

test('two desks converge', async () => {
  const w = await syncWorld(cluster);
  try {
    const a = await w.desk('meja-a');
    const b = await w.desk('meja-b');
    await a.value('employers-save', employer('12345678'));
    await a.value('workers-enrol', enrolment('12345678', '6471011203900002'));
    const ra = await a.sync();
    console.log(ra);
    const rb = await b.sync();
    console.log(rb);
    const ra2 = await a.sync();
    console.log(ra2, await w.digest('BPN'));
    expect(rb.digest).toBe(ra2.digest);
    expect(ra2.digest).toBe(await w.digest('BPN'));
  } finally {
    await w.close();
  }
});
