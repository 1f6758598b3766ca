import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../electron/db/migrate';
import { migrations } from '../../electron/db/migrations/index';
import { openDatabase } from '../../electron/db/open';
import { tempDir } from '../support/temp-db';

describe('migrations', () => {
  const tmp = tempDir();
  afterAll(() => tmp.remove());

  it('brings a new file to the latest version with WAL, foreign keys and STRICT tables', () => {
    const db = openDatabase(path.join(tmp.dir, 'a.db'));
    expect(schemaVersion(db)).toBe(migrations.length);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    const strict = db.prepare(`SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%fts%'`).all() as { name: string; strict: number }[];
    expect(strict.length).toBeGreaterThan(5);
    expect(strict.filter((t) => t.strict !== 1)).toEqual([]);
    db.close();
  });

  it('loads the reference data (Kalimantan regencies incl. legacy Kaltara codes, UMK 2026)', () => {
    const db = openDatabase(path.join(tmp.dir, 'b.db'));
    const legacy = db.prepare(`SELECT code FROM regions WHERE legacy = 1 ORDER BY code`).pluck().all();
    expect(legacy).toEqual(['64.04', '64.05', '64.06', '64.10', '64.73']);
    const umk = db.prepare(`SELECT amount FROM minimum_wages WHERE kind = 'UMK' AND regency_code = '64.72' AND year = 2026`).pluck().get();
    expect(umk).toBe(3983882);
    db.close();
  });

  it('refuses a file written by a newer app and leaves it untouched', () => {
    const file = path.join(tmp.dir, 'newer.db');
    const raw = new Database(file);
    raw.pragma(`user_version = ${migrations.length + 5}`);
    raw.close();
    expect(() => openDatabase(file)).toThrowError(expect.objectContaining({ code: 'DB_TOO_NEW' }));
    const again = new Database(file);
    expect(schemaVersion(again)).toBe(migrations.length + 5);
    again.close();
  });

  it('runs all pending steps in one transaction: a failing step leaves the old version and no tables', () => {
    const db = new Database(':memory:');
    const broken = [
      migrations[0]!,
      { version: 2, name: 'boom', up: () => { throw new Error('boom'); } },
    ];
    expect(() => migrate(db, broken)).toThrow('boom');
    expect(schemaVersion(db)).toBe(0);
    expect(db.prepare(`SELECT count(*) FROM sqlite_master WHERE name = 'employers'`).pluck().get()).toBe(0);
  });

  it('refuses a list whose versions are not consecutive', () => {
    const db = new Database(':memory:');
    expect(() => migrate(db, [{ version: 2, name: 'gap', up: () => {} }])).toThrow(/expected 1/);
  });

  it('uses indexes for the hot lookups', () => {
    const db = openDatabase(':memory:');
    const plan = (sql: string) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((r) => r.detail).join(' | ');
    expect(plan(`SELECT * FROM workers WHERE nik = '6471015708850001'`)).toMatch(/USING INDEX sqlite_autoindex_workers_1/);
    expect(plan(`SELECT * FROM employers WHERE npp = '12345678'`)).toMatch(/USING INDEX sqlite_autoindex_employers_1/);
    expect(plan(`SELECT * FROM employers WHERE npwp = '0012345678721000'`)).toMatch(/employers_npwp/);
    expect(plan(`SELECT count(*) FROM memberships WHERE npp = '12345678' AND status = 'aktif'`)).toMatch(/memberships_employer/);
    db.close();
  });
});
