import crypto from 'node:crypto';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, test } from 'vitest';
import { registerAuditFunctions } from '../../../electron/audit/actor';
import { schemaDifference } from '../../../electron/backup/verify-store';
import { migrate } from '../../../electron/db/migrate';
import { migrations } from '../../../electron/db/migrations/index';
import { nativeBindingOption } from '../../../electron/db/native-binding';
import { DESK_TABLES } from '../../../electron/sync/desk-tables';
import { tempDir } from '../../support/temp-db';

/**
 * The capture triggers of the entities migration 9 shipped with, as the code before the segments travelled made
 * them on an empty file (names and SQL, sha256). A store's schema is a function of its version: the step that
 * shipped must keep making exactly these.
 */
const V9_TRIGGERS_SHA256 = 'c76dd5d8bb06eaf7ac17a93137fac05e12f810ea52e9cc044acd3d748950f7e0';
const V9_TABLES = ['minimum_wages', 'workforce', 'staff', 'employers', 'workers', 'memberships', 'prospects', 'headcount_reports', 'imports', 'payroll_lines', 'gap_followups'];

const NOW = '2026-03-01T00:00:00.000Z';

function store(file: string, upTo = migrations.length): Database.Database {
  const db = new Database(file, nativeBindingOption());
  db.pragma('foreign_keys = ON');
  registerAuditFunctions(db);
  migrate(db, migrations.slice(0, upTo));
  return db;
}

const captureTriggers = (db: Database.Database, tables: string[]) =>
  (db.prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'sync_capture_%' ORDER BY name`).all() as { name: string; sql: string }[]).filter((t) =>
    tables.some((table) => t.name.startsWith(`sync_capture_${table}_`)),
  );

const bind = (db: Database.Database) => db.prepare(`UPDATE sync_local_state SET capture = 1, server_url = 'http://127.0.0.1:1', branch = 'BPN' WHERE id = 1`).run();
const outbox = (db: Database.Database) => db.prepare('SELECT entity, key, op, data FROM sync_outbox ORDER BY id').all() as { entity: string; key: string; op: string; data: string | null }[];

/** A person with a PU membership (and its first wage period), a BPU membership, a programme and a correction. */
function seed(db: Database.Database): void {
  db.exec(`
    INSERT INTO employers (npp, name, regency_code, scale, risk_group, branch_code, created_at, updated_at)
      VALUES ('12345678', 'PT Mahakam', '64.71', 'menengah', 3, 'BPN', '${NOW}', '${NOW}');
    INSERT INTO workers (id, nik, name, birth_date, gender, created_at, updated_at) VALUES (1, '6471011203900002', 'Budi', '1990-03-12', 'L', '${NOW}', '${NOW}');
    INSERT INTO memberships (id, gid, worker_id, npp, segment, wage, start_date, programs, status, created_at, updated_at)
      VALUES (1, 'm-1', 1, '12345678', 'PU', 4000000, '2026-01-05', 'JKK,JKM', 'aktif', '${NOW}', '${NOW}');
    INSERT INTO bpu_memberships (worker_id, income, programs, interval_months, start_date, status, created_at, updated_at)
      VALUES (1, 1500000, 'JKK,JKM', 1, '2026-02-01', 'aktif', '${NOW}', '${NOW}');
    INSERT INTO funded_programmes (funder_kind, funder_code, funder_name, year, name, tranche, month_from, month_to, quota, monthly_contribution, created_at, updated_at)
      VALUES ('pemkab', '64.09', 'Pemkab PPU', 2026, 'Rentan 2026', 'murni', '2026-01', '2026-12', 10, 16800, '${NOW}', '${NOW}');
    INSERT INTO identity_corrections (worker_id, before_json, after_json, reason, recorded_at, recorded_by) VALUES (1, '{}', '{}', 'KTP', '${NOW}', 'ani');
  `);
}

describe('migration 12: the segments get global ids and capture triggers, the first entities keep theirs', () => {
  const tmp = tempDir('sigap-sync-mig-');
  afterAll(() => tmp.remove());

  test('a fresh store: the v9 triggers are byte-identical to what shipped, and every synced table captures', () => {
    const db = store(path.join(tmp.dir, 'fresh.db'));
    const v9 = captureTriggers(db, V9_TABLES);
    expect(v9).toHaveLength(33);
    expect(crypto.createHash('sha256').update(v9.map((t) => `${t.name}\n${t.sql}`).join('\n')).digest('hex')).toBe(V9_TRIGGERS_SHA256);
    const tables = Object.values(DESK_TABLES).map((t) => t.table);
    expect(captureTriggers(db, tables)).toHaveLength(tables.length * 3);

    bind(db);
    seed(db);
    const queued = outbox(db);
    expect(queued.map((q) => q.entity)).toEqual(
      expect.arrayContaining(['employer', 'worker', 'membership', 'membership_wage', 'bpu_membership', 'funded_programme', 'identity_correction']),
    );
    // The membership is queued before its first wage period (made by a trigger of the same insert): the server
    // must know a period's membership when the period arrives.
    expect(queued.findIndex((q) => q.entity === 'membership')).toBeLessThan(queued.findIndex((q) => q.entity === 'membership_wage'));
    const wage = queued.find((q) => q.entity === 'membership_wage')!;
    expect(wage.key).toBe('m-1|2026-01');
    expect(JSON.parse(wage.data!)).toMatchObject({ membership_gid: 'm-1', from_month: '2026-01', wage: 4000000, source: 'awal' });
    const bpu = queued.filter((q) => q.entity === 'bpu_membership');
    expect(bpu).toHaveLength(1); // inserted without a gid: queued once, when the fill trigger gives it one
    expect(JSON.parse(bpu[0]!.data!)).toMatchObject({ gid: bpu[0]!.key, nik: '6471011203900002', income: 1500000 });

    // A membership removed with its history: the wage period goes by the cascade and is not queued on its own
    // (its key names the membership, which is gone); the membership's delete travels and never fails.
    db.prepare('DELETE FROM sync_outbox').run();
    db.exec(`DELETE FROM memberships WHERE id = 1`);
    expect(outbox(db).map((q) => [q.entity, q.op])).toEqual([['membership', 'delete']]);
    db.close();
  });

  test('a store bound at version 11 with data: migration 12 gives its rows global ids, queues them, and matches a fresh store', () => {
    const db = store(path.join(tmp.dir, 'v11.db'), 11);
    seed(db);
    bind(db);
    const before = outbox(db).length;
    migrate(db);
    expect(schemaDifference(db)).toBeNull();
    for (const table of ['bpu_memberships', 'funded_programmes', 'identity_corrections']) {
      expect(db.prepare(`SELECT count(*) FROM ${table} WHERE gid IS NULL`).pluck().get()).toBe(0);
    }
    const queued = outbox(db).slice(before);
    expect(queued.map((q) => q.entity).sort()).toEqual(['bpu_membership', 'funded_programme', 'identity_correction', 'membership_wage']);
    // The migration is not an edit: no audit entry per row given a global id.
    expect(db.prepare(`SELECT count(*) FROM audit_log WHERE action = 'update' AND entity IN ('bpu_membership', 'funded_programme')`).pluck().get()).toBe(0);

    // New rows of the new tables are captured, and the first entities still are.
    db.prepare('DELETE FROM sync_outbox').run();
    db.exec(`
      INSERT INTO memberships (id, gid, worker_id, npp, segment, wage, start_date, programs, status, created_at, updated_at)
        VALUES (2, 'm-2', 1, '12345678', 'PU', 5000000, '2026-02-01', 'JKK,JKM', 'nonaktif', '${NOW}', '${NOW}');
      INSERT INTO jakon_projects (name, owner_kind, contractor_npp, contract_value, regency_code, spk_date, start_date, registered_on, jkk, jkm, created_at, updated_at)
        VALUES ('Jembatan', 'pemerintah', '12345678', 900000000, '64.71', '2026-01-02', '2026-01-05', '2026-01-05', 1, 1, '${NOW}', '${NOW}');
      UPDATE employers SET name = 'PT Mahakam Baru' WHERE npp = '12345678';
      INSERT INTO membership_ends (membership_id, reason, recorded_at, recorded_by) VALUES (1, 'resign', '${NOW}', 'ani');
    `);
    expect(outbox(db).map((q) => [q.entity, q.key])).toEqual([
      ['membership', 'm-2'],
      ['membership_wage', 'm-2|2026-02'],
      ['jakon_project', expect.any(String)],
      ['employer', '12345678'],
      ['membership_end', 'm-1'],
    ]);
    db.close();
  });
});
