import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sampleEmployer, sampleWorker, tempBackend } from '../support/temp-db';

type Backend = ReturnType<typeof tempBackend>;
const count = (b: Backend, table: string) => b.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;

describe('API boundary', () => {
  let b: Backend;
  beforeEach(() => {
    b = tempBackend();
  });
  afterEach(() => b.remove());

  it('refuses an unknown handler with a coded error', async () => {
    const r = await b.call('employers-drop', {});
    expect(r).toMatchObject({ ok: false, error: { code: 'UNKNOWN_HANDLER' } });
  });

  it('refuses a malformed argument with BAD_ARGUMENT and writes nothing', async () => {
    const r = await b.call('employers-save', { employer: { ...sampleEmployer(), riskGroup: 9 }, mode: 'create' });
    expect(r).toMatchObject({ ok: false, error: { code: 'BAD_ARGUMENT' } });
    expect(count(b, 'employers')).toBe(0);
    const notObject = await b.call('workers-enrol', 'DROP TABLE workers');
    expect(notObject).toMatchObject({ ok: false, error: { code: 'BAD_ARGUMENT' } });
  });

  it('creates an employer with normalised identifiers and the branch serving its regency', async () => {
    const r = await b.call('employers-save', { employer: sampleEmployer(), mode: 'create' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toMatchObject({ npp: '12345678', npwp: '012345678721000', branchCode: 'BPN' });
    const again = await b.call('employers-save', { employer: sampleEmployer(), mode: 'create' });
    expect(again).toMatchObject({ ok: false, error: { code: 'EMPLOYER_EXISTS' } });
    expect(count(b, 'employers')).toBe(1);
  });

  it('returns field issues for bad identifiers, in Indonesian, and writes nothing', async () => {
    const r = await b.call('employers-save', {
      employer: sampleEmployer({ npp: '123', npwp: '12.345', regencyCode: '99.99' }),
      mode: 'create',
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('VALIDATION');
    const fields = r.error.issues?.map((i) => `${i.field}:${i.code}`);
    expect(fields).toEqual(expect.arrayContaining(['npp:NPP_FORMAT', 'npwp:NPWP_FORMAT', 'regencyCode:REGION_UNKNOWN']));
    expect(count(b, 'employers')).toBe(0);
  });

  it('enrols workers, finds them by NIK and name, refuses a double enrolment', async () => {
    await b.call('employers-save', { employer: sampleEmployer(), mode: 'create' });
    const enrol = (worker: object) =>
      b.call('workers-enrol', { npp: '12345678', worker, segment: 'PU', wage: 4_500_000, startDate: '2026-01-05' });
    expect((await enrol(sampleWorker())).ok).toBe(true);
    expect((await enrol(sampleWorker({ nik: '6471011203900002', name: 'Budi Santoso', birthDate: '1990-03-12', gender: 'L' }))).ok).toBe(true);

    const byNik = await b.call('workers-search', { query: '6471015708850001' });
    expect(byNik).toMatchObject({ ok: true, value: [{ name: 'Siti Rahmawati', npp: '12345678', status: 'aktif' }] });
    const byName = await b.call('workers-search', { query: 'budi sant' });
    expect(byName).toMatchObject({ ok: true, value: [{ nik: '6471011203900002' }] });

    const twice = await enrol(sampleWorker());
    expect(twice).toMatchObject({ ok: false, error: { code: 'ALREADY_ENROLLED' } });
    expect(count(b, 'memberships')).toBe(2);
    const list = await b.call('workers-list', { npp: '12345678' });
    expect(list).toMatchObject({ ok: true, value: { total: 2 } });
  });

  it('refuses a NIK with an impossible birth date with NIK_DATE and an Indonesian message', async () => {
    await b.call('employers-save', { employer: sampleEmployer(), mode: 'create' });
    const r = await b.call('workers-enrol', {
      npp: '12345678',
      worker: sampleWorker({ nik: '6471013213850001' }),
      segment: 'PU',
      wage: 4_500_000,
      startDate: '2026-01-05',
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.issues?.[0]).toMatchObject({ code: 'NIK_DATE', field: 'nik', severity: 'error' });
    expect(count(b, 'workers')).toBe(0);
  });

  it('refuses a start date before birth; a birth date that contradicts the NIK comes with it as a warning', async () => {
    await b.call('employers-save', { employer: sampleEmployer(), mode: 'create' });
    const r = await b.call('workers-enrol', {
      npp: '12345678',
      worker: sampleWorker({ birthDate: '1985-08-18' }),
      segment: 'PU',
      wage: 4_500_000,
      startDate: '1980-01-01',
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.issues?.map((i) => i.code)).toEqual(expect.arrayContaining(['NIK_BIRTHDATE_MISMATCH', 'START_DATE_INVALID']));
    expect(r.error.issues?.find((i) => i.code === 'NIK_BIRTHDATE_MISMATCH')?.severity).toBe('warning');
    expect(count(b, 'workers')).toBe(0);
  });

  it('ends a membership and reports app info', async () => {
    await b.call('employers-save', { employer: sampleEmployer(), mode: 'create' });
    const m = await b.call('workers-enrol', { npp: '12345678', worker: sampleWorker(), segment: 'PU', wage: 4_500_000, startDate: '2026-01-05' });
    if (!m.ok) throw new Error(m.error.message);
    const id = (m.value as { id: number }).id;
    expect(await b.call('workers-end', { membershipId: id, endDate: '2025-01-01', reason: 'resign' })).toMatchObject({ ok: false, error: { code: 'END_DATE_INVALID' } });
    expect(await b.call('workers-end', { membershipId: id, endDate: '2026-02-28', reason: 'contract_ended' })).toMatchObject({ ok: true, value: { status: 'nonaktif' } });
    expect(await b.call('app-info', {})).toMatchObject({ ok: true, value: { counts: { employers: 1, workers: 1, activeMemberships: 0 } } });
  });

  it('nik-check decodes the NIK and recognises a known person', async () => {
    await b.call('employers-save', { employer: sampleEmployer(), mode: 'create' });
    await b.call('workers-enrol', { npp: '12345678', worker: sampleWorker(), segment: 'PU', wage: 4_500_000, startDate: '2026-01-05' });
    const r = await b.call('nik-check', { nik: '6471 0157 0885 0001' });
    expect(r).toMatchObject({ ok: true, value: { issues: [], info: { birthDate: '1985-08-17', gender: 'P' }, known: { name: 'Siti Rahmawati' } } });
  });

  it('lists and searches employers by name, NPP and NPWP', async () => {
    await b.call('employers-save', { employer: sampleEmployer(), mode: 'create' });
    await b.call('employers-save', { employer: sampleEmployer({ npp: '87654321', name: 'CV Barito Jaya', npwp: null, nib: null, regencyCode: '62.71', scale: 'kecil', programs: ['JKK', 'JKM', 'JHT'] }), mode: 'create' });
    const q = async (query: string) => {
      const r = await b.call('employers-list', { query });
      if (!r.ok) throw new Error(r.error.message);
      return (r.value as { items: { npp: string }[] }).items.map((e) => e.npp);
    };
    expect(await q('')).toEqual(['87654321', '12345678']);
    expect(await q('barito')).toEqual(['87654321']);
    expect(await q('8765')).toEqual(['87654321']);
    expect(await q('01.234.567')).toEqual(['12345678']);
    expect(await q('"; DROP TABLE employers; --')).toEqual([]);
  });
});
