import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/main';
import { sampleEmployer, sampleWorker } from '../support/temp-db';
import { staffedBackend } from '../support/staffed-backend';

type Page = { items: { nik: string }[]; total: number };
type Audit = { items: { actor: string; action: string; entityId: string; detail: string }[] };

describe('bulk reads of NIK and wages: capped pages, audited beyond the first', () => {
  let s: Awaited<ReturnType<typeof staffedBackend>>;
  beforeAll(async () => {
    s = await staffedBackend();
    await s.value(s.call('employers-save', { employer: sampleEmployer({ reportedHeadcount: 450 }), mode: 'create' }, 'ani'));
    for (let i = 1; i <= 450; i++) {
      const nik = `6471011005900${String(i).padStart(3, '0')}`;
      const worker = sampleWorker({ nik, name: `Pekerja ${i}`, birthDate: '1990-05-10', gender: 'L' });
      await s.value(s.call('workers-enrol', { npp: '12345678', worker, segment: 'PU', wage: 4_500_000, startDate: '2026-01-05' }, 'ani'));
    }
  }, 120_000);
  afterAll(() => s.remove());

  const bulkReads = async () => (await s.value<Audit>(s.call('audit-list', { action: 'bulk_read' }, 'kacab'))).items;

  it('refuses pages over 200 rows', async () => {
    const r = await s.call('workers-list', { npp: '12345678', limit: 1000 }, 'ani');
    expect(r.ok ? 'OK' : r.error.code).toBe('BAD_ARGUMENT');
    const search = await s.call('workers-search', { query: '647101', limit: 201 }, 'ani');
    expect(search.ok ? 'OK' : search.error.code).toBe('BAD_ARGUMENT');
  });

  it('records each page beyond the first with its filter, as the clerk who read it; the first page is not recorded', async () => {
    const first = await s.value<Page>(s.call('workers-list', { npp: '12345678', offset: 0, limit: 200 }, 'ani'));
    expect(first.total).toBe(450);
    expect(await bulkReads()).toEqual([]);
    for (const offset of [200, 400]) await s.value<Page>(s.call('workers-list', { npp: '12345678', offset, limit: 200 }, 'ani'));
    const entries = await bulkReads();
    expect(entries.map((e) => [e.actor, e.entityId, ...(({ offset, rows }: { offset: number; rows: number }) => [offset, rows])(JSON.parse(e.detail))])).toEqual([
      ['ani', '12345678', 400, 50],
      ['ani', '12345678', 200, 200],
    ]);
  });

  it('the CLI still lists every worker (in pages of 200), and its bulk read is on the trail', async () => {
    let out = '';
    const before = (await bulkReads()).length;
    const code = await runCli(['list', 'workers', '--employer', '12345678', '--db', s.backend.db.name, '--json', '--user', 'operator'], { out: (t) => (out = t), err: () => {} });
    expect(code).toBe(0);
    expect((JSON.parse(out) as unknown[]).length).toBe(450);
    const entries = await bulkReads();
    expect(entries.length - before).toBe(2);
    expect(entries[0]!.actor).toBe('operator');
  });
});
