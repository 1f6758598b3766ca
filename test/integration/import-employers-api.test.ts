import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { tempBackend, sampleEmployer } from '../support/temp-db';
import { messyRoster, workbookBytes, type Row } from '../support/import-fixtures';

type B = ReturnType<typeof tempBackend>;
const value = <T>(r: { ok: boolean; value?: unknown; error?: { code: string; message: string } }): T => {
  if (!r.ok) throw new Error(`${r.error?.code}: ${r.error?.message}`);
  return r.value as T;
};

describe('import handlers (upload → preview → commit → undo) and the employer list', () => {
  let b: B;
  beforeEach(() => {
    b = tempBackend();
  });
  afterEach(() => b.remove());

  const upload = async (bytes: Buffer, fileName = 'f.xlsx') =>
    value<{ uploadId: string }>(await b.call('uploads-put', { fileName, dataBase64: bytes.toString('base64') })).uploadId;

  it('imports an employer list with the same header matching, checks and undo', async () => {
    const rows: Row[] = [
      ['DAFTAR PERUSAHAAN BINAAN'],
      ['No', 'NPP', 'Nama Perusahaan', 'NPWP', 'NIB', 'Kode Wilayah', 'Skala Usaha', 'Jumlah Tenaga Kerja', 'Kelompok Risiko', 'Program'],
      [1, '12345678', 'PT Mahakam', '01.234.567.8-721.000', '1234567890123', '64.71', 'Menengah', '40', 'III', 'JKK, JKM, JHT, JP'],
      [2, '00123456', 'CV Barito', '', '', '6271', 'kecil', 12, 'II', 'JKK, JKM, JHT'],
      [3, 1234567, 'Angka', '', '', '64.72', 'mikro', 3, 'I', 'JKK, JKM'],
      [4, '12345679', 'Skala Salah', '', '', '64.72', 'raksasa', 3, 'VI', 'JKK, JKX'],
    ];
    const id = await upload(workbookBytes({ Daftar: rows }));
    const preview = value<{ headerRow: number; accepted: number; rejected: number; issues: { row: number; code: string }[] }>(
      await b.call('imports-preview', { uploadId: id, kind: 'employers' }),
    );
    expect(preview).toMatchObject({ headerRow: 2, accepted: 2, rejected: 2 });
    expect(preview.issues.map((i) => `${i.row}:${i.code}`)).toEqual(
      expect.arrayContaining(['5:ID_NUMERIC_CELL', '5:NPP_FORMAT', '6:SCALE_INVALID', '6:RISK_GROUP_INVALID', '6:PROGRAM_UNKNOWN']),
    );
    const committed = value<{ importId: number; inserted: number }>(await b.call('imports-commit', { uploadId: id, kind: 'employers' }));
    expect(committed.inserted).toBe(2);
    expect(value<{ npp: string; programs: string[] }>(await b.call('employers-get', { npp: '00123456' }))).toMatchObject({ programs: ['JHT', 'JKK', 'JKM'], scale: 'kecil', riskGroup: 2 });
    // The upload is deleted after the commit (UU 27/2022).
    expect(await b.call('imports-preview', { uploadId: id, kind: 'employers' })).toMatchObject({ ok: false, error: { code: 'UPLOAD_NOT_FOUND' } });
    value(await b.call('imports-undo', { importId: committed.importId }));
    expect(b.db.prepare('SELECT count(*) FROM employers').pluck().get()).toBe(0);
  });

  it('header preview, annotated workbook, commit and undo through the handlers', async () => {
    value(await b.call('employers-save', { employer: sampleEmployer(), mode: 'create' }));
    const rows = messyRoster();
    rows.splice(5, 0, [9, '6471015708850099', '', 'x', 'P', 'banyak', '', '']);
    const id = await upload(workbookBytes({ Data: rows }));
    const header = value<{ headerRow: number; mapping: { letter: string; field: string | null }[]; sampleRows: unknown[] }>(
      await b.call('imports-preview', { uploadId: id, kind: 'roster', npp: '12345678', headerOnly: true }),
    );
    expect(header.headerRow).toBe(4);
    expect(header.mapping.map((m) => m.field)).toEqual(['rowNumber', 'nik', 'name', 'birthDate', 'gender', 'wage', 'startDate', 'position']);
    const errorsOnly = value<{ issues: { severity: string }[]; issuesTotal: number }>(
      await b.call('imports-preview', { uploadId: id, kind: 'roster', npp: '12345678', period: '2026-03', severity: 'error' }),
    );
    expect(errorsOnly.issues.every((i) => i.severity === 'error')).toBe(true);
    expect(errorsOnly.issuesTotal).toBeGreaterThanOrEqual(3);

    const annotated = value<{ dataBase64: string; fileName: string }>(await b.call('imports-annotated', { uploadId: id, kind: 'roster', npp: '12345678', period: '2026-03' }));
    expect(annotated.fileName).toMatch(/hasil-periksa\.xlsx$/);
    const data = XLSX.read(Buffer.from(annotated.dataBase64, 'base64'), { dense: true }).Sheets['Data']!['!data']!;
    expect(data[3]![8]?.v).toBe('Status');
    expect(data[3]![9]?.v).toBe('Keterangan');
    expect(data[5]![8]?.v).toBe('Ditolak');
    expect(String(data[5]![9]?.v)).toContain('Nama kosong');
    expect(data[4]![8]?.v).toMatch(/^Diterima/);

    const result = value<{ importId: number; accepted: number }>(await b.call('imports-commit', { uploadId: id, kind: 'roster', npp: '12345678', period: '2026-03' }));
    expect(result.accepted).toBe(4);
    expect(value<{ total: number }>(await b.call('imports-list', { npp: '12345678' })).total).toBe(1);
    expect(value<{ removed: number }>(await b.call('imports-undo', { importId: result.importId })).removed).toBe(8);
  });

  it('refuses an upload over the size limit', async () => {
    const big = 'A'.repeat(Math.ceil((25 * 1024 * 1024 * 4) / 3) + 100);
    const r = await b.call('uploads-put', { fileName: 'big.xlsx', dataBase64: big });
    expect(r).toMatchObject({ ok: false, error: { code: 'FILE_TOO_LARGE', params: { limit: '25 MB' } } });
  });
});
