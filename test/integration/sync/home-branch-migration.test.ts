import crypto from 'node:crypto';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, test } from 'vitest';
import { registerAuditFunctions } from '../../../electron/audit/actor';
import { schemaDifference } from '../../../electron/backup/verify-store';
import { migrate } from '../../../electron/db/migrate';
import { migrations } from '../../../electron/db/migrations/index';
import { nativeBindingOption } from '../../../electron/db/native-binding';
import { tempDir } from '../../support/temp-db';

/**
 * Every capture trigger a store holds at version 14, as main made them before the account's home branch joined the
 * wire (names and SQL, sha256 over 60 triggers). Migrations 9 and 12 have shipped: they must keep making exactly these.
 */
const V14_TRIGGERS_SHA256 = 'ccabefa89e0074934f836e36ccf1666692a7d536544aa377993942f515a05100';
/** Migration 9's own, on a store at version 9 (33 triggers). */
const V9_TRIGGERS_SHA256 = 'c76dd5d8bb06eaf7ac17a93137fac05e12f810ea52e9cc044acd3d748950f7e0';

const NOW = '2026-03-01T00:00:00.000Z';

function store(file: string, upTo = migrations.length): Database.Database {
  const db = new Database(file, nativeBindingOption());
  db.pragma('foreign_keys = ON');
  registerAuditFunctions(db);
  migrate(db, migrations.slice(0, upTo));
  return db;
}

const triggers = (db: Database.Database) =>
  db.prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'sync_capture_%' ORDER BY name`).all() as { name: string; sql: string }[];
const sha = (list: { name: string; sql: string }[]) => crypto.createHash('sha256').update(list.map((t) => `${t.name}\n${t.sql}`).join('\n')).digest('hex');

const bind = (db: Database.Database) => db.prepare(`UPDATE sync_local_state SET capture = 1, server_url = 'http://127.0.0.1:1', branch = 'BPN' WHERE id = 1`).run();
const outbox = (db: Database.Database) =>
  (db.prepare('SELECT entity, key, op, data, prev FROM sync_outbox ORDER BY id').all() as { entity: string; key: string; op: string; data: string | null; prev: string | null }[]).map(
    (q) => ({ ...q, data: q.data && JSON.parse(q.data), prev: q.prev && JSON.parse(q.prev) }),
  );

/** An account with a home branch, a contractor with a Jakon project and one roster import of it. */
function seed(db: Database.Database): void {
  db.exec(`
    INSERT INTO staff (username, display_name, role, password_hash, created_at, updated_at, home_branch)
      VALUES ('ani', 'Ani', 'petugas', 'scrypt$x', '${NOW}', '${NOW}', 'SMD');
    INSERT INTO employers (npp, name, regency_code, scale, risk_group, branch_code, created_at, updated_at)
      VALUES ('12345678', 'PT Mahakam', '64.71', 'menengah', 3, 'BPN', '${NOW}', '${NOW}');
    INSERT INTO jakon_projects (id, name, owner_kind, contractor_npp, contract_value, regency_code, spk_date, start_date, registered_on, jkk, jkm, created_at, updated_at)
      VALUES (1, 'Jembatan', 'pemerintah', '12345678', 900000000, '64.71', '2026-01-02', '2026-01-05', '2026-01-05', 1, 1, '${NOW}', '${NOW}');
    INSERT INTO jakon_imports (project_id, file_name, content_hash, user_name, created_at, sheet, header_row, total_rows, accepted, rejected, skipped)
      VALUES (1, 'pekerja.xlsx', 'abc', 'ani', '${NOW}', 'Pekerja', 1, 2, 2, 0, 0);
  `);
}

describe('migration 15: an account home branch and Jakon import records travel; the shipped steps make what they shipped', () => {
  const tmp = tempDir('sigap-sync-home-');
  afterAll(() => tmp.remove());

  test('migrations 9 and 12 make byte-identical triggers to what shipped (their wire fields are frozen)', () => {
    const v9 = store(path.join(tmp.dir, 'v9.db'), 9);
    expect(triggers(v9)).toHaveLength(33);
    expect(sha(triggers(v9))).toBe(V9_TRIGGERS_SHA256);
    v9.close();
    const v14 = store(path.join(tmp.dir, 'v14.db'), 14);
    expect(triggers(v14)).toHaveLength(60);
    expect(sha(triggers(v14))).toBe(V14_TRIGGERS_SHA256);
    v14.close();
  });

  test('a fresh store (migrated from 0) captures an account home branch and a Jakon import with its undo', () => {
    const db = store(path.join(tmp.dir, 'fresh.db'));
    // Only the staff triggers changed; 3 more for the import records.
    const v14 = store(path.join(tmp.dir, 'v14-again.db'), 14);
    const changed = triggers(db).filter((t) => !triggers(v14).some((o) => o.name === t.name && o.sql === t.sql)).map((t) => t.name);
    v14.close();
    expect(changed.sort()).toEqual(
      ['jakon_imports_delete', 'jakon_imports_insert', 'jakon_imports_update', 'staff_delete', 'staff_insert', 'staff_update'].map((n) => `sync_capture_${n}`),
    );
    bind(db);
    seed(db);
    const queued = outbox(db);
    expect(queued.find((q) => q.entity === 'staff')).toMatchObject({ key: 'ani', op: 'upsert', data: { username: 'ani', home_branch: 'SMD' } });
    const record = queued.filter((q) => q.entity === 'jakon_import');
    expect(record).toHaveLength(1); // inserted without a gid: queued once, when the fill trigger gives it one
    const projectGid = db.prepare('SELECT gid FROM jakon_projects').pluck().get();
    expect(record[0]!.data).toMatchObject({ gid: record[0]!.key, project_gid: projectGid, file_name: 'pekerja.xlsx', accepted: 2, undone_at: null });

    db.prepare('DELETE FROM sync_outbox').run();
    db.exec(`UPDATE staff SET home_branch = 'BTG' WHERE username = 'ani'`);
    db.exec(`UPDATE jakon_imports SET worker_id_from = 1, worker_id_to = 2`); // local id ranges: not on the wire
    db.exec(`UPDATE jakon_imports SET undone_at = '${NOW}', undone_by = 'ani'`);
    expect(outbox(db).map((q) => [q.entity, q.prev?.home_branch ?? q.prev?.undone_at ?? null, q.data?.home_branch ?? q.data?.undone_at])).toEqual([
      ['staff', 'SMD', 'BTG'],
      ['jakon_import', null, NOW],
    ]);
    expect(schemaDifference(db)).toBeNull();
    db.close();
  });

  test('a store bound at version 14 with data: its accounts home branch and its import records are queued, and it captures from then on', () => {
    const db = store(path.join(tmp.dir, 'v14-bound.db'), 14);
    seed(db);
    bind(db);
    // Version 14 queued the account without its home branch, and the import record not at all.
    const before = outbox(db);
    expect(before.filter((q) => q.entity === 'staff').every((q) => !('home_branch' in (q.data ?? {})))).toBe(true);
    expect(before.some((q) => q.entity === 'jakon_import')).toBe(false);
    db.prepare('DELETE FROM sync_outbox').run();

    migrate(db);
    expect(schemaDifference(db)).toBeNull();
    expect(db.prepare('SELECT count(*) FROM jakon_imports WHERE gid IS NULL').pluck().get()).toBe(0);
    expect(db.prepare('SELECT elsewhere FROM jakon_imports').pluck().get()).toBe(0);
    const queued = outbox(db);
    expect(queued.map((q) => q.entity)).toEqual(['staff', 'jakon_import']);
    // The home branch goes as an edit of that field alone: the other fields are the desk's as they stood.
    expect(queued[0]).toMatchObject({ key: 'ani', data: { display_name: 'Ani', home_branch: 'SMD' }, prev: { display_name: 'Ani', home_branch: null } });
    expect(queued[1]!.data).toMatchObject({ file_name: 'pekerja.xlsx', project_gid: db.prepare('SELECT gid FROM jakon_projects').pluck().get() });
    // The migration is not an edit: no audit entry for the global ids given.
    expect(db.prepare(`SELECT count(*) FROM audit_log WHERE entity = 'jakon_import'`).pluck().get()).toBe(0);

    db.prepare('DELETE FROM sync_outbox').run();
    db.exec(`UPDATE staff SET home_branch = 'BPN', display_name = 'Ani L' WHERE username = 'ani'`);
    db.exec(`UPDATE jakon_imports SET undone_at = '${NOW}', undone_by = 'ani'`);
    expect(outbox(db).map((q) => [q.entity, q.data?.home_branch ?? q.data?.undone_by])).toEqual([
      ['staff', 'BPN'],
      ['jakon_import', 'ani'],
    ]);
    db.close();
  });
});
