import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_FAILED_SIGNINS } from '../../electron/api/handlers/auth';
import { createBackend, type Backend } from '../../electron/backend';
import { FIXED_NOW, tempDir } from '../support/temp-db';

type Entry = { actor: string; action: string; entity_id: string | null; detail: string | null };

/**
 * Issue 16: a clerk signs in while another connection holds the store's write lock for seconds (the import
 * write worker committing 100,000 rows). The sign-in must answer at once; its records follow once the lock frees.
 */
describe('signing in while another connection writes', () => {
  const tmp = tempDir();
  const file = path.join(tmp.dir, 'signin-lock.db');
  let b: Backend;
  let writer: Database.Database;
  const mark = () => b.db.prepare(`SELECT coalesce(max(id), 0) FROM audit_log`).pluck().get() as number;
  const after = (id: number) => b.db.prepare(`SELECT actor, action, entity_id, detail FROM audit_log WHERE id > ? ORDER BY id`).all(id) as Entry[];
  const counter = (u: string) => b.db.prepare(`SELECT failed_attempts AS failed, locked_until AS locked FROM staff WHERE username = ?`).get(u) as { failed: number; locked: string | null };
  const signIn = (username: string, password: string) => b.call('auth-signin', { username, password });
  /** Holds the write lock as the import's worker does: an open IMMEDIATE transaction on its own connection. */
  const holdLock = () => writer.exec('BEGIN IMMEDIATE');
  const release = () => writer.exec('COMMIT');
  const settled = async (what: () => boolean) => {
    for (let i = 0; i < 100 && !what(); i++) await new Promise((r) => setTimeout(r, 50));
  };

  beforeAll(async () => {
    b = createBackend(file, 'browser', { now: FIXED_NOW });
    const setup = await b.call('auth-setup', { username: 'admin', displayName: 'Admin', password: 'rahasia-admin-1' });
    if (!setup.ok) throw new Error(setup.error.code);
    const token = (setup.value as { token: string }).token;
    for (const u of ['siti', 'budi']) {
      const r = await b.call('staff-save', { mode: 'create', username: u, displayName: u, role: 'petugas', password: `${u}-kuat-123`, active: true }, token);
      if (!r.ok) throw new Error(r.error.code);
    }
    writer = new Database(file);
  });
  afterAll(() => {
    if (writer.inTransaction) release();
    writer.close();
    b.close();
    tmp.remove();
  });

  it('signs in at once while the lock is held, and records the sign-in once it is free', async () => {
    const before = mark();
    holdLock();
    try {
      const t0 = Date.now();
      const r = await signIn('siti', 'siti-kuat-123');
      const ms = Date.now() - t0;
      expect(r.ok ? 'ok' : r.error.code).toBe('ok');
      expect(ms).toBeLessThan(1500);
      // The session works for reads at once (WAL), with the lock still held.
      const token = (r as { value: { token: string } }).value.token;
      const status = await b.call('auth-status', {}, token);
      expect(status.ok && (status.value as { session: { username: string } | null }).session?.username).toBe('siti');
      expect(after(before)).toEqual([]);
    } finally {
      release();
    }
    await settled(() => after(before).length > 0);
    const entries = after(before);
    expect(entries.map((e) => [e.actor, e.action, e.entity_id])).toEqual([['siti', 'signin', 'siti']]);
    expect(JSON.parse(entries[0]!.detail!)).toMatchObject({ recordedLate: true });
  });

  it('keeps the lockout while the lock is held: guesses counted in memory, then written in order', async () => {
    const before = mark();
    holdLock();
    try {
      for (let i = 0; i < MAX_FAILED_SIGNINS; i++) expect((await signIn('budi', `salah-${i}-xyz`)).ok).toBe(false);
      // The right password after five wrong ones is refused: the account is locked although nothing is written yet.
      const right = await signIn('budi', 'budi-kuat-123');
      expect(right.ok ? 'ok' : right.error.code).toBe('SIGNIN_FAILED');
      expect(counter('budi')).toEqual({ failed: 0, locked: null });
    } finally {
      release();
    }
    await settled(() => counter('budi').locked !== null);
    expect(counter('budi').failed).toBe(MAX_FAILED_SIGNINS);
    expect(counter('budi').locked).not.toBeNull();
    const actions = after(before).map((e) => e.action);
    expect(actions).toEqual([...Array(MAX_FAILED_SIGNINS).fill('signin_failed'), 'signin_refused']);
    expect(after(before).filter((e) => e.detail?.includes('lockedUntil'))).toHaveLength(1);
  });

  it('writes at once when no one holds the lock (nothing waits behind)', async () => {
    const before = mark();
    expect((await signIn('admin', 'rahasia-admin-1')).ok).toBe(true);
    expect(after(before).map((e) => [e.action, e.detail])).toEqual([['signin', null]]);
  });
});
