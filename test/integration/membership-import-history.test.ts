import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runImport, type ImportRequest } from '../../electron/importer/run-import';
import { undoImport } from '../../electron/importer/undo-import';
import { FIXED_NOW, sampleEmployer, tempBackend } from '../support/temp-db';
import { HEADER, messyRoster, SITI, workbookBytes, type Row } from '../support/import-fixtures';

type B = ReturnType<typeof tempBackend>;
const NPP = '12345678';

const roster = (b: B, rows: Row[], period: string, over: Partial<ImportRequest> = {}) =>
  runImport(
    { db: b.db, mode: 'cli', now: FIXED_NOW },
    { kind: 'roster', fileName: 'roster.xlsx', bytes: workbookBytes({ Data: rows }), npp: NPP, period, dryRun: false, user: 'tester', ...over },
  );

/** The roster again with Siti on a new wage. */
const sitiPaid = (wage: number): Row[] => messyRoster().map((r) => (r[1] === SITI ? [...r.slice(0, 5), wage, ...r.slice(6)] : r));

const history = (b: B) =>
  b.db
    .prepare(
      `SELECT h.from_month AS fromMonth, h.wage, h.source FROM membership_wages h JOIN memberships m ON m.id = h.membership_id
       JOIN workers w ON w.id = m.worker_id WHERE w.nik = ? ORDER BY h.from_month`,
    )
    .all(SITI);
const sitiWage = (b: B) =>
  b.db.prepare('SELECT m.wage FROM memberships m JOIN workers w ON w.id = m.worker_id WHERE w.nik = ?').pluck().get(SITI) as number;
const sitiMembership = (b: B) =>
  b.db.prepare('SELECT m.id FROM memberships m JOIN workers w ON w.id = m.worker_id WHERE w.nik = ?').pluck().get(SITI) as number;

describe('roster import and the wage history', () => {
  let b: B;
  beforeEach(async () => {
    b = tempBackend();
    const r = await b.call('employers-save', { employer: sampleEmployer(), mode: 'create' });
    if (!r.ok) throw new Error(r.error.message);
  });
  afterEach(() => b.remove());

  it('a new roster gives each membership its starting period; a later roster’s wage is a period from its month', async () => {
    expect(HEADER).toContain('Gaji Pokok (Rp)');
    const first = await roster(b, messyRoster(), '2026-01');
    expect(history(b)).toEqual([{ fromMonth: '2026-01', wage: 4_500_000, source: 'awal' }]);
    const second = await roster(b, sitiPaid(4_800_000), '2026-03');
    expect(second.updated).toBe(1);
    expect(history(b)).toEqual([
      { fromMonth: '2026-01', wage: 4_500_000, source: 'awal' },
      { fromMonth: '2026-03', wage: 4_800_000, source: 'impor' },
    ]);
    expect(sitiWage(b)).toBe(4_800_000);
    // Undo takes the period back with the wage.
    undoImport(b.db, second.importId!, 'tester');
    expect(history(b)).toEqual([{ fromMonth: '2026-01', wage: 4_500_000, source: 'awal' }]);
    expect(sitiWage(b)).toBe(4_500_000);
    // Undoing the first removes its memberships and, with them, their periods.
    undoImport(b.db, first.importId!, 'tester');
    expect(b.db.prepare('SELECT count(*) FROM membership_wages').pluck().get()).toBe(0);
  });

  it('an import over a period the desk had set restores the desk’s period on undo, and keeps a later desk change current', async () => {
    await roster(b, messyRoster(), '2026-01');
    const id = sitiMembership(b);
    const desk = await b.call('memberships-wage', { membershipId: id, wage: 4_700_000, fromMonth: '2026-03' });
    expect(desk.ok).toBe(true);
    const later = await b.call('memberships-wage', { membershipId: id, wage: 5_000_000, fromMonth: '2026-06' });
    expect(later.ok).toBe(true);
    const imported = await roster(b, sitiPaid(4_900_000), '2026-03');
    expect(history(b)).toEqual([
      { fromMonth: '2026-01', wage: 4_500_000, source: 'awal' },
      { fromMonth: '2026-03', wage: 4_900_000, source: 'impor' },
      { fromMonth: '2026-06', wage: 5_000_000, source: 'meja' },
    ]);
    // The registered wage is the latest period's, not the import's back-dated one.
    expect(sitiWage(b)).toBe(5_000_000);
    undoImport(b.db, imported.importId!, 'tester');
    expect(history(b)).toEqual([
      { fromMonth: '2026-01', wage: 4_500_000, source: 'awal' },
      { fromMonth: '2026-03', wage: 4_700_000, source: 'meja' },
      { fromMonth: '2026-06', wage: 5_000_000, source: 'meja' },
    ]);
    expect(sitiWage(b)).toBe(5_000_000);
  });

  it('a roster for a month before the membership began changes its starting period', async () => {
    await roster(b, messyRoster(), '2026-01');
    await roster(b, sitiPaid(4_600_000), '2025-11');
    expect(history(b)).toEqual([{ fromMonth: '2026-01', wage: 4_600_000, source: 'impor' }]);
  });
});
