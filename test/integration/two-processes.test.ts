import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { holdStore } from '../support/store-holder';
import { staffedBackend } from '../support/staffed-backend';

type Staffed = Awaited<ReturnType<typeof staffedBackend>>;

/** Longest gap between 10 ms ticks while `work` runs (started after the clock): how long the event loop was blocked. */
async function longestStall<T>(work: () => Promise<T>): Promise<{ value: T; stallMs: number }> {
  let last = Date.now();
  let stallMs = 0;
  const timer = setInterval(() => {
    stallMs = Math.max(stallMs, Date.now() - last);
    last = Date.now();
  }, 10);
  try {
    return { value: await work(), stallMs };
  } finally {
    clearInterval(timer);
  }
}

/** Item 8: another process (a CLI import) holds the write lock; the host waits without freezing, then answers STORE_BUSY. */
describe('two processes on one store', () => {
  let s: Staffed;
  let file: string;
  beforeAll(async () => {
    s = await staffedBackend();
    file = s.backend.db.name;
  });
  afterAll(() => s.remove());
  const save = (employed: number) => s.call('workforce-save', { areaCode: '64.71', year: 2026, employed, source: 'Uji' }, 'admin');

  it('a write waits for a short transaction in another process and then succeeds, the event loop free meanwhile', async () => {
    const holder = await holdStore(file, 'write', 1200);
    try {
      const started = Date.now();
      const { value, stallMs } = await longestStall(() =>
        Promise.all([save(1000), (async () => (await holder.released, s.backend.call('app-info', {})))()]),
      );
      expect(value[0]).toMatchObject({ ok: true });
      expect(value[1]).toMatchObject({ ok: true });
      expect(Date.now() - started).toBeGreaterThan(500);
      expect(stallMs).toBeLessThan(600);
    } finally {
      await holder.kill();
    }
  }, 30_000);

  it('a write under a long transaction answers STORE_BUSY (not INTERNAL), reads keep answering, and nothing is half-written', async () => {
    const holder = await holdStore(file, 'write', 15_000);
    try {
      const { value, stallMs } = await longestStall(() => Promise.all([save(2000), s.backend.call('app-info', {})]));
      expect(value[0]).toMatchObject({ ok: false, error: { code: 'STORE_BUSY' } });
      expect(value[1]).toMatchObject({ ok: true });
      expect(stallMs).toBeLessThan(600);
    } finally {
      await holder.kill();
    }
    expect(s.backend.db.prepare(`SELECT employed FROM workforce WHERE area_code = '64.71' AND year = 2026`).pluck().get()).toBe(1000);
    expect(await save(3000)).toMatchObject({ ok: true });
  }, 30_000);
});
