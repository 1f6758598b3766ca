import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { runImport, type ImportRequest } from '../../electron/importer/run-import';
import { FIXED_NOW, sampleEmployer, tempBackend } from '../support/temp-db';
import { BUDI, HEADER, messyRoster, SITI, workbookBytes, type Row } from '../support/import-fixtures';

type B = ReturnType<typeof tempBackend>;
const NPP = '12345678';

// Issue 11 §4, the import wizard's findings: what the clerk reads must say what the import will do.
describe('import findings tell the clerk what happens', () => {
  let b: B;
  const dryRun = (bytes: Buffer, over: Partial<ImportRequest> = {}) =>
    runImport({ db: b.db, mode: 'cli', now: FIXED_NOW }, { kind: 'roster', fileName: 'r.xlsx', bytes, npp: NPP, period: '2026-03', dryRun: true, user: 't', ...over });
  const upload = async (bytes: Buffer) => {
    const r = await b.call('uploads-put', { fileName: 'r.xlsx', dataBase64: bytes.toString('base64') });
    if (!r.ok) throw new Error(r.error.code);
    return (r.value as { uploadId: string }).uploadId;
  };
  beforeEach(async () => {
    b = tempBackend();
    const r = await b.call('employers-save', { employer: sampleEmployer(), mode: 'create' });
    if (!r.ok) throw new Error(r.error.message);
  });
  afterEach(() => b.remove());

  it('a roster without a TMT column says every start date becomes the 1st of the period', async () => {
    const noTmt: Row[] = messyRoster().map((row) => row.filter((_, i) => i !== 6));
    const r = await dryRun(workbookBytes({ Data: noTmt }));
    expect(r.fileWarnings).toEqual([expect.objectContaining({ code: 'IMPORT_NO_START_DATE', severity: 'warning', params: { period: '2026-03' } })]);
    expect(r.fileWarnings[0]!.message).toContain('2026-03');
    const header = await b.call('imports-preview', { uploadId: await upload(workbookBytes({ Data: noTmt })), kind: 'roster', npp: NPP, headerOnly: true });
    expect(JSON.stringify(header)).toContain('IMPORT_NO_START_DATE');
    // With the column there is no such warning.
    expect((await dryRun(workbookBytes({ Data: messyRoster() }))).fileWarnings).toEqual([]);
  });

  it('a finding carries the cell as read (to prefill its correction) and the worker name of its row', async () => {
    const rows: Row[] = [HEADER, [1, SITI, 'Siti Rahmawati', '17-08-1985', 'P', 'empat juta', '05/01/2026', 'Staf']];
    const r = await dryRun(workbookBytes({ Data: rows }));
    const wage = r.issues.find((i) => i.field === 'wage');
    expect(wage).toMatchObject({ row: 2, value: 'empat juta', name: 'Siti Rahmawati', severity: 'error' });
  });

  it('the annotated workbook says which cell was corrected in Sigap and to what', async () => {
    const rows: Row[] = [HEADER, [1, SITI, 'Siti Rahmawati', '17-08-1985', 'P', 'empat juta', '05/01/2026', 'Staf'], [2, BUDI, 'Budi Santoso', '12-03-1990', 'L', 4_200_000, '05/01/2026', 'Operator']];
    const uploadId = await upload(workbookBytes({ Data: rows }));
    const r = await b.call('imports-annotated', { uploadId, kind: 'roster', npp: NPP, period: '2026-03', corrections: [{ row: 2, field: 'wage', value: '4500000' }] });
    if (!r.ok) throw new Error(r.error.code);
    const data = XLSX.read(Buffer.from((r.value as { dataBase64: string }).dataBase64, 'base64'), { dense: true }).Sheets['Data']!['!data']!;
    expect(data[1]![8]!.v).toBe('Diterima');
    expect(String(data[1]![9]!.v)).toBe('Gaji Pokok (Rp) dikoreksi di Sigap menjadi "4500000"');
    expect(data[2]![9]).toBeUndefined();
  });

  it('undo counts the people and the memberships it removed apiece', async () => {
    const r = await runImport({ db: b.db, mode: 'cli', now: FIXED_NOW }, { kind: 'roster', fileName: 'r.xlsx', bytes: workbookBytes({ Data: messyRoster() }), npp: NPP, period: '2026-03', dryRun: false, user: 't' });
    const undo = await b.call('imports-undo', { importId: r.importId });
    expect(undo).toMatchObject({ ok: true, value: { removedWorkers: 4, removedMemberships: 4, removedEmployers: 0, removed: 8 } });
  });
});
