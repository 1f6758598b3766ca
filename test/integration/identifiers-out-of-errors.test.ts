import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sampleEmployer, sampleWorker, tempBackend } from '../support/temp-db';

// Error answers end up in logs, banners and bug reports: they must not carry a NIK (UU 27/2022). The
// renderer shows them beside the NIK field it sent, so "NIK ini…" reads just as well.
describe('API errors keep NIKs out of their text and params', () => {
  const b = tempBackend();
  afterAll(() => b.remove());
  const nik = sampleWorker().nik as string;

  it('ALREADY_ENROLLED and WORKER_NOT_FOUND name no NIK', async () => {
    expect((await b.call('employers-save', { employer: sampleEmployer(), mode: 'create' })).ok).toBe(true);
    const enrol = () => b.call('workers-enrol', { npp: '12345678', worker: sampleWorker(), segment: 'PU', wage: 4_500_000, startDate: '2026-01-05' });
    expect((await enrol()).ok).toBe(true);
    const twice = await enrol();
    expect(twice).toMatchObject({ ok: false, error: { code: 'ALREADY_ENROLLED', message: expect.stringContaining('5 Januari 2026') } });
    expect(JSON.stringify(twice)).not.toContain(nik);
    const missing = await b.call('workers-get', { nik: '6471015708850002' });
    expect(missing).toMatchObject({ ok: false, error: { code: 'WORKER_NOT_FOUND' } });
    expect(JSON.stringify(missing)).not.toContain('6471015708850002');
  });

  it('no message template has a NIK placeholder', () => {
    const dir = path.join(__dirname, '../../shared/i18n');
    for (const file of fs.readdirSync(dir)) {
      expect(fs.readFileSync(path.join(dir, file), 'utf8'), file).not.toMatch(/\{nik\}/i);
    }
  });
});
