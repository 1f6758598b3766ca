import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { createExport } from '../../electron/exporter/exports';
import { runImport } from '../../electron/importer/run-import';
import { FIXED_NOW, sampleEmployer, tempBackend } from '../support/temp-db';
import { messyRoster, workbookBytes } from '../support/import-fixtures';

type B = ReturnType<typeof tempBackend>;
const ctx = (b: B) => ({ db: b.db, mode: 'cli' as const, now: FIXED_NOW });
const workers = (b: B, npp: string) =>
  b.db
    .prepare(
      `SELECT w.nik, w.name, w.birth_date, w.gender, m.wage, m.start_date, m.end_date, m.status
       FROM memberships m JOIN workers w ON w.id = m.worker_id WHERE m.npp = ? ORDER BY w.nik`,
    )
    .all(npp);

describe('Excel export', () => {
  let b: B;
  beforeEach(async () => {
    b = tempBackend();
    await b.call('employers-save', { employer: sampleEmployer(), mode: 'create' });
    await b.call('employers-save', { employer: sampleEmployer({ npp: '87654321', name: '=HYPERLINK("http://x")', npwp: null, nib: null }), mode: 'create' });
  });
  afterEach(() => b.remove());

  it('round trip: export → import into another employer yields the same workers', async () => {
    await runImport(ctx(b), { kind: 'roster', fileName: 'r.xlsx', bytes: workbookBytes({ Data: messyRoster() }), npp: '12345678', period: '2026-03', dryRun: false, user: 't' });
    const file = await b.call('exports-create', { what: 'workers', npp: '12345678' });
    if (!file.ok) throw new Error(file.error.message);
    const bytes = Buffer.from((file.value as { dataBase64: string }).dataBase64, 'base64');

    const sheet = XLSX.read(bytes, { dense: true, cellDates: true, cellStyles: true }).Sheets['Tenaga Kerja']!;
    const data = sheet['!data']!;
    expect(data[1]![1]).toMatchObject({ t: 's' }); // NIK as text
    expect(data[1]![3]).toMatchObject({ t: 'd' }); // a real date cell
    expect(data[1]![6]).toMatchObject({ t: 'n' }); // a real number
    expect(sheet['!cols']?.[1]?.wch).toBeGreaterThan(15);
    const zip = XLSX.CFB.read(bytes, { type: 'buffer' });
    const xml = Buffer.from(XLSX.CFB.find(zip, '/xl/worksheets/sheet1.xml')!.content as Uint8Array).toString();
    expect(xml).toContain('state="frozen"');

    const other = await runImport(ctx(b), { kind: 'roster', fileName: file.value ? 'w.xlsx' : '', bytes, npp: '87654321', period: '2026-03', dryRun: false, user: 't' });
    expect(other).toMatchObject({ accepted: 4, rejected: 0, inserted: 4 });
    expect(workers(b, '87654321')).toEqual(workers(b, '12345678'));
    expect(b.db.prepare('SELECT kind, npp, row_count, has_nik, has_wage FROM export_log').all()).toEqual([
      { kind: 'workers', npp: '12345678', row_count: 4, has_nik: 1, has_wage: 1 },
    ]);
  });

  it('neutralises text that could become a formula', () => {
    const file = createExport(b.db, { what: 'employers', user: 't', mode: 'cli', today: FIXED_NOW() });
    const data = XLSX.read(Buffer.from(file.dataBase64, 'base64'), { dense: true }).Sheets['Perusahaan']!['!data']!;
    const names = data.slice(1).map((row) => row[1]?.v);
    expect(names).toContain(`'=HYPERLINK("http://x")`);
    expect(data.slice(1).every((row) => !row.some((c) => c?.f))).toBe(true);
  });

  it('writes the NPWP the way people read it (issue 11 §4), as text', () => {
    const file = createExport(b.db, { what: 'employers', user: 't', mode: 'cli', today: FIXED_NOW() });
    const data = XLSX.read(Buffer.from(file.dataBase64, 'base64'), { dense: true }).Sheets['Perusahaan']!['!data']!;
    const col = data[0]!.findIndex((c) => c?.v === 'NPWP');
    const byNpp = Object.fromEntries(data.slice(1).map((row) => [row[0]?.v, row[col]]));
    expect(byNpp['12345678']).toMatchObject({ t: 's', v: '01.234.567.8-721.000' });
    expect(byNpp['87654321']?.v ?? null).toBeNull();
  });
});
