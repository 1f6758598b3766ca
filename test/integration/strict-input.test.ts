import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { gridOf, loadWorkbook } from '../../electron/importer/read-workbook';
import { cellText } from '../../shared/import/values';
import { sampleEmployer, sampleWorker, tempBackend } from '../support/temp-db';

describe('impossible dates, fractional wages and hidden characters are refused or cleaned at the boundary', () => {
  let b: ReturnType<typeof tempBackend>;
  beforeEach(async () => {
    b = tempBackend();
    expect((await b.call('employers-save', { employer: sampleEmployer({ reportedHeadcount: 5 }), mode: 'create' })).ok).toBe(true);
  });
  afterEach(() => b.remove());

  const code = (r: { ok: boolean; error?: { code: string } }) => (r.ok ? 'OK' : r.error!.code);
  const enrol = (over: Record<string, unknown>) =>
    b.call('workers-enrol', { npp: '12345678', worker: sampleWorker(), segment: 'PU', wage: 4_500_000, startDate: '2026-01-05', ...over });

  it('refuses 2026-02-30, 2026-99-99, 1900-01-01 and a wage of 0.5, storing nothing', async () => {
    expect(code(await enrol({ startDate: '2026-02-30' }))).toBe('BAD_ARGUMENT');
    expect(code(await enrol({ worker: sampleWorker({ birthDate: '1985-02-30' }) }))).toBe('BAD_ARGUMENT');
    expect(code(await enrol({ wage: 0.5 }))).toBe('BAD_ARGUMENT');
    expect(b.db.prepare('SELECT count(*) FROM workers').pluck().get()).toBe(0);
    const ok = await enrol({});
    expect(code(ok)).toBe('OK');
    const id = b.db.prepare('SELECT id FROM memberships').pluck().get() as number;
    const end = await b.call('workers-end', { membershipId: id, endDate: '2026-99-99', reason: 'resign' });
    expect(code(end)).toBe('BAD_ARGUMENT');
    expect(end.ok ? '' : end.error.message).toMatch(/tanggal tidak valid/);
    for (const notedOn of ['2026-02-30', '1900-01-01']) {
      expect(code(await b.call('gaps-followup-add', { gapKey: 'PDS_TK:12345678', status: 'dihubungi', author: 'Rina', notedOn }))).toBe('BAD_ARGUMENT');
    }
    expect(code(await b.call('gaps-list', { period: '2026-13' }))).toBe('BAD_ARGUMENT');
  });

  it('stores names without NUL, controls or right-to-left overrides, in NFC', async () => {
    const r = await enrol({ worker: sampleWorker({ name: 'Siti\u0000 Rahma\u202Ewati\u0301' }) });
    expect(code(r)).toBe('OK');
    expect(b.db.prepare('SELECT name FROM workers').pluck().get()).toBe('Siti Rahmawat\u00ed');
    await b.call('employers-save', { employer: sampleEmployer({ name: 'PT \u202Eabadi\u2066 Jaya\u0007', address: 'Jl.\u0000 Sudirman' }), mode: 'update' });
    expect(b.db.prepare('SELECT name || \'|\' || address FROM employers').pluck().get()).toBe('PT abadi Jaya|Jl. Sudirman');
  });

  it('the importer reads cells through the same cleaning', () => {
    const csv = Buffer.from('NIK;Nama\n6471015708850001;"Siti\u202E Rahma\u0007wati"\n', 'utf8');
    const { book } = loadWorkbook(csv, 100);
    const grid = gridOf(book, book.SheetNames[0]!);
    expect(cellText(grid.cell(1, 1))).toBe('Siti Rahmawati');
  });
});
