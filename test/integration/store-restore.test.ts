import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { createBackend } from '../../electron/backend';
import { dailyBackup } from '../../electron/backup/daily-backup';
import { runCli } from '../../electron/cli/main';
import { openDatabase } from '../../electron/db/open';
import { restoreFrom } from '../../electron/backup/restore';
import { holdStore } from '../support/store-holder';
import { sampleEmployer, tempDir } from '../support/temp-db';

async function cli(...argv: string[]) {
  let out = '';
  const code = await runCli(argv, { out: (t) => (out += t), err: () => {} });
  return { code, out, json: () => JSON.parse(out) };
}
const count = (file: string, sql: string) => {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare(sql).pluck().get();
  } finally {
    db.close();
  }
};

async function signedInHead(file: string) {
  const b = createBackend(file, 'browser');
  const setup = await b.call('auth-setup', { username: 'admin', displayName: 'Admin', password: 'admin-kuat-123' });
  if (!setup.ok) throw new Error(setup.error.code);
  const admin = (setup.value as { token: string }).token;
  await b.call('staff-save', { mode: 'create', username: 'kacab', displayName: 'Kacab', role: 'kepala_cabang', password: 'kacab-kuat-123' }, admin);
  const head = await b.call('auth-signin', { username: 'kacab', password: 'kacab-kuat-123' });
  return { b, admin, head: (head as { value: { token: string } }).value.token };
}

describe('restore under another process (item 1)', () => {
  const tmp = tempDir();
  afterAll(() => tmp.remove());
  const db = path.join(tmp.dir, 'sigap.db');
  const backup = path.join(tmp.dir, 'cadangan.db');

  it('refuses with STORE_IN_USE while another process has the store open, and leaves it as it was', async () => {
    await cli('init', '--db', db);
    expect((await cli('backup', '--db', db, '--out', backup)).code).toBe(0);
    const holder = await holdStore(db, 'open');
    try {
      const r = await cli('restore', backup, '--db', db, '--json');
      expect(r.code).toBe(1);
      expect(r.json().error.code).toBe('STORE_IN_USE');
      expect(fs.existsSync(`${db}.restoring`)).toBe(false);
    } finally {
      await holder.kill();
    }
    // Once that process is gone (even killed with -9), the restore goes through.
    expect((await cli('restore', backup, '--db', db, '--json')).code).toBe(0);
  }, 30_000);

  it('refuses while this process runs a host on the store, and the host refuses writes into a replaced file', async () => {
    const host = createBackend(db, 'browser');
    expect((await cli('restore', backup, '--db', db, '--json')).json().error.code).toBe('STORE_IN_USE');
    // A file renamed over the store behind the host's back (by hand, or on a file system without locks):
    const other = path.join(tmp.dir, 'other.db');
    openDatabase(other).close();
    fs.renameSync(other, db);
    const r = await host.call('auth-setup', { username: 'admin', displayName: 'Admin', password: 'admin-kuat-123' });
    expect(r).toMatchObject({ ok: false, error: { code: 'STORE_REPLACED' } });
    host.close();
  });
});

describe('restore verifies a migrated copy before anything is swapped (item 2)', () => {
  const tmp = tempDir();
  afterAll(() => tmp.remove());
  const db = path.join(tmp.dir, 'sigap.db');

  it('refuses a look-alike store at user_version 5 and at 1, keeps the store and keeps answering', async () => {
    const { b, head } = await signedInHead(db);
    expect((await b.call('employers-save', { mode: 'create', employer: sampleEmployer() }, head)).ok).toBe(true);
    fs.mkdirSync(path.join(tmp.dir, 'backups'), { recursive: true });
    for (const version of [5, 1]) {
      const fake = path.join(tmp.dir, 'backups', `palsu-${version}.db`);
      const raw = new Database(fake);
      raw.exec(`CREATE TABLE employers (npp TEXT PRIMARY KEY, name TEXT); CREATE TABLE workers (nik TEXT PRIMARY KEY, name TEXT);
        INSERT INTO employers VALUES ('99999999', 'PT Palsu'); PRAGMA user_version = ${version};`);
      raw.close();
      const r = await b.call('backups-restore', { name: path.basename(fake), confirm: true }, head);
      expect(r.ok, `v${version}`).toBe(false);
      const code = (r as { error: { code: string; message: string } }).error.code;
      expect(['RESTORE_MIGRATION_FAILED', 'RESTORE_SCHEMA_MISMATCH']).toContain(code);
      // Nothing was swapped: the same session still works, and the data is the data it was.
      expect(await b.call('employers-get', { npp: '12345678' }, head)).toMatchObject({ ok: true });
      expect(await b.call('app-info', {})).toMatchObject({ ok: true, value: { counts: { employers: 1 } } });
    }
    b.close();
  });

  it('restores a good backup over a broken current store, keeping the broken bytes aside', async () => {
    const good = path.join(tmp.dir, 'good.db');
    const source = openDatabase(db);
    await source.backup(good);
    source.close();
    const junk = Buffer.concat([Buffer.from('SQLite format 3\0'), Buffer.alloc(8192, 9)]);
    fs.writeFileSync(db, junk);
    fs.rmSync(`${db}-wal`, { force: true });
    fs.rmSync(`${db}-shm`, { force: true });
    const r = await cli('restore', good, '--db', db, '--json');
    expect(r.code).toBe(0);
    expect(fs.readFileSync(r.json().previousSavedAs)).toEqual(junk);
    expect(count(db, 'SELECT count(*) FROM employers')).toBe(1);
    expect(count(db, `SELECT count(*) FROM audit_log WHERE action = 'restore' AND actor = 'system'`)).toBe(1);
  });

  it('refuses a backup whose audit triggers were dropped (item 6)', async () => {
    const stripped = path.join(tmp.dir, 'stripped.db');
    const source = openDatabase(db);
    await source.backup(stripped);
    source.close();
    const raw = new Database(stripped);
    raw.exec('DROP TRIGGER audit_log_append_only_delete; DROP TRIGGER employers_audit_update;');
    raw.close();
    const r = await cli('restore', stripped, '--db', db, '--json');
    expect(r.code).toBe(1);
    expect(r.json().error.code).toBe('RESTORE_SCHEMA_MISMATCH');
  });

  it('leaves an afterVerify hook that runs on the verified copy before the swap, and cancels the restore when it throws', async () => {
    const good = path.join(tmp.dir, 'good.db');
    const seen: number[] = [];
    await expect(
      restoreFrom(good, db, {
        afterVerify: (staged) => {
          seen.push(staged.prepare('SELECT count(*) FROM employers').pluck().get() as number);
          staged.prepare('DELETE FROM memberships').run();
          throw new Error('re-base refused');
        },
      }),
    ).rejects.toThrow('re-base refused');
    expect(seen).toEqual([1]);
    expect(count(db, `SELECT count(*) FROM audit_log WHERE action = 'restore'`)).toBe(1);
  });
});

describe('after a restore (items 3 and 4)', () => {
  const tmp = tempDir();
  afterAll(() => tmp.remove());
  const db = path.join(tmp.dir, 'sigap.db');

  it('ends every session and never reopens setup over a store that had accounts; staff add recovers an admin', async () => {
    // A backup made before any account existed.
    const b0 = createBackend(db, 'browser');
    fs.mkdirSync(path.join(tmp.dir, 'backups'), { recursive: true });
    await b0.db.backup(path.join(tmp.dir, 'backups', 'kosong.db'));
    b0.close();
    const { b, head } = await signedInHead(db);
    const restored = await b.call('backups-restore', { name: 'kosong.db', confirm: true }, head);
    expect(restored).toMatchObject({ ok: true });
    expect(await b.call('backups-list', {}, head)).toMatchObject({ ok: false, error: { code: 'AUTH_REQUIRED' } });
    expect(await b.call('auth-status', {})).toMatchObject({ ok: true, value: { needsSetup: false } });
    expect(await b.call('auth-setup', { username: 'maling', displayName: 'Maling', password: 'maling-kuat-123' })).toMatchObject({
      ok: false,
      error: { code: 'SETUP_DONE' },
    });
    b.close();
    process.env.SIGAP_NEW_PASSWORD = 'pulih-kuat-123';
    expect((await cli('staff', 'add', 'pulih', '--role', 'admin', '--db', db)).code).toBe(0);
    const again = createBackend(db, 'browser');
    expect(await again.call('auth-signin', { username: 'pulih', password: 'pulih-kuat-123' })).toMatchObject({ ok: true });
    again.close();
  });

  it('keeps daily backups running on the new connection, and answers STORE_RESTORING during an API restore', async () => {
    const { b, head } = await signedInHead(path.join(tmp.dir, 'second.db'));
    const made = await b.call('backups-create', {}, head);
    const name = (made as { value: { name: string } }).value.name;
    const restoring = b.call('backups-restore', { name, confirm: true }, head);
    const during = await Promise.all([b.call('app-info', {}), b.call('employers-list', {}, head)]);
    for (const r of during) expect(r).toMatchObject({ ok: false, error: { code: 'STORE_RESTORING' } });
    expect(await restoring).toMatchObject({ ok: true });
    // The scheduler asks the owner for the connection at each run, as scheduleDailyBackups(backend.current) does.
    const daily = await dailyBackup(b.current(), path.join(tmp.dir, 'daily'), new Date(Date.UTC(2026, 5, 1)));
    expect(daily && fs.existsSync(daily)).toBe(true);
    expect(await b.call('app-info', {})).toMatchObject({ ok: true });
    b.close();
  });
});
