import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EmployerSummary } from '../../shared/domain/employer';
import type { Page } from '../../shared/domain/page';
import { tempBackend } from '../support/temp-db';

type Backend = ReturnType<typeof tempBackend>;

const nppOf = (i: number) => String(20_000_000 + i * 7);
const npwpOf = (i: number) => `0${String(310_000_000_000_000 + i * 13).padStart(15, '0')}`;
const nibOf = (i: number) => String(8_120_000_000_000 + i * 11);

/** 700 employers, in groups of 7 with the same name (and a lower-case twin), so the order must fall back to NPP. */
function seed(b: Backend): void {
  const insert = b.db.prepare(
    `INSERT INTO employers (npp, name, npwp, nib, regency_code, address, scale, risk_group, programs, reported_headcount,
       branch_code, created_at, updated_at)
     VALUES (?, ?, ?, ?, '64.71', '', 'kecil', 1, 'JKK,JKM', 5, 'BPN', '2026-01-01', '2026-01-01')`,
  );
  b.db.transaction(() => {
    for (let i = 0; i < 700; i++) {
      const base = `PT Usaha ${String(Math.floor(i / 7)).padStart(3, '0')}`;
      insert.run(nppOf(i), i % 7 === 3 ? base.toLowerCase() : base, i % 4 ? npwpOf(i) : null, i % 5 ? nibOf(i) : null);
    }
  })();
}

describe('employer list: keyset pages and identifier prefixes an index serves', () => {
  let b: Backend;
  beforeAll(() => {
    b = tempBackend();
    seed(b);
  });
  afterAll(() => b.remove());

  const list = async (arg: Record<string, unknown>) => {
    const r = await b.call('employers-list', arg);
    if (!r.ok) throw new Error(r.error.code);
    return r.value as Page<EmployerSummary>;
  };

  it('walks the whole list after the last row shown: no duplicate, no gap, the same order as offsets', async () => {
    const seen: EmployerSummary[] = [];
    let page = await list({ limit: 64 });
    expect(page.total).toBe(700);
    while (page.items.length) {
      seen.push(...page.items);
      const last = page.items.at(-1)!;
      page = await list({ limit: 64, after: { name: last.name, npp: last.npp } });
      expect(page.total).toBe(700);
    }
    expect(seen.length).toBe(700);
    expect(new Set(seen.map((e) => e.npp)).size).toBe(700);
    const byOffset: EmployerSummary[] = [];
    for (let offset = 0; offset < 700; offset += 200) byOffset.push(...(await list({ offset, limit: 200 })).items);
    expect(seen.map((e) => e.npp)).toEqual(byOffset.map((e) => e.npp));
    // Same name (case aside): NPP decides.
    const group = seen.filter((e) => e.name.toLowerCase() === 'pt usaha 042').map((e) => e.npp);
    expect(group).toEqual(Array.from({ length: 7 }, (_, k) => nppOf(42 * 7 + k)));
  });

  it('finds employers by leading digits of NPP, NPWP (typed with dots) or NIB, within filters and pages', async () => {
    const byNpp = await list({ query: nppOf(100).slice(0, 6) });
    expect(byNpp.items.map((e) => e.npp)).toEqual(expect.arrayContaining([nppOf(100)]));
    expect(byNpp.items.every((e) => e.npp.startsWith(nppOf(100).slice(0, 6)))).toBe(true);
    const npwp = npwpOf(201); // i = 201 has an NPWP (201 % 4 ≠ 0)
    const dotted = `${npwp.slice(0, 2)}.${npwp.slice(2, 5)}.${npwp.slice(5, 8)}.${npwp.slice(8, 9)}-${npwp.slice(9, 12)}`;
    const byNpwp = await list({ query: dotted, limit: 1000 });
    expect(byNpwp.items.map((e) => e.npp)).toContain(nppOf(201));
    expect(byNpwp.items.every((e) => e.npwp?.startsWith(npwp.slice(0, 12)))).toBe(true);
    const byNib = await list({ query: nibOf(303) });
    expect(byNib).toMatchObject({ total: 1, items: [{ npp: nppOf(303) }] });
    expect((await list({ query: nibOf(305) })).total).toBe(0); // 305 % 5 = 0: no NIB
    // A prefix shared by NPP and NIB columns of different employers lists each once.
    const wide = await list({ query: '8120', limit: 50 });
    expect(wide.total).toBe(560);
    const next = await list({ query: '8120', limit: 50, after: { name: wide.items.at(-1)!.name, npp: wide.items.at(-1)!.npp } });
    expect(new Set([...wide.items, ...next.items].map((e) => e.npp)).size).toBe(100);
  });

  it('serves prefixes from the NPP, NPWP and NIB keys and keyset pages from the name key, without sorting the table', () => {
    const plan = (sql: string, params: Record<string, unknown>) =>
      (b.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params) as { detail: string }[]).map((r) => r.detail).join(' | ');
    const ids = plan(
      `SELECT count(*) FROM employers e WHERE e.rowid IN (SELECT rowid FROM employers WHERE npp >= @lo AND npp < @hi
        UNION ALL SELECT rowid FROM employers WHERE npwp >= @lo AND npwp < @hi UNION ALL SELECT rowid FROM employers WHERE nib >= @lo AND nib < @hi)`,
      { lo: '1', hi: '1:' },
    );
    expect(ids).toMatch(/sqlite_autoindex_employers_1/);
    expect(ids).toMatch(/employers_npwp/);
    expect(ids).toMatch(/employers_nib/);
    const deep = plan(
      `SELECT e.npp FROM employers e JOIN regions r ON r.code = e.regency_code
       WHERE (e.name COLLATE NOCASE, e.npp) > (@n, @p) ORDER BY e.name COLLATE NOCASE, e.npp LIMIT 200`,
      { n: 'PT', p: '1' },
    );
    expect(deep).toMatch(/employers_name_npp/);
    expect(deep).not.toMatch(/TEMP B-TREE/);
  });
});
