import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { staffedBackend } from '../support/staffed-backend';
import { sampleEmployer } from '../support/temp-db';
import { workbookBytes, type Row } from '../support/import-fixtures';

type S = Awaited<ReturnType<typeof staffedBackend>>;
type Who = 'admin' | 'ani' | 'budi' | 'kacab';
const NPP = '12345678';
const count = (s: S, sql: string, ...args: unknown[]) => s.backend.db.prepare(sql).pluck().get(...args) as number;

async function upload(s: S, who: Who, fileName: string, rows: Row[]): Promise<string> {
  const dataBase64 = Buffer.from(workbookBytes({ Daftar: rows })).toString('base64');
  return (await s.value<{ uploadId: string }>(s.call('uploads-put', { fileName, dataBase64 }, who))).uploadId;
}

async function importList(s: S, who: Who, fileName: string, rows: Row[], arg: Record<string, unknown>) {
  const uploadId = await upload(s, who, fileName, rows);
  return s.call('lists-import', { uploadId, ...arg }, who);
}

const PTSP: Row[] = [
  ['DAFTAR IZIN USAHA DPMPTSP KOTA BALIKPAPAN 2026'],
  [],
  ['No', 'Nama Perusahaan', 'NIB', 'NPWP', 'Kabupaten/Kota', 'Jumlah Tenaga Kerja'],
  [1, 'PT Baru Terbit Sekali', '0987654321098', null, 'Kota Balikpapan', 25],
  [2, 'Lain Lagi, CV', null, null, 'Samarinda', 3],
  [3, 'PT. Mahakam Sejahtera Abadi', null, null, 'Kota Balikpapan', 40],
];

describe('outside lists imported in the app: dry run, commit, history and undo as a whole', () => {
  let s: S;
  beforeEach(async () => {
    s = await staffedBackend();
    await s.value(s.call('employers-save', { employer: sampleEmployer(), mode: 'create' }, 'ani'));
  });
  afterEach(() => s.remove());

  it('a licensing list: the dry run writes nothing, the commit adds PWBD gaps, the undo takes them all back', async () => {
    const prospects = () => count(s, 'SELECT count(*) FROM prospects');
    const dry = await s.value<Record<string, unknown>>(importList(s, 'ani', 'daftar-ptsp.xlsx', PTSP, { kind: 'prospects', dryRun: true }));
    expect(dry).toMatchObject({ kind: 'prospects', dryRun: true, listImportId: null, headerRow: 3, prospects: { source: 'PTSP', received: 3, pwbd: 2 } });
    expect([prospects(), count(s, 'SELECT count(*) FROM list_imports'), count(s, 'SELECT count(*) FROM headcount_reports')]).toEqual([0, 0, 0]);

    const done = await s.value<{ listImportId: number; prospects: { pwbd: number; matched: { NAMA: number }; headcountsRecorded: number } }>(
      importList(s, 'ani', 'daftar-ptsp.xlsx', PTSP, { kind: 'prospects' }),
    );
    expect(done.prospects).toMatchObject({ pwbd: 2, matched: { NAMA: 1 }, headcountsRecorded: 1 });
    expect(prospects()).toBe(3);
    const gaps = await s.value<{ items: { code: string; name: string }[] }>(s.call('gaps-list', { kind: 'PWBD' }, 'ani'));
    expect(gaps.items.map((g) => g.name).sort()).toEqual(['Lain Lagi, CV', 'PT Baru Terbit Sekali']);
    // The registered company on the list gave its worker count: now the known headcount (PDS TK).
    const history = await s.value<{ total: number; items: { id: number; kind: string; user: string; imported: number }[] }>(s.call('lists-history', {}, 'ani'));
    expect(history).toMatchObject({ total: 1, items: [{ id: done.listImportId, kind: 'prospects', user: 'ani', imported: 3 }] });

    // Another clerk may not take ani's import back; the branch head may.
    expect(await s.call('lists-undo', { listImportId: done.listImportId }, 'budi')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const undone = await s.value<{ removed: number }>(s.call('lists-undo', { listImportId: done.listImportId }, 'kacab'));
    expect(undone.removed).toBe(4); // three companies and one headcount figure
    expect([prospects(), count(s, 'SELECT count(*) FROM headcount_reports')]).toEqual([0, 0]);
    expect((await s.value<{ items: unknown[] }>(s.call('gaps-list', { kind: 'PWBD' }, 'ani'))).items).toEqual([]);
    expect(await s.call('lists-undo', { listImportId: done.listImportId }, 'kacab')).toMatchObject({ ok: false, error: { code: 'IMPORT_ALREADY_UNDONE' } });
    const audit = count(s, `SELECT count(*) FROM audit_log WHERE entity = 'list_import' AND entity_id = ?`, String(done.listImportId));
    expect(audit).toBe(2);
  });

  it('refuses to undo a list whose companies staff have already followed up', async () => {
    const done = await s.value<{ listImportId: number }>(importList(s, 'ani', 'oss.xlsx', PTSP, { kind: 'prospects', source: 'OSS' }));
    const id = count(s, `SELECT id FROM prospects WHERE name = 'PT Baru Terbit Sekali'`);
    await s.value(s.call('gaps-followup-add', { gapKey: `PWBD:P${id}`, status: 'dihubungi', note: 'Ditelepon' }, 'ani'));
    const r = await s.call('lists-undo', { listImportId: done.listImportId }, 'ani');
    expect(r).toMatchObject({ ok: false, error: { code: 'LIST_UNDO_IN_USE' } });
    if (!r.ok) expect(r.error.message).toContain('1 tindak lanjut');
    expect(count(s, 'SELECT count(*) FROM prospects')).toBe(3);
    expect(count(s, 'SELECT count(*) FROM gap_followups')).toBe(1);
  });

  it('a payroll replaces the same month; undo goes newest first and restores the earlier payroll exactly', async () => {
    const payroll = (wage: number): Row[] => [
      ['NIK', 'Nama', 'Gaji Pokok', 'Tunjangan Tetap'],
      ['6471015708850001', 'Siti', `Rp ${wage.toLocaleString('id-ID')}`, 'Rp 250.000'],
      ['6471011203900002', 'Budi', wage, 0],
      [6471011203900003, 'Dedi', wage, 0], // a number cell: Excel may have rounded the NIK, so it is left out
    ];
    const lines = () => s.backend.db.prepare('SELECT nik, wage FROM payroll_lines ORDER BY nik').all();
    const first = await s.value<{ listImportId: number; payroll: { imported: number }; warnings: { code: string; row: number }[] }>(
      importList(s, 'ani', 'gaji-maret.xlsx', payroll(4_000_000), { kind: 'payroll', npp: NPP, period: '2026-03' }),
    );
    expect(first.payroll.imported).toBe(2);
    expect(first.warnings).toEqual([expect.objectContaining({ code: 'ID_NUMERIC_CELL', row: 4 })]);
    const afterFirst = lines();
    expect(afterFirst).toEqual([
      { nik: '6471011203900002', wage: 4_000_000 },
      { nik: '6471015708850001', wage: 4_250_000 },
    ]);
    const second = await s.value<{ listImportId: number }>(
      importList(s, 'ani', 'gaji-maret-revisi.xlsx', payroll(5_000_000), { kind: 'payroll', npp: NPP, period: '2026-03' }),
    );
    expect(lines()).toEqual([
      { nik: '6471011203900002', wage: 5_000_000 },
      { nik: '6471015708850001', wage: 5_250_000 },
    ]);
    const refused = await s.call('lists-undo', { listImportId: first.listImportId }, 'ani');
    expect(refused).toMatchObject({ ok: false, error: { code: 'LIST_UNDO_LATER', params: { later: second.listImportId } } });
    expect(await s.value(s.call('lists-undo', { listImportId: second.listImportId }, 'ani'))).toMatchObject({ removed: 3, restored: 2 });
    expect(lines()).toEqual(afterFirst);
    expect(count(s, 'SELECT count(*) FROM headcount_reports')).toBe(1);
    await s.value(s.call('lists-undo', { listImportId: first.listImportId }, 'ani'));
    expect([lines(), count(s, 'SELECT count(*) FROM headcount_reports')]).toEqual([[], 0]);
  });

  it('workforce figures are reference data: admin only, undo puts the earlier figure back unless it was edited since', async () => {
    const table: Row[] = [
      ['Wilayah', 'Tahun', 'Penduduk Bekerja', 'Sumber', 'Resmi'],
      ['Kota Balikpapan', 2026, '350.123', 'BPS Sakernas Feb 2026', 'ya'],
      ['64.02', 2026, 150000, 'BPS Sakernas Feb 2026', 'ya'],
    ];
    expect(await importList(s, 'ani', 'bps.xlsx', table, { kind: 'workforce' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const figure = (area: string) => s.backend.db.prepare('SELECT employed, source FROM workforce WHERE area_code = ? AND year = 2026').get(area);
    await s.value(s.call('workforce-save', { areaCode: '64.71', year: 2026, employed: 340_000, source: 'Perkiraan cabang', confirmed: false }, 'admin'));
    const done = await s.value<{ listImportId: number; workforce: { saved: number; areas: string[] } }>(importList(s, 'admin', 'bps.xlsx', table, { kind: 'workforce' }));
    expect(done.workforce).toEqual({ fileName: 'bps.xlsx', saved: 2, areas: ['64.71', '64.02'] });
    expect(figure('64.71')).toEqual({ employed: 350_123, source: 'BPS Sakernas Feb 2026' });

    await s.value(s.call('workforce-save', { areaCode: '64.02', year: 2026, employed: 151_000, source: 'Koreksi BPS', confirmed: true }, 'admin'));
    expect(await s.call('lists-undo', { listImportId: done.listImportId }, 'admin')).toMatchObject({
      ok: false,
      error: { code: 'LIST_UNDO_EDITED', params: { area: '64.02', year: 2026 } },
    });
    await s.value(s.call('workforce-save', { areaCode: '64.02', year: 2026, employed: 150_000, source: 'BPS Sakernas Feb 2026', confirmed: true }, 'admin'));
    expect(await s.value(s.call('lists-undo', { listImportId: done.listImportId }, 'admin'))).toMatchObject({ removed: 2, restored: 1 });
    expect(figure('64.71')).toEqual({ employed: 340_000, source: 'Perkiraan cabang' });
    expect(figure('64.02')).toBeUndefined();
  });

  it('a payroll needs its employer and month; an unknown employer writes nothing', async () => {
    const rows: Row[] = [['NIK', 'Upah'], ['6471015708850001', 4_000_000]];
    expect(await importList(s, 'ani', 'gaji.xlsx', rows, { kind: 'payroll' })).toMatchObject({ ok: false, error: { code: 'BAD_ARGUMENT' } });
    expect(await importList(s, 'ani', 'gaji.xlsx', rows, { kind: 'payroll', npp: '99999999', period: '2026-03' })).toMatchObject({
      ok: false,
      error: { code: 'EMPLOYER_NOT_FOUND' },
    });
    expect([count(s, 'SELECT count(*) FROM list_imports'), count(s, 'SELECT count(*) FROM payroll_lines')]).toEqual([0, 0]);
  });

  it('a file that is not a workbook, or lacks the needed columns, gets a coded answer and changes nothing', async () => {
    const put = async (fileName: string, bytes: Buffer) =>
      (await s.value<{ uploadId: string }>(s.call('uploads-put', { fileName, dataBase64: bytes.toString('base64') }, 'ani'))).uploadId;
    const junk = await put('daftar.xlsx', Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(2000, 7)]));
    expect(await s.call('lists-import', { uploadId: junk, kind: 'prospects' }, 'ani')).toMatchObject({ ok: false, error: { code: 'FILE_UNREADABLE' } });
    const noColumns = await upload(s, 'ani', 'lain.xlsx', [['Kode', 'Keterangan'], ['A1', 'apa saja']]);
    const r = await s.call('lists-import', { uploadId: noColumns, kind: 'prospects' }, 'ani');
    expect(r).toMatchObject({ ok: false, error: { code: 'FILE_COLUMNS_MISSING' } });
    if (!r.ok) expect(r.error.message).toContain('Nama perusahaan, Kabupaten/Kota');
    expect(count(s, 'SELECT count(*) FROM list_imports')).toBe(0);
  });
});
