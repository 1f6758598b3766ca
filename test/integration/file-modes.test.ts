import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createBackend } from '../../electron/backend';
import { dailyBackup } from '../../electron/backup/daily-backup';
import { runCli } from '../../electron/cli/main';
import { openDatabase } from '../../electron/db/open';
import { tempDir } from '../support/temp-db';

const mode = (f: string) => fs.statSync(f).mode & 0o777;
const quiet = { out: () => {}, err: () => {} };

/** Item 15: personal data readable by the desk's OS account only. */
describe('file modes of the store and its backups', () => {
  const tmp = tempDir();
  afterAll(() => tmp.remove());

  it('creates the store, its -wal/-shm and its folder private', () => {
    const data = path.join(tmp.dir, 'data');
    const db = openDatabase(path.join(data, 'sigap.db'));
    db.prepare('SELECT count(*) FROM employers').get();
    for (const f of ['sigap.db', 'sigap.db-wal', 'sigap.db-shm']) expect(mode(path.join(data, f)).toString(8), f).toBe('600');
    expect(mode(data).toString(8)).toBe('700');
    db.close();
  });

  it('fixes an existing store and folder made 0644/0755 when it opens them', () => {
    const data = path.join(tmp.dir, 'old');
    openDatabase(path.join(data, 'sigap.db')).close();
    fs.chmodSync(data, 0o755);
    fs.chmodSync(path.join(data, 'sigap.db'), 0o644);
    openDatabase(path.join(data, 'sigap.db')).close();
    expect(mode(path.join(data, 'sigap.db')).toString(8)).toBe('600');
    expect(mode(data).toString(8)).toBe('700');
  });

  it('makes manual, daily, CLI and pre-restore backups 0600 in a 0700 folder', async () => {
    const file = path.join(tmp.dir, 'data', 'sigap.db');
    const b = createBackend(file, 'cli');
    const daily = (await dailyBackup(b.db, path.join(tmp.dir, 'data', 'backups'), new Date(Date.UTC(2026, 0, 1))))!;
    b.close();
    const out = path.join(tmp.dir, 'keluar', 'cadangan.db');
    expect(await runCli(['backup', '--db', file, '--out', out], quiet)).toBe(0);
    expect(await runCli(['restore', out, '--db', file], quiet)).toBe(0);
    const saved = fs.readdirSync(path.join(tmp.dir, 'data', 'backups')).filter((n) => n.startsWith('sebelum-pulih-'));
    expect(saved).toHaveLength(1);
    for (const f of [daily, out, path.join(tmp.dir, 'data', 'backups', saved[0]!), file]) expect(mode(f).toString(8), f).toBe('600');
    for (const d of [path.join(tmp.dir, 'data', 'backups'), path.join(tmp.dir, 'keluar')]) expect(mode(d).toString(8), d).toBe('700');
  });
});
