import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../electron/backend';
import { messyRoster, workbookBytes } from '../support/import-fixtures';
import { FIXED_NOW, sampleEmployer, tempDir } from '../support/temp-db';

describe('roles on imports and exports (browser mode)', () => {
  const tmp = tempDir();
  let b: Backend;
  const tokens: Record<string, string> = {};
  const call = (name: string, arg: unknown, who: string) => b.call(name, arg, tokens[who]);
  const value = async <T>(p: ReturnType<typeof call>): Promise<T> => {
    const r = await p;
    if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
    return r.value as T;
  };

  beforeAll(async () => {
    b = createBackend(path.join(tmp.dir, 'roles.db'), 'browser', { now: FIXED_NOW });
    tokens.admin = (await value<{ token: string }>(b.call('auth-setup', { username: 'admin', displayName: 'Admin', password: 'admin-kuat-123' }))).token;
    for (const [username, role] of [['ani', 'petugas'], ['budi', 'petugas'], ['kacab', 'kepala_cabang']] as const) {
      await value(call('staff-save', { mode: 'create', username, displayName: username, role, password: `${username}-kuat-123` }, 'admin'));
      tokens[username] = (await value<{ token: string }>(b.call('auth-signin', { username, password: `${username}-kuat-123` }))).token;
    }
    await value(call('employers-save', { employer: sampleEmployer(), mode: 'create' }, 'ani'));
  });
  afterAll(() => {
    b.close();
    tmp.remove();
  });

  it('records an import as one audit entry (not one per row) and lets only its owner or the branch head undo it', async () => {
    const bytes = workbookBytes({ Roster: messyRoster() });
    const { uploadId } = await value<{ uploadId: string }>(call('uploads-put', { fileName: 'roster.xlsx', dataBase64: bytes.toString('base64') }, 'ani'));
    const result = await value<{ importId: number; accepted: number }>(
      call('imports-commit', { uploadId, kind: 'roster', npp: '12345678', period: '2026-03' }, 'ani'),
    );
    expect(result.accepted).toBeGreaterThan(0);
    const audit = b.db.prepare(`SELECT actor, action, entity FROM audit_log WHERE action IN ('import', 'create') AND entity IN ('import', 'worker', 'membership')`).all();
    expect(audit).toEqual([{ actor: 'ani', action: 'import', entity: 'import' }]);

    expect(await call('imports-undo', { importId: result.importId }, 'budi')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await call('imports-undo', { importId: result.importId }, 'kacab')).toMatchObject({ ok: true });
    expect(b.db.prepare(`SELECT actor FROM audit_log WHERE action = 'undo'`).pluck().all()).toEqual(['kacab']);
  });

  it('lets a clerk export employers, but only the branch head export workers (NIK and wages), and logs it', async () => {
    expect(await call('exports-create', { what: 'employers' }, 'ani')).toMatchObject({ ok: true });
    expect(await call('exports-create', { what: 'workers', npp: '12345678' }, 'ani')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await call('exports-create', { what: 'workers', npp: '12345678' }, 'kacab')).toMatchObject({ ok: true });
    const exports = b.db.prepare(`SELECT actor, entity FROM audit_log WHERE action = 'export' ORDER BY id`).all();
    expect(exports).toEqual([
      { actor: 'ani', entity: 'employers' },
      { actor: 'kacab', entity: 'workers' },
    ]);
  });
});
