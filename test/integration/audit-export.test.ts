import * as XLSX from 'xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/backend';
import { staffedBackend, type StaffName } from '../support/staffed-backend';
import { sampleEmployer, sampleWorker } from '../support/temp-db';

interface Download {
  fileName: string;
  mimeType: string;
  dataBase64: string;
  rows: number;
  total: number;
}

type Row = Record<string, string | number | Date>;

/** The first sheet read back as the branch head would see it in Excel. */
function readBack(d: Download): Row[] {
  const book = XLSX.read(Buffer.from(d.dataBase64, 'base64'), { type: 'buffer', cellDates: true });
  return XLSX.utils.sheet_to_json<Row>(book.Sheets[book.SheetNames[0]!]!, { raw: true });
}

describe('audit-export (browser mode)', () => {
  let staffed: Awaited<ReturnType<typeof staffedBackend>>;
  let b: Backend;
  const call = (name: string, arg: unknown, who: StaffName) => staffed.call(name, arg, who);
  const value = <T>(p: ReturnType<typeof call>) => staffed.value<T>(p);

  beforeAll(async () => {
    staffed = await staffedBackend();
    b = staffed.backend;
    await value(call('employers-save', { employer: sampleEmployer(), mode: 'create' }, 'ani'));
    await value(call('employers-save', { employer: sampleEmployer({ name: 'PT Mahakam Sejahtera Abadi Baru' }), mode: 'update' }, 'ani'));
    await value(call('employers-save', { employer: sampleEmployer({ npp: '87654321', name: '=HYPERLINK("http://x")' }), mode: 'create' }, 'budi'));
    await value(
      call('workers-enrol', { npp: '12345678', worker: sampleWorker(), segment: 'PU', wage: 4_000_000, startDate: '2026-03-01' }, 'ani'),
    );
  });
  afterAll(() => staffed.remove());

  it('holds exactly the entries the filter selects, newest first, with the changed fields', async () => {
    const filter = { actor: 'ani', entity: 'employer' };
    const listed = await value<{ items: { id: number }[]; total: number }>(call('audit-list', { ...filter, limit: 1000 }, 'kacab'));
    const file = await value<Download>(call('audit-export', filter, 'kacab'));
    expect(file.fileName).toMatch(/^jejak-audit-2026-03-15\.xlsx$/);
    expect(file.mimeType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(file.rows).toBe(2);
    expect(file.total).toBe(2);

    const rows = readBack(file);
    expect(rows.map((r) => r['No.'])).toEqual(listed.items.map((e) => e.id));
    expect(rows.map((r) => [r.Pengguna, r['Kode Tindakan'], r.Tindakan, r.Entitas, r['ID Entitas']])).toEqual([
      ['ani', 'update', 'Ubah', 'Perusahaan', '12345678'],
      ['ani', 'create', 'Tambah', 'Perusahaan', '12345678'],
    ]);
    expect(rows[0]!.Nama).toBe('PT Mahakam Sejahtera Abadi Baru');
    // Only the field that changed, before → after.
    expect(rows[0]!.Perubahan).toBe('name: PT Mahakam Sejahtera Abadi → PT Mahakam Sejahtera Abadi Baru');
    expect(String(rows[1]!.Perubahan)).toContain('name: PT Mahakam Sejahtera Abadi; ');
    // A real date cell (filterable in Excel), not text.
    expect(rows[0]!.Tanggal).toBeInstanceOf(Date);
  });

  it('filters by action and date range, and neutralises text that Excel would run as a formula', async () => {
    const all = readBack(await value<Download>(call('audit-export', { action: 'create', entity: 'employer' }, 'kacab')));
    expect(all.map((r) => r.Pengguna)).toEqual(['budi', 'ani']);
    expect(all[0]!.Nama).toBe(`'=HYPERLINK("http://x")`);

    const none = await value<Download>(call('audit-export', { since: '2000-01-01T00:00:00.000Z', until: '2000-01-02T00:00:00.000Z' }, 'kacab'));
    expect(none.rows).toBe(0);
    expect(readBack(none)).toEqual([]);
  });

  it('is refused to a petugas and to a caller who is not signed in', async () => {
    expect(await call('audit-export', {}, 'ani')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    // The admin may read the trail but not take its NIKs and wages out of the app.
    expect(await call('audit-export', {}, 'admin')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await b.call('audit-export', {})).toMatchObject({ ok: false, error: { code: 'AUTH_REQUIRED' } });
    expect(await call('audit-export', { actor: 'x'.repeat(41) }, 'kacab')).toMatchObject({ ok: false, error: { code: 'BAD_ARGUMENT' } });
  });

  it('records the export itself in the trail, with who, the filter and whether it carries NIK or wages', async () => {
    const before = b.db.prepare(`SELECT count(*) FROM audit_log WHERE entity = 'audit'`).pluck().get() as number;
    const file = await value<Download>(call('audit-export', { actor: 'ani' }, 'kacab'));
    const entries = await value<{ items: { actor: string; action: string; entity: string; detail: string }[] }>(
      call('audit-list', { action: 'export', entity: 'audit', limit: 1 }, 'kacab'),
    );
    expect(b.db.prepare(`SELECT count(*) FROM audit_log WHERE entity = 'audit'`).pluck().get()).toBe(before + 1);
    const entry = entries.items[0]!;
    expect(entry).toMatchObject({ actor: 'kacab', action: 'export', entity: 'audit' });
    expect(JSON.parse(entry.detail)).toMatchObject({ fileName: file.fileName, rows: file.rows, filter: { actor: 'ani' }, hasNik: true, hasWage: true });
    expect(b.db.prepare(`SELECT kind, user_name, has_nik FROM export_log WHERE kind = 'audit' ORDER BY id DESC LIMIT 1`).get()).toEqual({
      kind: 'audit',
      user_name: 'kacab',
      has_nik: 1,
    });
    // The refused attempt by the petugas left no export behind.
    expect(b.db.prepare(`SELECT count(*) FROM audit_log WHERE entity = 'audit' AND actor = 'ani'`).pluck().get()).toBe(0);
  });
});
