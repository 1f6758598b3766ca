import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GapPage } from '../../shared/gaps/gap-api-types';
import { registerAuditFunctions } from '../../electron/audit/actor';
import { createBackend, type Backend } from '../../electron/backend';
import { migrate } from '../../electron/db/migrate';
import { migrations } from '../../electron/db/migrations/index';
import { FIXED_NOW, sampleEmployer, tempDir } from '../support/temp-db';

type Session = { username: string; homeBranch?: string | null };

/** Issue 11 §4: accounts have a home branch; the summary and the gap list open on it. */
describe('an account’s home branch', () => {
  const tmp = tempDir();
  let b: Backend;
  let admin: string;
  const ok = async <T>(p: ReturnType<Backend['call']>): Promise<T> => {
    const r = await p;
    if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
    return r.value as T;
  };
  const signIn = (username: string, password: string) => ok<{ session: Session; token: string }>(b.call('auth-signin', { username, password }));

  beforeAll(async () => {
    b = createBackend(path.join(tmp.dir, 'home.db'), 'browser', { now: FIXED_NOW });
    admin = (await ok<{ token: string }>(b.call('auth-setup', { username: 'admin', displayName: 'Admin', password: 'rahasia-admin-1' }))).token;
  });
  afterAll(() => {
    b.close();
    tmp.remove();
  });

  it('is saved with the account (by code or name), shown in the list and carried by the signed-in session', async () => {
    const created = await ok<{ homeBranch: string | null }>(
      b.call('staff-save', { mode: 'create', username: 'siti', displayName: 'Siti', role: 'petugas', password: 'siti-kuat-123', homeBranch: 'Samarinda' }, admin),
    );
    expect(created.homeBranch).toBe('SMD');
    const list = await ok<{ username: string; homeBranch: string | null }[]>(b.call('staff-list', {}, admin));
    expect(list.find((s) => s.username === 'siti')?.homeBranch).toBe('SMD');
    const { session, token } = await signIn('siti', 'siti-kuat-123');
    expect(session.homeBranch).toBe('SMD');
    const status = await ok<{ session: Session }>(b.call('auth-status', {}, token));
    expect(status.session.homeBranch).toBe('SMD');
  });

  it('is changed and cleared by the admin, audited, and kept by an update that does not name it', async () => {
    await ok(b.call('staff-save', { mode: 'update', username: 'siti', displayName: 'Siti', role: 'petugas', homeBranch: 'BPN' }, admin));
    const audit = b.db.prepare(`SELECT before, after FROM audit_log WHERE entity = 'staff' AND action = 'update' ORDER BY id DESC LIMIT 1`).get() as { before: string; after: string };
    expect([JSON.parse(audit.before).home_branch, JSON.parse(audit.after).home_branch]).toEqual(['SMD', 'BPN']);
    await ok(b.call('staff-save', { mode: 'update', username: 'siti', displayName: 'Siti A.', role: 'petugas' }, admin));
    expect((await signIn('siti', 'siti-kuat-123')).session.homeBranch).toBe('BPN');
    await ok(b.call('staff-save', { mode: 'update', username: 'siti', displayName: 'Siti A.', role: 'petugas', homeBranch: null }, admin));
    expect((await signIn('siti', 'siti-kuat-123')).session.homeBranch).toBeNull();
  });

  it('refuses a branch that does not exist with a coded message and saves nothing', async () => {
    const r = await b.call('staff-save', { mode: 'create', username: 'budi', displayName: 'Budi', role: 'petugas', password: 'budi-kuat-123', homeBranch: 'Atlantis' }, admin);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('HOME_BRANCH_UNKNOWN');
    expect(r.error.message).toContain('Atlantis');
    expect(b.db.prepare(`SELECT count(*) FROM staff WHERE username = 'budi'`).pluck().get()).toBe(0);
  });
});

describe('migration 14: existing accounts get the store’s branch', () => {
  const tmp = tempDir();
  afterAll(() => tmp.remove());
  const beforeHomeBranch = migrations.slice(0, 13);

  function olderStore(file: string, fill: (db: Database.Database) => void): Database.Database {
    const db = new Database(file);
    db.pragma('foreign_keys = ON');
    registerAuditFunctions(db);
    migrate(db, beforeHomeBranch);
    fill(db);
    return db;
  }
  const addStaff = (db: Database.Database, username: string) =>
    db.prepare(`INSERT INTO staff (username, display_name, role, password_hash, created_at, updated_at) VALUES (?, ?, 'petugas', 'x', 'now', 'now')`).run(username, username);
  const addEmployer = (db: Database.Database, npp: string, branch: string, regency: string) =>
    db
      .prepare(`INSERT INTO employers (npp, name, regency_code, address, scale, risk_group, programs, reported_headcount, branch_code, created_at, updated_at) VALUES (?, ?, ?, '', 'kecil', 1, 'JKK,JKM', 0, ?, 'now', 'now')`)
      .run(npp, `PT ${npp}`, regency, branch);

  it('takes the branch of the sync binding, without an audit entry per account', () => {
    const db = olderStore(path.join(tmp.dir, 'bound.db'), (d) => {
      addStaff(d, 'ani');
      addStaff(d, 'budi');
      d.prepare(`UPDATE sync_local_state SET branch = 'TRK' WHERE id = 1`).run();
    });
    const audited = db.prepare(`SELECT count(*) FROM audit_log`).pluck().get();
    migrate(db);
    expect(db.prepare(`SELECT username, home_branch FROM staff ORDER BY username`).all()).toEqual([
      { username: 'ani', home_branch: 'TRK' },
      { username: 'budi', home_branch: 'TRK' },
    ]);
    expect(db.prepare(`SELECT count(*) FROM audit_log`).pluck().get()).toBe(audited);
    db.close();
  });

  it('takes the one branch all employers belong to, and none when they belong to several', () => {
    const one = olderStore(path.join(tmp.dir, 'one.db'), (d) => {
      addStaff(d, 'ani');
      addEmployer(d, '10000001', 'SMD', '64.72');
      addEmployer(d, '10000002', 'SMD', '64.02');
    });
    migrate(one);
    expect(one.prepare(`SELECT home_branch FROM staff`).pluck().get()).toBe('SMD');
    one.close();
    const several = olderStore(path.join(tmp.dir, 'several.db'), (d) => {
      addStaff(d, 'ani');
      addEmployer(d, '10000001', 'SMD', '64.72');
      addEmployer(d, '10000002', 'BPN', '64.71');
    });
    migrate(several);
    expect(several.prepare(`SELECT home_branch FROM staff`).pluck().get()).toBeNull();
    several.close();
  });
});

describe('gap list search (name or NPP, filtered by the backend)', () => {
  const tmp = tempDir();
  let b: Backend;
  const list = async (arg: Record<string, unknown>) => {
    const r = await b.call('gaps-list', { period: '2026-03', limit: 2, ...arg });
    if (!r.ok) throw new Error(r.error.code);
    return r.value as GapPage;
  };
  beforeAll(async () => {
    b = createBackend(path.join(tmp.dir, 'gaps.db'), 'cli', { now: FIXED_NOW });
    const names = ['PT Mahakam Sejahtera Abadi', 'CV Tepian Kayu Samarinda', 'PT Teluk Balikpapan Makmur', 'PT Karang Joang Sentosa'];
    for (const [i, name] of names.entries()) {
      // No JP at a medium employer: one PDS Program finding each; more reported than enrolled: PDS TK.
      const r = await b.call('employers-save', { mode: 'create', employer: sampleEmployer({ npp: `1234567${i}`, name, npwp: null, nib: null, programs: ['JKK', 'JKM', 'JHT'] }) });
      if (!r.ok) throw new Error(r.error.code);
    }
  });
  afterAll(() => {
    b.close();
    tmp.remove();
  });

  it('finds by words of the name in any case and order, over the whole list rather than one page', async () => {
    const all = await list({});
    expect(all.total).toBeGreaterThan(4);
    const found = await list({ q: 'samarinda TEPIAN', limit: 100 });
    expect(found.total).toBeGreaterThan(0);
    expect(new Set(found.items.map((g) => g.name))).toEqual(new Set(['CV Tepian Kayu Samarinda']));
    expect(found.employers).toBe(1);
    // The page shows the first two, the total counts every match; totals per kind follow the search too.
    const paged = await list({ q: 'pt', limit: 1 });
    expect(paged.items).toHaveLength(1);
    expect(paged.employers).toBe(3);
    expect(Object.values(paged.totals).reduce((n, t) => n + t.count, 0)).toBe(paged.total);
  });

  it('finds by NPP, also typed with dots, and finds nothing for a name no one has', async () => {
    const byNpp = await list({ q: '12345672', limit: 100 });
    expect(new Set(byNpp.items.map((g) => g.npp))).toEqual(new Set(['12345672']));
    const dotted = await list({ q: '12.345.672', limit: 100 });
    expect(dotted.total).toBe(byNpp.total);
    expect((await list({ q: 'Nusantara Raya' })).total).toBe(0);
  });

  it('refuses a search longer than the box allows with a coded error', async () => {
    const r = await b.call('gaps-list', { q: 'x'.repeat(101) });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('BAD_ARGUMENT');
  });
});
