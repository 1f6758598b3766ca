import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runImport, type ImportRequest } from '../../electron/importer/run-import';
import { undoImport } from '../../electron/importer/undo-import';
import { FIXED_NOW, sampleEmployer, sampleWorker, tempBackend } from '../support/temp-db';
import { BUDI, HEADER, SITI, workbookBytes, type Row } from '../support/import-fixtures';

type B = ReturnType<typeof tempBackend>;
const NPP = '12345678';
const OTHER = '87654321';

function importFile(b: B, kind: 'roster' | 'employers', rows: Row[], npp?: string) {
  const req: ImportRequest = { kind, fileName: `${kind}.xlsx`, bytes: workbookBytes({ Data: rows }), npp, period: '2026-03', dryRun: false, user: 'tester' };
  return runImport({ db: b.db, mode: 'cli', now: FIXED_NOW }, req);
}

function undoError(b: B, id: number): { code: string; params: Record<string, unknown> } {
  try {
    undoImport(b.db, id, 'tester');
  } catch (e) {
    return e as { code: string; params: Record<string, unknown> };
  }
  throw new Error('undo was not refused');
}

const EMPLOYER_HEADER: Row = ['NPP', 'Nama Perusahaan', 'NPWP', 'NIB', 'Kode Wilayah', 'Skala Usaha', 'Jumlah Tenaga Kerja', 'Kelompok Risiko', 'Program'];
const employerRow = (npp: string, name: string): Row => [npp, name, '', '', '64.71', 'menengah', 40, 'III', 'JKK, JKM, JHT, JP'];
const sitiRow = (kpj: string | null): Row => [1, SITI, 'Siti Rahmawati', '17-08-1985', 'P', 4_500_000, '05-01-2026', kpj];
const enrol = (b: B, npp: string, worker: Record<string, unknown>) =>
  b.call('workers-enrol', { npp, worker: sampleWorker(worker), segment: 'PU', wage: 4_500_000, startDate: '2026-01-05' });

describe('import undo: the branches of restore and refusal', () => {
  let b: B;
  beforeEach(async () => {
    b = tempBackend();
    for (const employer of [sampleEmployer(), sampleEmployer({ npp: OTHER, name: 'CV Lain' })]) {
      const r = await b.call('employers-save', { employer, mode: 'create' });
      if (!r.ok) throw new Error(r.error.message);
    }
  });
  afterEach(() => b.remove());

  const kpjOf = (nik: string) => b.db.prepare('SELECT kpj FROM workers WHERE nik = ?').pluck().get(nik);

  it("restores a known worker's KPJ that the import set", async () => {
    expect((await enrol(b, NPP, { kpj: null })).ok).toBe(true);
    const r = await importFile(b, 'roster', [[...HEADER.slice(0, 7), 'KPJ'], sitiRow('12345678901')], NPP);
    expect(kpjOf(SITI)).toBe('12345678901');
    expect(undoImport(b.db, r.importId!, 'tester')).toMatchObject({ removed: 0, restored: 1 });
    expect(kpjOf(SITI)).toBeNull();
  });

  it('restores an employer the import updated, every column as it was', async () => {
    const row = () => b.db.prepare('SELECT * FROM employers WHERE npp = ?').get(NPP);
    const before = row();
    const r = await importFile(b, 'employers', [EMPLOYER_HEADER, employerRow(NPP, 'PT Mahakam Baru')]);
    expect(r).toMatchObject({ inserted: 0, updated: 1 });
    expect(b.db.prepare('SELECT name FROM employers WHERE npp = ?').pluck().get(NPP)).toBe('PT Mahakam Baru');
    expect(undoImport(b.db, r.importId!, 'tester')).toMatchObject({ removed: 0, restored: 1 });
    expect(row()).toEqual(before);
  });

  it('refuses when a worker the import created was enrolled elsewhere since', async () => {
    const r = await importFile(b, 'roster', [HEADER.slice(0, 7), sitiRow(null).slice(0, 7)], NPP);
    expect(r.inserted).toBe(1);
    expect((await enrol(b, OTHER, {})).ok).toBe(true);
    const later = b.db.prepare('SELECT id FROM memberships WHERE npp = ?').pluck().get(OTHER);
    expect(undoError(b, r.importId!)).toMatchObject({ code: 'IMPORT_UNDO_CONFLICT', params: { by: `kepesertaan #${later}` } });
    expect(b.db.prepare('SELECT undone_at FROM imports WHERE id = ?').pluck().get(r.importId)).toBeNull();
  });

  it('refuses when an employer the import created now has memberships', async () => {
    const r = await importFile(b, 'employers', [EMPLOYER_HEADER, employerRow('11223344', 'PT Baru Terdaftar')]);
    expect(r.inserted).toBe(1);
    expect((await enrol(b, '11223344', {})).ok).toBe(true);
    expect(undoError(b, r.importId!)).toMatchObject({ code: 'IMPORT_UNDO_CONFLICT', params: { by: 'data NPP 11223344' } });
    expect(b.db.prepare('SELECT count(*) FROM employers WHERE npp = ?').pluck().get('11223344')).toBe(1);
  });

  it('refuses over a desk edit of a worker the import changed, naming the NIK masked', async () => {
    expect((await enrol(b, NPP, { kpj: null })).ok).toBe(true);
    const r = await importFile(b, 'roster', [[...HEADER.slice(0, 7), 'KPJ'], sitiRow('12345678901')], NPP);
    // Enrolling her at another employer with a new phone number edits the person record by hand.
    expect((await enrol(b, OTHER, { phone: '081299990000' })).ok).toBe(true);
    const error = undoError(b, r.importId!);
    expect(error).toMatchObject({ code: 'IMPORT_UNDO_EDITED', params: { record: expect.stringMatching(/^NIK 6471\S*\*+/) } });
    expect(JSON.stringify(error.params)).not.toContain(SITI);
    expect(kpjOf(SITI)).toBe('12345678901');
  });

  it('refuses over a desk edit of an employer the import changed, naming the NPP', async () => {
    const r = await importFile(b, 'employers', [EMPLOYER_HEADER, employerRow(NPP, 'PT Mahakam Baru')]);
    const edited = await b.call('employers-save', { employer: sampleEmployer({ name: 'PT Mahakam Diketik Petugas' }), mode: 'update' });
    expect(edited.ok).toBe(true);
    expect(undoError(b, r.importId!)).toMatchObject({ code: 'IMPORT_UNDO_EDITED', params: { record: `NPP ${NPP}` } });
    expect(b.db.prepare('SELECT name FROM employers WHERE npp = ?').pluck().get(NPP)).toBe('PT Mahakam Diketik Petugas');
  });

  it('an unrelated person enrolled later does not block the undo', async () => {
    const r = await importFile(b, 'roster', [HEADER.slice(0, 7), sitiRow(null).slice(0, 7)], NPP);
    expect((await enrol(b, OTHER, { nik: BUDI, name: 'Budi Santoso', birthDate: '1990-03-12', gender: 'L' })).ok).toBe(true);
    expect(undoImport(b.db, r.importId!, 'tester')).toMatchObject({ removed: 2 });
  });
});
