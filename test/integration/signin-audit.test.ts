import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_FAILED_SIGNINS } from '../../electron/api/handlers/auth';
import { createBackend, type Backend } from '../../electron/backend';
import { FIXED_NOW, tempDir } from '../support/temp-db';

type Entry = { actor: string; action: string; entity: string; entity_id: string | null; before: string | null; after: string | null; detail: string | null };

/** Issue 11 §4: a sign-in is one "Masuk" entry by the person signing in, never an anonymous staff edit. */
describe('sign-ins in the audit trail', () => {
  const tmp = tempDir();
  let b: Backend;
  const since = () => b.db.prepare(`SELECT max(id) FROM audit_log`).pluck().get() as number;
  const after = (id: number) => b.db.prepare(`SELECT actor, action, entity, entity_id, before, after, detail FROM audit_log WHERE id > ? ORDER BY id`).all(id) as Entry[];
  const signIn = (username: string, password: string) => b.call('auth-signin', { username, password });

  beforeAll(async () => {
    b = createBackend(path.join(tmp.dir, 'signin.db'), 'browser', { now: FIXED_NOW });
    const setup = await b.call('auth-setup', { username: 'admin', displayName: 'Admin', password: 'rahasia-admin-1' });
    if (!setup.ok) throw new Error(setup.error.code);
    const token = (setup.value as { token: string }).token;
    const r = await b.call('staff-save', { mode: 'create', username: 'siti', displayName: 'Siti', role: 'petugas', password: 'siti-kuat-123', active: true }, token);
    if (!r.ok) throw new Error(r.error.code);
  });
  afterAll(() => {
    b.close();
    tmp.remove();
  });

  it('records a good sign-in as one sign-in by that person, with no anonymous staff change', async () => {
    await signIn('siti', 'salah-sekali-1');
    const mark = since();
    expect((await signIn('siti', 'siti-kuat-123')).ok).toBe(true);
    expect(after(mark)).toEqual([{ actor: 'siti', action: 'signin', entity: 'staff', entity_id: 'siti', before: null, after: null, detail: null }]);
  });

  it('records a wrong password as one failed sign-in of that account', async () => {
    const mark = since();
    expect((await signIn('siti', 'bukan-sandinya')).ok).toBe(false);
    expect(after(mark)).toEqual([{ actor: 'siti', action: 'signin_failed', entity: 'staff', entity_id: 'siti', before: null, after: null, detail: null }]);
  });

  it('never stores what was typed as a username that matched no account', async () => {
    const mark = since();
    const typed = 'Rahasia-Sandi-Ku-77';
    expect((await signIn(typed, 'apa saja')).ok).toBe(false);
    const entries = after(mark);
    expect(entries).toEqual([{ actor: 'anonim', action: 'signin_failed', entity: 'staff', entity_id: null, before: null, after: null, detail: null }]);
    const all = JSON.stringify(b.db.prepare(`SELECT * FROM audit_log`).all());
    expect(all).not.toContain(typed);
  });

  it('notes the lock on the failed sign-in that set it, not as a separate anonymous change', async () => {
    const mark = since();
    for (let i = 0; i < MAX_FAILED_SIGNINS; i++) await signIn('siti', `salah-${i}-xyz`);
    const entries = after(mark);
    expect(entries.every((e) => e.actor === 'siti' && e.action.startsWith('signin'))).toBe(true);
    expect(entries.filter((e) => e.detail?.includes('lockedUntil'))).toHaveLength(1);
    expect(entries.some((e) => e.action === 'update')).toBe(false);
  });
});
