import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../electron/audit/verify-chain';
import { sampleEmployer } from '../support/temp-db';
import { staffedBackend } from '../support/staffed-backend';

type Staffed = Awaited<ReturnType<typeof staffedBackend>>;

/** Item 7: every change leaves an audit entry naming the signed-in user, never a name the request carried. */
describe('every change is audited, with the actor from the session', () => {
  let s: Staffed;
  beforeAll(async () => {
    s = await staffedBackend();
    await s.value(s.call('employers-save', { mode: 'create', employer: sampleEmployer() }, 'kacab'));
    await s.value(s.call('employers-save', { mode: 'create', employer: sampleEmployer({ npp: '22222222', npwp: null, nib: null, name: 'CV Borneo' }) }, 'kacab'));
  });
  afterAll(() => s.remove());
  const entries = (entity: string) =>
    s.backend.db.prepare('SELECT actor, action, entity_id AS id, after FROM audit_log WHERE entity = ? ORDER BY id').all(entity) as {
      actor: string;
      action: string;
      id: string;
      after: string | null;
    }[];

  it('gap follow-ups', async () => {
    await s.value(s.call('gaps-followup-add', { gapKey: 'PDS_TK:12345678', status: 'dihubungi', note: 'Telepon HRD' }, 'ani'));
    expect(entries('gap_followup')).toMatchObject([{ actor: 'ani', action: 'create' }]);
  });

  it('prospect imports and prospect links; a caller-sent author is ignored', async () => {
    const imported = await s.value<{ listImportId: number }>(
      s.call('prospects-import', { source: 'WLKP', fileName: 'wlkp.xlsx', rows: [{ name: 'UD Sinar Harapan', regency: 'Balikpapan', workers: 3 }] }, 'budi'),
    );
    expect(entries('list_import')).toContainEqual(expect.objectContaining({ actor: 'budi', action: 'import', id: String(imported.listImportId) }));
    const prospectId = s.backend.db.prepare('SELECT id FROM prospects').pluck().get() as number;
    const link = await s.value<{ author: string }>(s.call('prospects-link', { prospectId, npp: '22222222', author: 'Orang Lain' }, 'ani'));
    expect(link.author).toBe('ani');
    const [entry] = entries('prospect_link');
    expect(entry).toMatchObject({ actor: 'ani', action: 'create', id: String(prospectId) });
    expect(JSON.parse(entry!.after!)).toMatchObject({ npp: '22222222', author: 'ani' });
  });

  it('payroll imports', async () => {
    await s.value(s.call('payroll-import', { npp: '12345678', period: '2026-03', rows: [{ nik: '6471015708850001', name: 'Siti', wage: 5_000_000 }] }, 'ani'));
    expect(entries('list_import').filter((e) => e.action === 'import').map((e) => e.actor)).toEqual(['budi', 'ani']);
  });

  it('workforce edits', async () => {
    await s.value(s.call('workforce-save', { areaCode: '64.71', year: 2026, employed: 340_000, source: 'Perkiraan cabang' }, 'admin'));
    await s.value(s.call('workforce-save', { areaCode: '64.71', year: 2026, employed: 341_000, source: 'Koreksi' }, 'kacab'));
    expect(entries('workforce').map((e) => [e.actor, e.action, e.id])).toEqual([
      ['admin', 'create', '64.71/2026'],
      ['kacab', 'update', '64.71/2026'],
    ]);
  });

  it('and the chain still verifies over all of it', () => {
    expect(verifyAuditChain(s.backend.db)).toMatchObject({ ok: true, firstBad: null });
  });
});
