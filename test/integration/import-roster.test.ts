import { idsWithWord } from '../support/name-words-intact';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runImport, type ImportRequest } from '../../electron/importer/run-import';
import { undoImport } from '../../electron/importer/undo-import';
import { FIXED_NOW, sampleEmployer, tempBackend } from '../support/temp-db';
import { ANI, BUDI, csvBytes, DEDI, HEADER, messyRoster, SITI, workbookBytes, type Row } from '../support/import-fixtures';

type B = ReturnType<typeof tempBackend>;
const count = (b: B, table: string) => b.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
const NPP = '12345678';

function roster(b: B, bytes: Buffer, over: Partial<ImportRequest> = {}) {
  return runImport(
    { db: b.db, mode: 'cli', now: FIXED_NOW },
    { kind: 'roster', fileName: 'roster.xlsx', bytes, npp: NPP, period: '2026-03', dryRun: false, user: 'tester', ...over },
  );
}

const codes = (r: { issues: { code: string }[] }) => r.issues.map((i) => i.code);

describe('roster import', () => {
  let b: B;
  beforeEach(async () => {
    b = tempBackend();
    const r = await b.call('employers-save', { employer: sampleEmployer(), mode: 'create' });
    if (!r.ok) throw new Error(r.error.message);
  });
  afterEach(() => b.remove());

  it('finds the header under title rows, skips the totals row and blank rows, reads Indonesian values', async () => {
    const r = await roster(b, workbookBytes({ Data: messyRoster() }));
    expect(r).toMatchObject({ sheet: 'Data', headerRow: 4, totalRows: 6, accepted: 4, rejected: 0, skipped: 2, inserted: 4 });
    const rows = b.db
      .prepare(`SELECT w.nik, w.birth_date AS birth, w.gender, m.wage, m.start_date AS start FROM workers w JOIN memberships m ON m.worker_id = w.id ORDER BY w.nik`)
      .all();
    expect(rows).toEqual(
      expect.arrayContaining([
        { nik: SITI, birth: '1985-08-17', gender: 'P', wage: 4_500_000, start: '2026-01-05' },
        { nik: BUDI, birth: '1990-03-12', gender: 'L', wage: 4_200_000, start: '2026-01-05' },
        { nik: ANI, birth: '1995-01-05', gender: 'P', wage: 4_000_000, start: '2025-08-17' },
        { nik: DEDI, birth: '1988-07-25', gender: 'L', wage: 3_950_000, start: '2026-02-01' },
      ]),
    );
    expect(r.issues).toEqual([]);
  });

  it('numbers an issue by the sheet row Excel shows, below title rows and a blank row', async () => {
    const rows = messyRoster();
    // Sheet row 10 (after the blank row 7), before the totals row: a NIK one digit short.
    rows.splice(9, 0, [5, '647101170885000', 'Eko Prasetyo', '17-08-1985', 'L', 'Rp 4.100.000', '05/01/2026', 'Staf']);
    const r = await roster(b, workbookBytes({ Data: rows }), { dryRun: true });
    expect(r).toMatchObject({ headerRow: 4, accepted: 4, rejected: 1 });
    expect(r.issues).toEqual([expect.objectContaining({ row: 10, column: 'No KTP/NIK', severity: 'error' })]);
  });

  for (const [label, bytes] of [
    ['xls', () => workbookBytes({ Data: messyRoster() }, 'biff8')],
    ['ods', () => workbookBytes({ Data: messyRoster() }, 'ods')],
    ['csv comma', () => csvBytes(messyRoster(), ',', false)],
    ['csv comma + BOM', () => csvBytes(messyRoster(), ',', true)],
    ['csv semicolon', () => csvBytes(messyRoster(), ';', false)],
    ['csv semicolon + BOM', () => csvBytes(messyRoster(), ';', true)],
  ] as const) {
    it(`reads ${label}`, async () => {
      const r = await roster(b, bytes(), { fileName: `roster.${label.slice(0, 3)}` });
      expect(r).toMatchObject({ headerRow: 4, accepted: 4, rejected: 0, skipped: 2 });
      expect(b.db.prepare('SELECT wage FROM memberships ORDER BY wage').pluck().all()).toEqual([3_950_000, 4_000_000, 4_200_000, 4_500_000]);
    });
  }

  it('reads real date cells by value and picks the roster sheet among several', async () => {
    const rows: Row[] = [['NIK', 'Nama', 'Tanggal Lahir', 'JK', 'Upah'], [SITI, 'Siti', new Date(1985, 7, 17), 'P', 4_500_000]];
    const r = await roster(b, workbookBytes({ Petunjuk: [['Isi data di sheet berikut']], Karyawan: rows }));
    expect(r).toMatchObject({ sheet: 'Karyawan', accepted: 1 });
    expect(b.db.prepare('SELECT birth_date FROM workers').pluck().get()).toBe('1985-08-17');
  });

  it('reports every row code with its severity, 1-based row and column', async () => {
    await b.call('employers-save', { employer: sampleEmployer({ npp: '87654321', name: 'CV Lain', npwp: null, nib: null }), mode: 'create' });
    await b.call('workers-enrol', {
      npp: '87654321',
      worker: { nik: DEDI, name: 'Dedi Kurniawan', birthDate: '1988-07-25', gender: 'L', kpj: null, phone: null },
      segment: 'PU',
      wage: 4_000_000,
      startDate: '2025-01-01',
    });
    const rows: Row[] = [
      HEADER,
      [1, '647101570885', 'Pendek', '17-08-1985', 'P', 4_500_000, '', ''], // NIK_FORMAT
      [2, 6471015708850001, 'Angka', '17-08-1985', 'P', 4_500_000, '', ''], // NIK_PRECISION_LOST
      [3, '6.47101E+15', 'Notasi E', '17-08-1985', 'P', 4_500_000, '', ''], // NIK_PRECISION_LOST
      [4, '6471013213850001', 'Tanggal', '13-13-1985', 'L', 4_500_000, '', ''], // NIK_DATE
      [5, '6499011208850001', 'Wilayah', '12-08-1985', 'L', 4_500_000, '', ''], // NIK_REGION
      [6, SITI, 'Siti', '17-08-1985', 'L', 4_500_000, '', ''], // NIK_GENDER_MISMATCH (warning)
      [7, BUDI, 'Budi', '13-03-1990', 'L', 4_500_000, '', ''], // NIK_BIRTHDATE_MISMATCH (warning: the clerk checks the KTP; the row is kept)
      [8, SITI, 'Siti lagi', '17-08-1985', 'P', 4_500_000, '', ''], // DUPLICATE_IN_FILE
      [9, ANI, '', '05-01-1995', 'P', 4_500_000, '', ''], // NAME_MISSING
      [10, '6471015708850005', 'Lahir', '31-02-1985', 'P', 4_500_000, '', ''], // BIRTHDATE_INVALID (+ mismatch-free)
      [11, '6471015708850006', 'Upah', '17-08-1985', 'P', 'empat juta', '', ''], // WAGE_INVALID
      [12, '6471015708850007', 'Rendah', '17-08-1985', 'P', 'Rp 2.000.000', '', ''], // WAGE_BELOW_MINIMUM (warning)
      [13, DEDI, 'Dedi', '25-07-1988', 'L', 4_500_000, '', ''], // ALREADY_ACTIVE_ELSEWHERE (warning)
      [14, '6471011203150008', 'Anak', '12-03-2015', 'L', 4_500_000, '', ''], // AGE_CHILD_UNDER_15 (warning)
    ];
    const r = await roster(b, workbookBytes({ Data: rows }), { dryRun: true });
    const at = (row: number) => r.issues.filter((i) => i.row === row).map((i) => `${i.code}:${i.severity}`);
    expect(at(2)).toEqual(['NIK_FORMAT:error']);
    expect(at(3)).toEqual(['NIK_PRECISION_LOST:error']);
    expect(at(4)).toEqual(['NIK_PRECISION_LOST:error']);
    expect(at(5)).toContain('NIK_DATE:error');
    expect(at(6)).toContain('NIK_REGION:error');
    expect(at(7)).toEqual(['NIK_GENDER_MISMATCH:warning']);
    expect(at(8)).toEqual(['NIK_BIRTHDATE_MISMATCH:warning']);
    expect(at(9)).toEqual(['DUPLICATE_IN_FILE:error']);
    expect(at(10)).toEqual(['NAME_MISSING:error']);
    expect(at(11)).toContain('BIRTHDATE_INVALID:error');
    expect(at(12)).toEqual(['WAGE_INVALID:error']);
    expect(at(13)).toEqual(['WAGE_BELOW_MINIMUM:warning']);
    expect(at(14)).toEqual(['ALREADY_ACTIVE_ELSEWHERE:warning']);
    expect(r.issues.find((i) => i.row === 14)).toMatchObject({ name: 'Dedi' }); // named like the worker thread's findings
    expect(at(15)).toEqual(['AGE_CHILD_UNDER_15:warning']);
    const nik = r.issues.find((i) => i.row === 3)!;
    expect(nik).toMatchObject({ column: 'No KTP/NIK', message: expect.stringContaining('Teks') });
    expect(JSON.stringify(r.issues)).not.toContain('6471015708850001'); // messages never echo a NIK
    expect(r).toMatchObject({ totalRows: 14, accepted: 5, rejected: 9, skipped: 0 });
  });

  it('a dry run writes nothing', async () => {
    const before = { w: count(b, 'workers'), m: count(b, 'memberships'), i: count(b, 'imports'), map: count(b, 'import_mappings') };
    const r = await roster(b, workbookBytes({ Data: messyRoster() }), { dryRun: true });
    expect(r).toMatchObject({ importId: null, dryRun: true, accepted: 4 });
    expect({ w: count(b, 'workers'), m: count(b, 'memberships'), i: count(b, 'imports'), map: count(b, 'import_mappings') }).toEqual(before);
  });

  it('re-importing updates memberships instead of duplicating, and undo restores the exact previous state', async () => {
    const first = await roster(b, workbookBytes({ Data: messyRoster() }));
    const snapshot = () => b.db.prepare('SELECT id, worker_id, wage, end_date, status, updated_at FROM memberships ORDER BY id').all();
    const afterFirst = snapshot();
    const changed = messyRoster();
    changed[4]![5] = 'Rp 5.000.000'; // Siti: raise
    changed[5]!.push(null); // Budi: unchanged
    const withEnd: Row[] = [[...HEADER, 'Tgl Keluar'], ...changed.slice(4).map((row) => [...row.slice(0, 8), null])];
    withEnd[5]![8] = '28-02-2026'; // Dedi left
    const second = await roster(b, workbookBytes({ Data: withEnd }));
    expect(second).toMatchObject({ accepted: 4, inserted: 0, updated: 2, unchanged: 2 });
    expect(count(b, 'workers')).toBe(4);
    expect(count(b, 'memberships')).toBe(4);
    expect(b.db.prepare(`SELECT m.wage FROM memberships m JOIN workers w ON w.id = m.worker_id WHERE w.nik = ?`).pluck().get(SITI)).toBe(5_000_000);
    expect(b.db.prepare(`SELECT m.status || ' ' || m.end_date FROM memberships m JOIN workers w ON w.id = m.worker_id WHERE w.nik = ?`).pluck().get(DEDI)).toBe('nonaktif 2026-02-28');

    // The first import cannot be undone while the second, which changed its rows, stands.
    expect(() => undoImport(b.db, first.importId!, 'tester')).toThrowError(expect.objectContaining({ code: 'IMPORT_UNDO_CONFLICT' }));
    expect(undoImport(b.db, second.importId!, 'tester')).toMatchObject({ restored: 2, removed: 0 });
    expect(snapshot()).toEqual(afterFirst);
    expect(() => undoImport(b.db, second.importId!, 'tester')).toThrowError(expect.objectContaining({ code: 'IMPORT_ALREADY_UNDONE' }));
    expect(undoImport(b.db, first.importId!, 'tester')).toMatchObject({ removed: 8 });
    expect(count(b, 'workers')).toBe(0);
    expect(count(b, 'memberships')).toBe(0);
    expect(idsWithWord(b.db, 'siti')).toEqual([]);
    const list = await b.call('imports-list', {});
    expect(list).toMatchObject({ ok: true, value: { total: 2, items: [{ id: second.importId, undoneBy: 'tester' }, { id: first.importId }] } });
  });

  it('refuses to undo over a change made by hand at the desk after the import, and names it', async () => {
    const first = await roster(b, workbookBytes({ Data: messyRoster() }));
    const membershipOf = (nik: string) =>
      b.db.prepare(`SELECT m.id FROM memberships m JOIN workers w ON w.id = m.worker_id WHERE w.nik = ?`).pluck().get(nik) as number;
    // An unrelated desk edit (another employer's data) does not stand in the way…
    await b.call('employers-save', { employer: sampleEmployer({ npp: '87654321', name: 'CV Lain' }), mode: 'create' });
    const sideline = await b.call('employers-save', { employer: sampleEmployer({ npp: '87654321', name: 'CV Lain Sekali' }), mode: 'update' });
    expect(sideline.ok).toBe(true);
    // …but a clerk ending one of the imported memberships by hand does: undo would erase that work.
    const ended = await b.call('workers-end', { membershipId: membershipOf(DEDI), endDate: '2026-03-01', reason: 'resign' });
    expect(ended.ok).toBe(true);
    const before = { w: count(b, 'workers'), m: count(b, 'memberships') };
    let error: unknown;
    try {
      undoImport(b.db, first.importId!, 'tester');
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({ code: 'IMPORT_UNDO_EDITED', params: { id: first.importId, record: `#${membershipOf(DEDI)}` } });
    expect((error as Error).message).toContain('diubah manual');
    expect({ w: count(b, 'workers'), m: count(b, 'memberships') }).toEqual(before);
    expect(b.db.prepare('SELECT undone_at FROM imports WHERE id = ?').pluck().get(first.importId)).toBeNull();
  });

  it('is atomic: a failure midway writes nothing', async () => {
    b.db.exec(`CREATE TRIGGER boom BEFORE INSERT ON memberships WHEN (SELECT count(*) FROM memberships) >= 2
               BEGIN SELECT RAISE(ABORT, 'injected failure'); END;`);
    await expect(roster(b, workbookBytes({ Data: messyRoster() }))).rejects.toThrow('injected failure');
    expect([count(b, 'workers'), count(b, 'memberships'), count(b, 'imports'), count(b, 'import_journal'), count(b, 'import_mappings')]).toEqual([0, 0, 0, 0, 0]);
  });

  it('remembers the confirmed mapping per employer and reuses it', async () => {
    const odd: Row[] = [['Identitas', 'Pegawai', 'Penghasilan'], [SITI, 'Siti Rahmawati', 4_500_000]];
    // Unknown headers: the mapping screen's choice is given as overrides, then remembered on commit.
    await expect(roster(b, workbookBytes({ Data: odd }))).rejects.toMatchObject({ code: 'FILE_NO_HEADER' });
    const first = await roster(b, workbookBytes({ Data: odd }), { headerRow: 1, mapping: { A: 'nik', B: 'name', C: 'wage' } });
    expect(first.accepted).toBe(1);
    const again: Row[] = [['Identitas', 'Pegawai', 'Penghasilan'], [BUDI, 'Budi Santoso', 4_600_000]];
    const second = await roster(b, workbookBytes({ Data: again }));
    expect(second).toMatchObject({ headerRow: 1, accepted: 1 });
    expect(b.db.prepare('SELECT header, field FROM import_mappings WHERE npp = ? ORDER BY header').all(NPP)).toEqual([
      { header: 'identitas', field: 'nik' },
      { header: 'pegawai', field: 'name' },
      { header: 'penghasilan', field: 'wage' },
    ]);
  });

  it('applies inline corrections before checking', async () => {
    const rows: Row[] = [HEADER, [1, '6471015708850O01', 'Siti', '17-08-1985', 'P', 4_500_000, '', '']];
    const bad = await roster(b, workbookBytes({ Data: rows }), { dryRun: true });
    expect(codes(bad)).toEqual(['NIK_FORMAT']);
    const fixed = await roster(b, workbookBytes({ Data: rows }), { corrections: [{ row: 2, field: 'nik', value: SITI }] });
    expect(fixed).toMatchObject({ accepted: 1, rejected: 0 });
  });

  it('an unknown employer is a coded error', async () => {
    await expect(roster(b, workbookBytes({ Data: messyRoster() }), { npp: '99999999' })).rejects.toMatchObject({ code: 'EMPLOYER_NOT_FOUND' });
  });
});

describe('roster import through the CLI', () => {
  it('prints the documented JSON and exit codes', async () => {
    const { cli, writeTemp } = await import('../support/import-fixtures');
    const b = tempBackend();
    await b.call('employers-save', { employer: sampleEmployer(), mode: 'create' });
    const db = b.db.name;
    b.close();
    const file = writeTemp(path.dirname(db), 'roster.xlsx', workbookBytes({ Data: messyRoster() }));
    const r = await cli('import', 'roster', file, '--employer', NPP, '--db', db, '--period', '2026-03', '--json');
    expect(r.code).toBe(0);
    const out = r.json();
    expect(Object.keys(out)).toEqual(expect.arrayContaining(['importId', 'sheet', 'headerRow', 'totalRows', 'accepted', 'rejected', 'skipped', 'issues']));
    expect(out).toMatchObject({ importId: 1, headerRow: 4, accepted: 4 });
    const undo = await cli('import', 'undo', '1', '--db', db, '--json');
    expect(undo.code).toBe(0);
    const bad = writeTemp(path.dirname(db), 'bad.xlsx', Buffer.from('this is not\0 a workbook'));
    const unreadable = await cli('import', 'roster', bad, '--employer', NPP, '--db', db, '--json');
    expect(unreadable.code).toBe(2);
    expect(unreadable.json()).toMatchObject({ error: { code: 'FILE_UNREADABLE', message: expect.any(String) } });
    const unknown = await cli('import', 'undo', '99', '--db', db, '--json');
    expect(unknown.code).toBe(1);
    expect(unknown.json()).toMatchObject({ error: { code: 'IMPORT_NOT_FOUND' } });
    b.remove();
  });
});
