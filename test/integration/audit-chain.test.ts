import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { registerAuditFunctions, runAs } from '../../electron/audit/actor';
import { verifyAuditChain } from '../../electron/audit/verify-chain';
import { createBackend } from '../../electron/backend';
import { runCli } from '../../electron/cli/main';
import { migrate } from '../../electron/db/migrate';
import { migrations } from '../../electron/db/migrations/index';
import { openDatabase } from '../../electron/db/open';
import { appendAudit } from '../../electron/store/audit';
import { sampleEmployer, tempDir } from '../support/temp-db';

async function cli(...argv: string[]) {
  let out = '';
  const code = await runCli(argv, { out: (t) => (out += t), err: () => {} });
  return { code, json: () => JSON.parse(out) };
}

/** Another program editing the file directly: without the app's triggers, as someone covering tracks would. */
function tamper(file: string, sql: string): void {
  const raw = new Database(file);
  raw.exec(`DROP TRIGGER audit_log_append_only_update; ${sql}`);
  raw.close();
}

describe('audit hash chain (item 6)', () => {
  const tmp = tempDir();
  afterAll(() => tmp.remove());

  it('chains entries written by triggers and by appendAudit, and audit verify says so', async () => {
    const file = path.join(tmp.dir, 'chain.db');
    const b = createBackend(file, 'browser');
    const setup = await b.call('auth-setup', { username: 'admin', displayName: 'Admin', password: 'admin-kuat-123' });
    const token = (setup as { value: { token: string } }).value.token;
    await b.call('staff-save', { mode: 'create', username: 'kacab', displayName: 'K', role: 'kepala_cabang', password: 'kacab-kuat-123' }, token);
    const head = (await b.call('auth-signin', { username: 'kacab', password: 'kacab-kuat-123' })) as { value: { token: string } };
    expect((await b.call('employers-save', { mode: 'create', employer: sampleEmployer() }, head.value.token)).ok).toBe(true);
    const rows = b.db.prepare('SELECT id, action, prev_hash, hash FROM audit_log ORDER BY id').all() as { prev_hash: string | null; hash: string }[];
    expect(rows.length).toBeGreaterThanOrEqual(4);
    rows.forEach((r, i) => {
      expect(r.hash).toMatch(/^[0-9a-f]{64}$/);
      expect(r.prev_hash).toBe(i === 0 ? null : rows[i - 1]!.hash);
    });
    b.close();
    const r = await cli('audit', 'verify', '--db', file, '--json');
    expect(r.code).toBe(0);
    expect(r.json()).toEqual({ ok: true, entries: rows.length, firstBad: null });
  });

  it('refuses REPLACE / INSERT OR REPLACE over an existing entry, and any update or delete', () => {
    const db = openDatabase(path.join(tmp.dir, 'chain.db'));
    for (const verb of ['REPLACE', 'INSERT OR REPLACE']) {
      expect(() => db.prepare(`${verb} INTO audit_log (id, at, actor, action, entity) VALUES (1, 'x', 'maling', 'create', 'staff')`).run()).toThrow(
        /append-only/,
      );
    }
    expect(() => db.prepare(`UPDATE audit_log SET actor = 'maling' WHERE id = 1`).run()).toThrow(/append-only/);
    expect(() => db.prepare(`UPDATE audit_log SET hash = NULL WHERE id = 1`).run()).toThrow(/append-only/);
    expect(() => db.prepare(`INSERT INTO audit_log (at, actor, action, entity, hash) VALUES ('x', 'y', 'z', 'w', 'forged')`).run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit_log WHERE id = 1').run()).toThrow(/append-only/);
    expect(verifyAuditChain(db).ok).toBe(true);
    db.close();
  });

  it('finds an entry edited behind the app’s back: CLI exit 1 with AUDIT_CHAIN_BROKEN, banner data in app-info', async () => {
    const file = path.join(tmp.dir, 'chain.db');
    tamper(file, `UPDATE audit_log SET actor = 'orang-lain' WHERE id = 2`);
    const r = await cli('audit', 'verify', '--db', file, '--json');
    expect(r.code).toBe(1);
    expect(r.json()).toMatchObject({ ok: false, firstBad: 2, error: { code: 'AUDIT_CHAIN_BROKEN' } });

    const b = createBackend(file, 'browser');
    let info: { auditChain: unknown } | null = null;
    for (let i = 0; i < 100 && !info?.auditChain; i++) {
      info = ((await b.call('app-info', {})) as { value: { auditChain: unknown } }).value;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(info!.auditChain).toMatchObject({ ok: false, firstBad: 2 });
    b.close();
  });

  it('finds a deleted entry in the middle', async () => {
    const file = path.join(tmp.dir, 'deleted.db');
    const db = openDatabase(file);
    for (let i = 0; i < 5; i++) appendAudit(db, { action: 'signin', entity: 'staff', entityId: `u${i}` });
    db.close();
    const raw = new Database(file);
    raw.exec('DROP TRIGGER audit_log_append_only_delete; DELETE FROM audit_log WHERE id = 3;');
    raw.close();
    expect((await cli('audit', 'verify', '--db', file, '--json')).json()).toMatchObject({ ok: false, firstBad: 4 });
  });

  it('the migration builds the chain over a store’s existing entries', () => {
    const file = path.join(tmp.dir, 'old.db');
    const old = new Database(file);
    registerAuditFunctions(old);
    migrate(old, migrations.slice(0, 6));
    runAs('lama', () => {
      for (let i = 0; i < 3; i++) appendAudit(old, { action: 'signin', entity: 'staff', entityId: `u${i}` });
    });
    old.close();
    const db = openDatabase(file);
    expect(verifyAuditChain(db)).toEqual({ ok: true, entries: 3, firstBad: null });
    // The store had accounts in its history: setup stays closed.
    expect(db.prepare(`SELECT value FROM store_meta WHERE key = 'accounts_existed'`).pluck().get()).toBe('1');
    db.close();
  });
});
