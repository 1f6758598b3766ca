import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runImport } from '../../electron/importer/run-import';
import { FIXED_NOW, sampleEmployer, tempBackend } from '../support/temp-db';
import { editXlsx, encryptedXlsxBytes, messyRoster, workbookBytes, zipBytes } from '../support/import-fixtures';

type B = ReturnType<typeof tempBackend>;

describe('hostile and broken files', () => {
  let b: B;
  beforeAll(async () => {
    b = tempBackend();
    await b.call('employers-save', { employer: sampleEmployer(), mode: 'create' });
  });
  afterAll(() => b.remove());

  const attempt = async (bytes: Buffer, fileName = 'x.xlsx') => {
    const before = b.db.prepare('SELECT (SELECT count(*) FROM workers) + (SELECT count(*) FROM imports)').pluck().get();
    const outcome = await runImport(
      { db: b.db, mode: 'cli', now: FIXED_NOW },
      { kind: 'roster', fileName, bytes, npp: '12345678', period: '2026-03', dryRun: false, user: 't' },
    ).then(
      (r) => ({ ok: true as const, r }),
      (e: { code?: string }) => ({ ok: false as const, code: e.code }),
    );
    expect(b.db.prepare('SELECT (SELECT count(*) FROM workers) + (SELECT count(*) FROM imports)').pluck().get()).toBe(before);
    return outcome;
  };
  const good = () => workbookBytes({ Data: messyRoster() });

  it('not a workbook → FILE_UNREADABLE', async () => {
    expect(await attempt(Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2, 3, 0, 0]))).toEqual({ ok: false, code: 'FILE_UNREADABLE' });
  });

  it('truncated zip → FILE_UNREADABLE', async () => {
    const bytes = good();
    expect(await attempt(bytes.subarray(0, Math.floor(bytes.length / 2)))).toEqual({ ok: false, code: 'FILE_UNREADABLE' });
  });

  it('empty file → FILE_EMPTY', async () => {
    expect(await attempt(Buffer.alloc(0))).toEqual({ ok: false, code: 'FILE_EMPTY' });
  });

  it('a sheet whose dimension claims the whole grid → SHEET_TOO_LARGE', async () => {
    const bytes = editXlsx(good(), 'xl/worksheets/sheet1.xml', (xml) =>
      Buffer.from(xml!.toString('utf8').replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:XFD1048576"/>')),
    );
    expect(await attempt(bytes)).toEqual({ ok: false, code: 'SHEET_TOO_LARGE' });
  });

  it('a zip whose sheet inflates to gigabytes → FILE_TOO_LARGE before inflating', async () => {
    // 200 MB of zeros deflates to ~200 KB: refused on the declared size and ratio alone.
    const bomb = zipBytes([
      { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
      { name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') },
      { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(200 * 1024 * 1024) },
    ]);
    expect(await attempt(bomb)).toEqual({ ok: false, code: 'FILE_TOO_LARGE' });
    // A bomb that lies about its size in the directory: ratio check on the declared size still catches it.
    const liar = zipBytes([
      { name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') },
      { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(50 * 1024 * 1024), declaredSize: 4 * 1024 * 1024 * 1024 - 2 },
    ]);
    expect(await attempt(liar)).toEqual({ ok: false, code: 'FILE_TOO_LARGE' });
  });

  it('password-protected → FILE_ENCRYPTED', async () => {
    expect(await attempt(encryptedXlsxBytes())).toEqual({ ok: false, code: 'FILE_ENCRYPTED' });
  });

  it('macro-bearing: the data is read, the macros never run, and a warning says so', async () => {
    const bytes = editXlsx(good(), 'xl/vbaProject.bin', () => Buffer.from('Attribute VB_Name = "Module1"\nSub AutoOpen()\nEnd Sub'));
    const r = await runImport(
      { db: b.db, mode: 'cli', now: FIXED_NOW },
      { kind: 'roster', fileName: 'x.xlsm', bytes, npp: '12345678', period: '2026-03', dryRun: true, user: 't' },
    );
    expect(r).toMatchObject({ accepted: 4, fileWarnings: [{ code: 'FILE_HAS_MACROS', severity: 'warning' }] });
  });
});
