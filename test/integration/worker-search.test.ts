import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEARCH_COUNT_BOUND, type WorkerSearchPage } from '../../shared/domain/worker-search';
import { staffedBackend } from '../support/staffed-backend';
import { sampleEmployer } from '../support/temp-db';

type Staffed = Awaited<ReturnType<typeof staffedBackend>>;

/** A NIK for person i (born 10 May 1990 in Balikpapan), unique for i < 10,000. */
const nikOf = (i: number) => `64710110059${String(i).padStart(5, '0')}`;
const kpjOf = (i: number) => `9${String(i).padStart(10, '0')}`;

/**
 * 450 people share one name (equal names must still page without gaps), 1,200 more have "Budi" as a first
 * name (more than the exact-count bound), a few have it as a family name, and one diacritic-free "Budiman".
 */
function seed(s: Staffed): void {
  const db = s.backend.db;
  const now = '2026-03-01T00:00:00Z';
  const worker = db.prepare(
    `INSERT INTO workers (nik, name, birth_date, gender, kpj, phone, created_at, updated_at) VALUES (?, ?, '1990-05-10', 'L', ?, NULL, ?, ?)`,
  );
  const membership = db.prepare(
    `INSERT INTO memberships (worker_id, npp, segment, wage, start_date, programs, status, created_at, updated_at)
     VALUES (?, '12345678', 'PU', 4500000, '2026-01-01', 'JHT,JKK,JKM,JP', ?, ?, ?)`,
  );
  const names = (i: number): string => {
    if (i < 450) return 'Siti Aminah';
    if (i < 1650) return `Budi ${['Santoso', 'Saputra', 'Wijaya'][i % 3]} ${String.fromCharCode(65 + (i % 26))}`;
    if (i < 1660) return `Agus Budi Pratama`;
    return 'Budiman Hasibuan';
  };
  db.transaction(() => {
    for (let i = 0; i < 1661; i++) {
      const id = Number(worker.run(nikOf(i), names(i), i % 2 ? kpjOf(i) : null, now, now).lastInsertRowid);
      if (i !== 1660) membership.run(id, i % 5 ? 'aktif' : 'nonaktif', now, now);
    }
  })();
}

async function allPages(s: Staffed, query: string, limit: number): Promise<{ pages: WorkerSearchPage[]; niks: string[] }> {
  const pages: WorkerSearchPage[] = [];
  let cursor: string | undefined;
  do {
    const page = await s.value<WorkerSearchPage>(s.call('workers-find', { query, limit, ...(cursor ? { cursor } : {}) }, 'ani'));
    pages.push(page);
    cursor = page.next ?? undefined;
  } while (cursor && pages.length < 100);
  return { pages, niks: pages.flatMap((p) => p.items.map((i) => i.nik)) };
}

describe('worker search that hides nobody: counts, keyset pages, KPJ', () => {
  let s: Staffed;
  beforeAll(async () => {
    s = await staffedBackend();
    await s.value(s.call('employers-save', { employer: sampleEmployer({ reportedHeadcount: 2000 }), mode: 'create' }, 'ani'));
    seed(s);
  }, 60_000);
  afterAll(() => s.remove());

  it('pages through 450 people of one name with no duplicate and no gap, in NIK-stable order', async () => {
    const { pages, niks } = await allPages(s, 'siti aminah', 200);
    expect(pages.map((p) => p.items.length)).toEqual([200, 200, 50]);
    expect(pages[0]).toMatchObject({ total: 450, totalExact: true });
    expect(pages[2]!.next).toBeNull();
    expect(new Set(niks).size).toBe(450);
    // Equal names fall back to insertion (id) order, which here is NIK order.
    expect(niks).toEqual(Array.from({ length: 450 }, (_, i) => nikOf(i)));
  });

  it('counts exactly up to the bound and says "more than" past it, yet pages on to every match', async () => {
    const first = await s.value<WorkerSearchPage>(s.call('workers-find', { query: 'Budi', limit: 200 }, 'ani'));
    expect(first).toMatchObject({ total: SEARCH_COUNT_BOUND, totalExact: false });
    expect(first.next).not.toBeNull();
    const { niks, pages } = await allPages(s, 'Budi', 200);
    // 1,200 first names + 10 middle names + 1 "Budiman" (a word prefix), each person once.
    expect(niks.length).toBe(1211);
    expect(new Set(niks).size).toBe(1211);
    expect(pages.at(-1)!.next).toBeNull();
    const names = pages.flatMap((p) => p.items.map((i) => i.name.toLowerCase()));
    expect(names).toEqual([...names].sort());
    expect(names[0]).toBe('agus budi pratama');
    expect(names.at(-1)).toBe('budiman hasibuan');
  });

  it('every word must match, as a word prefix; an exact small count needs no bound', async () => {
    const page = await s.value<WorkerSearchPage>(s.call('workers-find', { query: 'budi prat', limit: 50 }, 'ani'));
    expect(page).toMatchObject({ total: 10, totalExact: true, next: null });
    expect(page.items.every((i) => i.name === 'Agus Budi Pratama')).toBe(true);
    const santoso = await allPages(s, 'san bud', 37);
    expect(santoso.niks.length).toBe(400);
    expect(santoso.pages[0]!.total).toBe(400);
    expect((await s.value<WorkerSearchPage>(s.call('workers-find', { query: 'udi', limit: 50 }, 'ani'))).total).toBe(0);
  });

  it('shows a person without any membership left, and the active membership first', async () => {
    const page = await s.value<WorkerSearchPage>(s.call('workers-find', { query: 'budiman', limit: 50 }, 'ani'));
    expect(page.items).toEqual([expect.objectContaining({ nik: nikOf(1660), membershipCount: 0, npp: null, status: null })]);
    const one = await s.value<WorkerSearchPage>(s.call('workers-find', { query: nikOf(7), limit: 50 }, 'ani'));
    expect(one.items).toEqual([expect.objectContaining({ nik: nikOf(7), membershipCount: 1, npp: '12345678', status: 'aktif', employerName: 'PT Mahakam Sejahtera Abadi' })]);
  });

  it('finds people by KPJ and by leading NIK digits, in NIK order, across pages', async () => {
    const byKpj = await s.value<WorkerSearchPage>(s.call('workers-find', { query: kpjOf(1001), limit: 50 }, 'ani'));
    expect(byKpj.items.map((i) => i.nik)).toEqual([nikOf(1001)]);
    expect(byKpj).toMatchObject({ total: 1, totalExact: true, next: null });
    // "90000000" opens every odd KPJ below 1000 (500 people), typed with separators.
    const { niks, pages } = await allPages(s, '9000.0000', 120);
    expect(pages[0]).toMatchObject({ total: 500, totalExact: true });
    expect(niks).toEqual(Array.from({ length: 500 }, (_, i) => nikOf(2 * i + 1)));
    const byNik = await allPages(s, nikOf(0).slice(0, 13), 200);
    expect(byNik.niks).toEqual(Array.from({ length: 1000 }, (_, i) => nikOf(i)));
    expect(byNik.pages[0]).toMatchObject({ total: 1000, totalExact: true });
  });

  it('sees a rename at once and refuses a forged cursor with a coded message', async () => {
    s.backend.db.prepare(`UPDATE workers SET name = 'Siti Zubaidah' WHERE nik = ?`).run(nikOf(3));
    expect((await s.value<WorkerSearchPage>(s.call('workers-find', { query: 'siti aminah', limit: 1 }, 'ani'))).total).toBe(449);
    const z = await s.value<WorkerSearchPage>(s.call('workers-find', { query: 'zuba', limit: 5 }, 'ani'));
    expect(z.items.map((i) => i.nik)).toEqual([nikOf(3)]);
    s.backend.db.prepare(`DELETE FROM memberships WHERE worker_id = (SELECT id FROM workers WHERE nik = ?)`).run(nikOf(3));
    s.backend.db.prepare(`DELETE FROM workers WHERE nik = ?`).run(nikOf(3));
    expect((await s.value<WorkerSearchPage>(s.call('workers-find', { query: 'zuba', limit: 5 }, 'ani'))).total).toBe(0);
    expect(s.backend.db.prepare(`SELECT count(*) FROM worker_name_words WHERE word = 'zubaidah'`).pluck().get()).toBe(0);

    const forged = await s.call('workers-find', { query: 'budi', limit: 5, cursor: 'not-a-cursor' }, 'ani');
    expect(forged.ok ? 'OK' : forged.error.code).toBe('SEARCH_CURSOR_INVALID');
    const digitsCursorForName = (await s.value<WorkerSearchPage>(s.call('workers-find', { query: '647101', limit: 5 }, 'ani'))).next!;
    const mixed = await s.call('workers-find', { query: 'budi', limit: 5, cursor: digitsCursorForName }, 'ani');
    expect(mixed.ok ? 'OK' : mixed.error.code).toBe('SEARCH_CURSOR_INVALID');
  });

  it('pages names beyond ASCII in the order of the store, one at a time, without a gap', async () => {
    const db = s.backend.db;
    const add = db.prepare(`INSERT INTO workers (nik, name, birth_date, gender, created_at, updated_at) VALUES (?, ?, '1990-05-10', 'P', '', '')`);
    const names = ['Ölah Lestari', 'Zainab Lestari', 'Éva Lestari', 'Ayu Lestari', 'Ñoman Lestari', '𝓐mi Lestari', 'Ａni Lestari'];
    names.forEach((name, k) => add.run(nikOf(5000 + k), name));
    const { niks } = await allPages(s, 'lestari', 1);
    const expected = db
      .prepare(`SELECT nik FROM workers WHERE name LIKE '% Lestari' ORDER BY lower(name), id`)
      .pluck()
      .all() as string[];
    expect(niks).toEqual(expected);
    expect(niks.length).toBe(names.length);
  });

  it('records pages after the first as bulk reads, never with the digits searched', async () => {
    type Trail = { total: number; items: { actor: string; entityId: string; detail: string }[] };
    const trail = () => s.value<Trail>(s.call('audit-list', { action: 'bulk_read' }, 'kacab'));
    const before = (await trail()).total;
    await allPages(s, 'siti', 200); // 449 people: 3 pages, 2 of them after the first
    await allPages(s, '6471011005', 200); // 1,659 people: 9 pages
    const after = await trail();
    expect(after.total - before).toBe(10);
    const entries = after.items.slice(0, 10);
    expect(entries.every((e) => e.actor === 'ani' && e.entityId === 'search')).toBe(true);
    expect(entries.map((e) => JSON.parse(e.detail) as { query: string }).map((d) => d.query)).toEqual([...Array(8).fill('(NIK/KPJ)'), 'siti', 'siti']);
    expect(entries.map((e) => e.detail).join(' ')).not.toMatch(/6471011005/);
  });
});
