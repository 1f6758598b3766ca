import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_FAILED_SIGNINS } from '../../electron/api/handlers/auth';
import { SESSION_IDLE_MS, SessionStore } from '../../electron/auth/sessions';
import { createBackend, type Backend } from '../../electron/backend';
import { runCli } from '../../electron/cli/main';
import { FIXED_NOW, sampleEmployer, tempDir } from '../support/temp-db';

type Signed = { session: { role: string }; token: string };

describe('staff accounts, roles and the audit trail (browser mode)', () => {
  // Every test starts from its own store: none relies on what another test left behind.
  let tmp: ReturnType<typeof tempDir>;
  let file: string;
  let b: Backend;
  let admin: string;
  let clerk: string;
  let head: string;
  const ok = async <T>(name: string, arg: unknown, token?: string): Promise<T> => {
    const r = await b.call(name, arg, token);
    if (!r.ok) throw new Error(`${name}: ${r.error.code} ${r.error.message}`);
    return r.value as T;
  };
  const code = async (name: string, arg: unknown, token?: string) => {
    const r = await b.call(name, arg, token);
    return r.ok ? 'OK' : r.error.code;
  };
  /** The admin set up, a clerk (siti) and a branch head (kacab) created and signed in. */
  const staffed = async () => {
    admin = (await ok<Signed>('auth-setup', { username: 'admin', displayName: 'Admin Cabang', password: 'rahasia-admin-1' })).token;
    await ok('staff-save', { mode: 'create', username: 'siti', displayName: 'Siti', role: 'petugas', password: 'siti-kuat-123' }, admin);
    await ok('staff-save', { mode: 'create', username: 'kacab', displayName: 'Kepala', role: 'kepala_cabang', password: 'kacab-kuat-123' }, admin);
    clerk = (await ok<Signed>('auth-signin', { username: 'siti', password: 'siti-kuat-123' })).token;
    head = (await ok<Signed>('auth-signin', { username: 'kacab', password: 'kacab-kuat-123' })).token;
  };

  beforeEach(() => {
    tmp = tempDir();
    file = path.join(tmp.dir, 'auth.db');
    b = createBackend(file, 'browser', { now: FIXED_NOW });
  });
  afterEach(() => {
    b.close();
    tmp.remove();
  });

  it('refuses everything but sign-in before anyone has signed in', async () => {
    expect(await ok('auth-status', {})).toEqual({ needsSetup: true, session: null });
    expect(await code('employers-list', {})).toBe('AUTH_REQUIRED');
    expect(await code('employers-save', { employer: sampleEmployer(), mode: 'create' }, 'forged-token')).toBe('AUTH_REQUIRED');
    expect((await ok<{ schemaVersion: number }>('app-info', {})).schemaVersion).toBeGreaterThan(0);
  });

  it('the first run creates the admin, once; weak passwords are refused', async () => {
    expect(await code('auth-setup', { username: 'admin', displayName: 'Admin Cabang', password: 'pendek' })).toBe('PASSWORD_WEAK');
    admin = (await ok<Signed>('auth-setup', { username: 'admin', displayName: 'Admin Cabang', password: 'rahasia-admin-1' })).token;
    expect(await code('auth-setup', { username: 'admin2', displayName: 'X', password: 'rahasia-admin-2' })).toBe('SETUP_DONE');
    expect(await ok('auth-status', {}, admin)).toMatchObject({ needsSetup: false, session: { username: 'admin', role: 'admin' } });
  });

  it('stores only a scrypt hash, never the password', async () => {
    await staffed();
    const hash = b.db.prepare(`SELECT password_hash FROM staff WHERE username = 'admin'`).pluck().get() as string;
    expect(hash).toMatch(/^scrypt\$\d+\$8\$1\$/);
    expect(hash).not.toContain('rahasia');
  });

  it('enforces roles: admin manages accounts but does not enter data; petugas enters but cannot manage accounts', async () => {
    await staffed();
    expect(await code('employers-save', { employer: sampleEmployer(), mode: 'create' }, admin)).toBe('FORBIDDEN');
    expect(await code('employers-save', { employer: sampleEmployer(), mode: 'create' }, clerk)).toBe('OK');
    expect(await code('staff-list', {}, clerk)).toBe('FORBIDDEN');
    expect(await code('audit-list', {}, clerk)).toBe('FORBIDDEN');
    expect(await code('audit-list', {}, head)).toBe('OK');
  });

  it('records who changed what, with before and after, and the trail refuses edits', async () => {
    await staffed();
    await ok('employers-save', { employer: sampleEmployer(), mode: 'create' }, clerk);
    await ok('employers-save', { employer: sampleEmployer({ name: 'PT Mahakam Sejahtera Abadi Baru' }), mode: 'update' }, clerk);
    const { items } = await ok<{ items: { actor: string; action: string; entity: string; before: { name: string } | null; after: { name: string } }[] }>(
      'audit-list',
      { entity: 'employer' },
      admin,
    );
    expect(items.map((e) => `${e.actor}:${e.action}`)).toEqual(['siti:update', 'siti:create']);
    expect(items[0]!.before!.name).toBe('PT Mahakam Sejahtera Abadi');
    expect(items[0]!.after.name).toBe('PT Mahakam Sejahtera Abadi Baru');
    expect(() => b.db.prepare(`UPDATE audit_log SET actor = 'x'`).run()).toThrow(/append-only/);
    expect(() => b.db.prepare(`DELETE FROM audit_log`).run()).toThrow(/append-only/);
    const signins = await ok<{ items: { actor: string }[] }>('audit-list', { action: 'signin' }, admin);
    expect(signins.items.map((e) => e.actor)).toEqual(expect.arrayContaining(['siti', 'kacab']));
  });

  it('answers an unknown user exactly like a wrong password, and locks an account after repeated failures', async () => {
    await staffed();
    expect(await code('auth-signin', { username: 'nobody', password: 'whatever-123' })).toBe('SIGNIN_FAILED');
    for (let i = 0; i < MAX_FAILED_SIGNINS; i++) {
      expect(await code('auth-signin', { username: 'siti', password: 'salah-terus-1' })).toBe('SIGNIN_FAILED');
    }
    // Locked: the same answer as a wrong password, even with the right one.
    expect(await code('auth-signin', { username: 'siti', password: 'siti-kuat-123' })).toBe('SIGNIN_FAILED');
    // An admin resetting the account unlocks it and ends its open sessions.
    await ok('staff-save', { mode: 'update', username: 'siti', displayName: 'Siti', role: 'petugas', active: true, password: 'siti-baru-456' }, admin);
    expect(await code('employers-list', {}, clerk)).toBe('AUTH_REQUIRED');
    expect(await code('auth-signin', { username: 'siti', password: 'siti-baru-456' })).toBe('OK');
  });

  it('will not demote or deactivate the last admin', async () => {
    await staffed();
    expect(await code('staff-save', { mode: 'update', username: 'admin', displayName: 'A', role: 'petugas', active: true }, admin)).toBe('LAST_ADMIN');
    expect(await code('staff-save', { mode: 'update', username: 'admin', displayName: 'A', role: 'admin', active: false }, admin)).toBe('LAST_ADMIN');
  });

  it('signs out', async () => {
    await staffed();
    const t = (await ok<Signed>('auth-signin', { username: 'kacab', password: 'kacab-kuat-123' })).token;
    await ok('auth-signout', {}, t);
    expect(await code('employers-list', {}, t)).toBe('AUTH_REQUIRED');
  });

  it('CLI: acts as --user with every permission and prints the audit trail as JSON', async () => {
    await staffed();
    await ok('employers-save', { employer: sampleEmployer(), mode: 'create' }, clerk);
    b.close();
    let out = '';
    const run = (...argv: string[]) => runCli(argv, { out: (t) => (out = t), err: () => {} });
    expect(await run('list', 'employers', '--db', file, '--json', '--user', 'operator')).toBe(0);
    expect(await run('audit', '--db', file, '--since', '2020-01-01', '--json')).toBe(0);
    const entries = JSON.parse(out) as { actor: string; action: string; at: string }[];
    expect(entries.length).toBeGreaterThan(5);
    expect(entries[0]).toEqual(expect.objectContaining({ actor: expect.any(String), action: expect.any(String), at: expect.any(String) }));
    expect(await run('audit', '--db', file, '--since', '2999-01-01', '--json')).toBe(0);
    expect(JSON.parse(out)).toEqual([]);
    b = createBackend(file, 'browser', { now: FIXED_NOW });
  });
});

describe('sessions', () => {
  it('idle out after SESSION_IDLE_MS', () => {
    let t = 0;
    const store = new SessionStore(() => t);
    const token = store.open({ username: 'a', displayName: 'A', role: 'petugas' });
    t += SESSION_IDLE_MS - 1;
    expect(store.get(token)?.username).toBe('a');
    t += SESSION_IDLE_MS + 1;
    expect(store.get(token)).toBeNull();
  });
});
