import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/backend';
import { messyRoster, workbookBytes } from '../support/import-fixtures';
import { staffedBackend, type StaffName } from '../support/staffed-backend';
import { sampleEmployer } from '../support/temp-db';

describe('roles on imports and exports (browser mode)', () => {
  let staffed: Awaited<ReturnType<typeof staffedBackend>>;
  let b: Backend;
  const call = (name: string, arg: unknown, who: StaffName) => staffed.call(name, arg, who);
  const value = <T>(p: ReturnType<typeof call>) => staffed.value<T>(p);

  beforeAll(async () => {
    staffed = await staffedBackend();
    b = staffed.backend;
    await value(call('employers-save', { employer: sampleEmployer(), mode: 'create' }, 'ani'));
  });
  afterAll(() => staffed.remove());

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
