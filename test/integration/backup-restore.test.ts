import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { dailyBackup, DAILY_BACKUPS_KEPT } from '../../electron/backup/daily-backup';
import { runCli } from '../../electron/cli/main';
import { migrate } from '../../electron/db/migrate';
import { migrations } from '../../electron/db/migrations/index';
import { openDatabase } from '../../electron/db/open';
import { tempDir } from '../support/temp-db';

async function cli(...argv: string[]) {
  let out = '';
  const code = await runCli(argv, { out: (t) => (out += t), err: () => {} });
  return { code, out };
}
const employers = (file: string) => {
  const db = new Database(file, { readonly: true });
  const n = db.prepare('SELECT count(*) FROM employers').pluck().get();
  db.close();
  return n;
};

describe('backup and restore', () => {
  const tmp = tempDir();
  afterAll(() => tmp.remove());
  const db = path.join(tmp.dir, 'live.db');
  const backup = path.join(tmp.dir, 'cadangan.db');

  it('backs up a live store and restores it, keeping the replaced store aside', async () => {
    await cli('init', '--db', db, '--demo', '--employers', '20', '--workers', '200');
    expect((await cli('backup', '--db', db, '--out', backup, '--json')).code).toBe(0);
    expect(employers(backup)).toBe(20);

    const live = openDatabase(db);
    // Wipe the employers whatever now refers to them (wage periods, BPU, Jakon …): the restore must bring them back.
    live.pragma('foreign_keys = OFF');
    live.prepare(`DELETE FROM memberships`).run();
    live.prepare(`DELETE FROM employers`).run();
    live.close();
    expect(employers(db)).toBe(0);

    const r = await cli('restore', backup, '--db', db, '--json');
    expect(r.code).toBe(0);
    const result = JSON.parse(r.out);
    expect(result).toMatchObject({ employers: 20, schemaVersionAfter: migrations.length });
    expect(employers(db)).toBe(20);
    expect(employers(result.previousSavedAs)).toBe(0);
    const check = new Database(db);
    expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
    check.close();
  });

  it('migrates a backup made by an older schema on restore', async () => {
    const old = path.join(tmp.dir, 'old.db');
    const raw = new Database(old);
    migrate(raw, migrations.slice(0, 2));
    raw.prepare(`INSERT INTO employers (npp, name, regency_code, scale, risk_group, branch_code, created_at, updated_at)
      VALUES ('11112222', 'PT Lama', '64.71', 'kecil', 1, 'BPN', '2025-01-01', '2025-01-01')`).run();
    raw.close();
    const r = await cli('restore', old, '--db', db, '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ schemaVersion: 2, schemaVersionAfter: migrations.length, employers: 1 });
    const after = openDatabase(db);
    expect(after.pragma('user_version', { simple: true })).toBe(migrations.length);
    after.close();
  });

  it('refuses a damaged file, a non-Sigap database and a missing file, leaving the store as it was', async () => {
    const before = employers(db);
    const junk = path.join(tmp.dir, 'junk.db');
    fs.writeFileSync(junk, Buffer.concat([Buffer.from('SQLite format 3\0'), Buffer.alloc(4096, 7)]));
    const other = path.join(tmp.dir, 'other.db');
    new Database(other).exec('CREATE TABLE notes (x TEXT); PRAGMA user_version = 1;');
    for (const [file, code] of [
      [junk, 'BACKUP_CORRUPT'],
      [other, 'BACKUP_NOT_SIGAP'],
      [path.join(tmp.dir, 'absent.db'), 'BACKUP_NOT_FOUND'],
    ] as const) {
      const r = await cli('restore', file, '--db', db, '--json');
      expect(r.code, file).toBe(1);
      expect(JSON.parse(r.out).error.code).toBe(code);
    }
    expect(employers(db)).toBe(before);
  });

  it('keeps one automatic backup per day and only the newest ones', async () => {
    const dir = path.join(tmp.dir, 'daily');
    fs.mkdirSync(dir);
    const live = openDatabase(db);
    for (let d = 1; d <= DAILY_BACKUPS_KEPT + 3; d++) {
      await dailyBackup(live, dir, new Date(Date.UTC(2026, 0, d, 9)));
    }
    expect(await dailyBackup(live, dir, new Date(Date.UTC(2026, 0, DAILY_BACKUPS_KEPT + 3, 17)))).toBeNull();
    live.close();
    const files = fs.readdirSync(dir).sort();
    expect(files).toHaveLength(DAILY_BACKUPS_KEPT);
    expect(files[0]).toBe('sigap-harian-2026-01-04.db');
  });
});

describe('backup handlers (browser mode, live store)', () => {
  const tmp = tempDir();
  afterAll(() => tmp.remove());

  it('backs up, restores the live store after confirmation, and guards names and roles', async () => {
    const { createBackend } = await import('../../electron/backend');
    const b = createBackend(path.join(tmp.dir, 'live.db'), 'browser');
    const call = async (name: string, arg: unknown, token?: string) => b.call(name, arg, token);
    const head = await call('auth-setup', { username: 'admin', displayName: 'Admin', password: 'admin-kuat-123' });
    if (!head.ok) throw new Error(head.error.message);
    const token = (head.value as { token: string }).token;
    await call('staff-save', { mode: 'create', username: 'siti', displayName: 'Siti', role: 'petugas', password: 'siti-kuat-123' }, token);

    const made = await call('backups-create', {}, token);
    expect(made).toMatchObject({ ok: true, value: { kind: 'manual' } });
    const name = (made as { value: { name: string } }).value.name;

    await call('staff-save', { mode: 'create', username: 'budi', displayName: 'Budi', role: 'petugas', password: 'budi-kuat-123' }, token);
    expect(b.db.prepare('SELECT count(*) FROM staff').pluck().get()).toBe(3);

    expect(await call('backups-restore', { name }, token)).toMatchObject({ ok: false, error: { code: 'BAD_ARGUMENT' } });
    expect(await call('backups-restore', { name: '../live.db', confirm: true }, token)).toMatchObject({ ok: false, error: { code: 'BACKUP_NOT_FOUND' } });
    const clerk = await call('auth-signin', { username: 'siti', password: 'siti-kuat-123' });
    const clerkToken = (clerk as { value: { token: string } }).value.token;
    expect(await call('backups-create', {}, clerkToken)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });

    const restored = await call('backups-restore', { name, confirm: true }, token);
    expect(restored).toMatchObject({ ok: true, value: { restoredFrom: name } });
    expect(b.db.prepare('SELECT count(*) FROM staff').pluck().get()).toBe(2);
    expect(b.db.prepare(`SELECT actor FROM audit_log WHERE action = 'restore'`).pluck().all()).toEqual(['admin']);
    // A restore ends every session: sign in again against the restored accounts.
    expect(await call('backups-list', {}, token)).toMatchObject({ ok: false, error: { code: 'AUTH_REQUIRED' } });
    const again = await call('auth-signin', { username: 'admin', password: 'admin-kuat-123' });
    const list = await call('backups-list', {}, (again as { value: { token: string } }).value.token);
    expect((list as { value: { kind: string }[] }).value.map((f) => f.kind).sort()).toEqual(['manual', 'sebelum-pulih']);
    b.close();
  });
});
