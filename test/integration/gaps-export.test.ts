import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import type { FileDownload } from '../../shared/import/types';
import { sampleEmployer, sampleWorker } from '../support/temp-db';
import { staffedBackend } from '../support/staffed-backend';

type S = Awaited<ReturnType<typeof staffedBackend>>;

/** The gap screen's export (issue 16 §5): the screen's filters, formula-safe, audited, NIK only for the branch head. */
describe('gaps-export', () => {
  let s: S;
  const sheet = (d: FileDownload) => XLSX.utils.sheet_to_json<Record<string, unknown>>(XLSX.read(Buffer.from(d.dataBase64, 'base64')).Sheets['Temuan']!);

  beforeAll(async () => {
    s = await staffedBackend();
    // A name a spreadsheet would run as a formula, and a worker paid under the UMK: a PDS_UPAH finding.
    await s.value(s.call('employers-save', { employer: sampleEmployer({ name: '=HYPERLINK("http://x","klik")' }), mode: 'create' }, 'ani'));
    await s.value(s.call('employers-save', { employer: sampleEmployer({ npp: '22334455', npwp: null, nib: null, name: 'PT Kedua' }), mode: 'create' }, 'ani'));
    await s.value(s.call('workers-enrol', { npp: '12345678', worker: sampleWorker(), segment: 'PU', wage: 2_000_000, startDate: '2026-01-05' }, 'ani'));
  }, 60_000);
  afterAll(() => s?.remove());

  it('carries the screen filters, neutralises formulas, is audited, and gives NIKs only to the branch head', async () => {
    const clerk = await s.value<FileDownload>(s.call('gaps-export', { period: '2026-03', kind: 'PDS_UPAH' }, 'ani'));
    const rows = sheet(clerk);
    expect(rows.map((r) => r.Kode)).toEqual(['PDS_UPAH']);
    expect(String(rows[0]!.Nama).startsWith('=')).toBe(false);
    expect(rows[0]).not.toHaveProperty('NIK TK di bawah upah');
    expect(clerk.dataBase64).not.toContain(sampleWorker().nik as string);

    const head = sheet(await s.value<FileDownload>(s.call('gaps-export', { period: '2026-03', kind: 'PDS_UPAH' }, 'kacab')));
    expect(head[0]!['NIK TK di bawah upah']).toBe(sampleWorker().nik);

    const all = sheet(await s.value<FileDownload>(s.call('gaps-export', { period: '2026-03' }, 'ani')));
    expect(all.length).toBeGreaterThan(rows.length);
    const logged = s.backend.db.prepare(`SELECT actor, detail FROM audit_log WHERE action = 'export' AND entity = 'gaps' ORDER BY id`).all() as { actor: string; detail: string }[];
    expect(logged.map((l) => l.actor)).toEqual(['ani', 'kacab', 'ani']);
    expect(JSON.parse(logged[1]!.detail)).toMatchObject({ hasNik: true, period: '2026-03', kind: 'PDS_UPAH' });
    expect(JSON.parse(logged[0]!.detail)).toMatchObject({ hasNik: false });
  });
});
