import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import * as XLSX from 'xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/main';
import { sampleEmployer, tempDir } from '../support/temp-db';
import { workbookBytes, writeTemp, type Row } from '../support/import-fixtures';

async function cli(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`) });
  return { code, out, err, json: () => JSON.parse(out) };
}

/** A NIK issued in `regency` ("6409"), district 01, for a birth date; women's day + 40. */
const nik = (regency: string, day: number, month: number, year: number, serial: number, woman = false) =>
  `${regency}01${String(day + (woman ? 40 : 0)).padStart(2, '0')}${String(month).padStart(2, '0')}${String(year % 100).padStart(2, '0')}${String(serial).padStart(4, '0')}`;

const HEADER: Row = ['No', 'NIK', 'Nama Lengkap', 'Tgl Lahir', 'Pekerjaan', 'Desa/Kelurahan'];
const person = (n: number, id: string, name: string, birth: string, job = 'Nelayan', village = 'Sotek'): Row => [n, id, name, birth, job, village];

// Penajam Paser Utara (64.09) people.
const A = nik('6409', 3, 4, 1980, 1);
const B = nik('6409', 12, 7, 1975, 2, true);
const C = nik('6409', 21, 1, 1990, 3);
const D = nik('6409', 5, 5, 1985, 4);
const E = nik('6409', 9, 9, 1979, 5, true);

describe('funded programmes (pekerja rentan, APBD): CLI and import', () => {
  const tmp = tempDir();
  const db = path.join(tmp.dir, 'funded.db');
  const file = (name: string, rows: Row[], title = true) =>
    writeTemp(tmp.dir, name, workbookBytes({ Daftar: [...(title ? [['DAFTAR PEKERJA RENTAN PENERIMA BANTUAN IURAN'], []] : []), HEADER, ...rows] as Row[] }));
  const read = () => new Database(db, { readonly: true });
  let pemkab: number;
  let pemprov: number;

  beforeAll(async () => {
    expect((await cli('init', '--db', db, '--json')).code).toBe(0);
  });
  afterAll(() => tmp.remove());

  it('programme add: a Pemkab by regency code and a Pemprov by province code, with the documented shape', async () => {
    const r = await cli('programme', 'add', '--funder', 'Pemkab Penajam Paser Utara', '--regency', '64.09', '--year', '2026', '--name', 'BPU Rentan 2026', '--quota', '4', '--db', db, '--json');
    expect(r.code).toBe(0);
    expect(r.json()).toMatchObject({ id: expect.any(Number), funderKind: 'pemkab', funderCode: '64.09', monthFrom: '2026-01', monthTo: '2026-12', monthlyContribution: 16_800, quota: 4 });
    pemkab = r.json().id;
    const p = await cli('programme', 'add', '--funder', 'Pemprov Kaltim', '--regency', '64', '--year', '2026', '--name', 'Rentan Kaltim', '--quota', '100', '--months', '2026-04..2026-12', '--monthly', '16800', '--db', db, '--json');
    expect(p.json()).toMatchObject({ funderKind: 'pemprov', monthFrom: '2026-04' });
    pemprov = p.json().id;
  });

  it('programme add refuses bad input with a coded error and writes nothing', async () => {
    const before = read().prepare('SELECT count(*) FROM funded_programmes').pluck().get();
    for (const argv of [
      ['--regency', '64.99', '--year', '2026', '--quota', '5'],
      ['--regency', '6409', '--year', '2026', '--quota', '5'],
      ['--regency', '64.09', '--year', '2026', '--quota', 'lima'],
      ['--regency', '64.09', '--year', '2026', '--quota', '5', '--months', '2026-06..2027-02'],
    ]) {
      const r = await cli('programme', 'add', '--funder', 'X', '--name', 'Y', ...argv, '--db', db, '--json');
      expect(r.code).toBe(1);
      expect(r.json().error.code).toMatch(/FUNDER_UNKNOWN|VALIDATION|BAD_ARGUMENT|PROGRAMME_/);
    }
    expect((await cli('programme', 'add', '--funder', 'X', '--db', db)).code).toBe(64);
    expect(read().prepare('SELECT count(*) FROM funded_programmes').pluck().get()).toBe(before);
  });

  it('every row code with a real workbook: NIK_FORMAT, NIK_DATE, NIK_REGION, DUPLICATE_IN_FILE, NAME_MISSING; dry run writes nothing', async () => {
    const f = file('rentan-salah.xlsx', [
      person(1, A, 'Ahmad', '03-04-1980'),
      person(2, '640901030480', 'Pendek', '03-04-1980'),
      person(3, nik('6409', 32, 4, 1980, 9), 'Tanggal Salah', ''),
      person(4, nik('9909', 3, 4, 1980, 9), 'Wilayah Salah', ''),
      person(5, A, 'Ahmad Lagi', '03-04-1980'),
      person(6, B, '', '12-07-1975'),
    ]);
    const r = await cli('import', 'funded', f, '--programme', String(pemkab), '--dry-run', '--db', db, '--json');
    expect(r.code).toBe(0);
    const res = r.json();
    expect(res).toMatchObject({ importId: null, dryRun: true, headerRow: 3, totalRows: 6, accepted: 1, rejected: 5 });
    const byRow = Object.fromEntries(res.issues.map((i: { row: number; code: string }) => [i.row, i.code]));
    expect(byRow).toMatchObject({ 5: 'NIK_FORMAT', 6: 'NIK_DATE', 7: 'NIK_REGION', 8: 'DUPLICATE_IN_FILE', 9: 'NAME_MISSING' });
    for (const i of res.issues) expect(i.message).not.toContain(A);
    expect(read().prepare('SELECT count(*) FROM funded_members').pluck().get()).toBe(0);
  });

  it('the annotated workbook carries a status and a reason per row', async () => {
    const f = file('rentan-catatan.xlsx', [person(1, A, 'Ahmad', '03-04-1980'), person(2, A, 'Ahmad', '03-04-1980')]);
    const out = path.join(tmp.dir, 'catatan.xlsx');
    expect((await cli('import', 'funded', f, '--programme', String(pemkab), '--dry-run', '--annotated', out, '--db', db, '--json')).code).toBe(0);
    const rows = XLSX.utils.sheet_to_json<string[]>(XLSX.read(fs.readFileSync(out)).Sheets.Daftar!, { header: 1 });
    expect(rows[2]).toEqual(expect.arrayContaining(['Status', 'Keterangan']));
    expect(rows[3]).toContain('Diterima');
    expect(rows[4]).toContain('Ditolak');
  });

  it('ACTIVE_PU warns but keeps the row; OVER_QUOTA is a file-level warning; the commit is one undoable import', async () => {
    // D is an active wage earner with an employer in Penajam Paser Utara.
    const { createBackend } = await import('../../electron/backend');
    const be = createBackend(db, 'cli');
    const saved = await be.call('employers-save', { employer: sampleEmployer({ npp: '11112222', name: 'PT Sawit Penajam', regencyCode: '64.09', npwp: null, nib: null }), mode: 'create' });
    const enrol = await be.call('workers-enrol', { npp: '11112222', worker: { nik: D, name: 'Dedi', birthDate: '1985-05-05', gender: 'L', kpj: null, phone: null }, segment: 'PU', wage: 4_000_000, startDate: '2025-01-01' });
    be.close();
    expect(saved.ok).toBe(true);
    expect(enrol.ok).toBe(true);

    const f = file('rentan-2026.xlsx', [
      person(1, A, 'Ahmad', '03-04-1980'),
      person(2, B, 'Bunga', '12-07-1975', 'Petani'),
      person(3, C, 'Candra', '21-01-1990', 'Ojek'),
      person(4, D, 'Dedi', '05-05-1985', 'Buruh pelabuhan'),
      person(5, E, 'Erna', '09-09-1979', 'Pedagang'),
    ]);
    const r = await cli('import', 'funded', f, '--programme', String(pemkab), '--db', db, '--json');
    expect(r.code).toBe(0);
    const res = r.json();
    expect(res).toMatchObject({ importId: expect.any(Number), accepted: 5, rejected: 0, inserted: 5 });
    expect(res.issues.find((i: { code: string }) => i.code === 'ACTIVE_PU')).toMatchObject({ row: 7, severity: 'warning' });
    expect(res.issues.find((i: { code: string }) => i.code === 'OVER_QUOTA')).toMatchObject({ row: 0, severity: 'warning', params: { people: 5, quota: 4 } });

    const list = (await cli('list', 'funded', '--programme', String(pemkab), '--db', db, '--json')).json();
    expect(list).toHaveLength(5);
    expect(Object.keys(list[0])).toEqual(['nik', 'name', 'birthDate', 'occupation', 'status']);
    expect(list.find((m: { nik: string }) => m.nik === B)).toMatchObject({ name: 'Bunga', birthDate: '1975-07-12', occupation: 'Petani' });

    // One audit entry for the whole import, none per row.
    const c = read();
    expect(c.prepare(`SELECT count(*) FROM audit_log WHERE entity = 'funded_import' AND action = 'import'`).pluck().get()).toBe(1);
    expect(c.prepare(`SELECT count(*) FROM audit_log WHERE entity = 'funded_member'`).pluck().get()).toBe(0);

    // Undo removes the members and the people the import created, not D (an employer's worker).
    const undo = await cli('import', 'undo-funded', String(res.importId), '--db', db, '--json');
    expect(undo.code).toBe(0);
    expect(c.prepare('SELECT count(*) FROM funded_members').pluck().get()).toBe(0);
    expect(c.prepare('SELECT count(*) FROM workers WHERE nik IN (?, ?, ?, ?, ?)').pluck().get(A, B, C, D, E)).toBe(1);
    expect((await cli('import', 'undo-funded', String(res.importId), '--db', db, '--json')).json().error.code).toBe('FUNDED_IMPORT_ALREADY_UNDONE');
    // Import again for the next tests.
    expect((await cli('import', 'funded', f, '--programme', String(pemkab), '--db', db, '--json')).json().inserted).toBe(5);
  });

  it('FUNDED_ELSEWHERE: the province cannot pay for people the regency already pays for in overlapping months', async () => {
    const f = file('rentan-pemprov.xlsx', [person(1, A, 'Ahmad', '03-04-1980'), person(2, nik('6471', 1, 2, 1970, 7), 'Fajar', '01-02-1970')]);
    const r = (await cli('import', 'funded', f, '--programme', String(pemprov), '--db', db, '--json')).json();
    expect(r).toMatchObject({ accepted: 1, rejected: 1 });
    expect(r.issues.find((i: { code: string }) => i.code === 'FUNDED_ELSEWHERE')).toMatchObject({
      row: 4,
      severity: 'error',
      params: { funder: 'Pemkab Penajam Paser Utara', programme: 'BPU Rentan 2026' },
    });
    // The Pemprov member from Balikpapan counts in Balikpapan (64.71), where the NIK was issued.
    expect(read().prepare(`SELECT regency_code FROM funded_members WHERE programme_id = ?`).pluck().get(pemprov)).toBe('64.71');
  });

  it('months that do not overlap are no double payment', async () => {
    const late = (await cli('programme', 'add', '--funder', 'Pemprov Kaltim', '--regency', '64', '--year', '2027', '--name', 'Rentan Kaltim 2027', '--quota', '10', '--db', db, '--json')).json();
    const f = file('rentan-2027.xlsx', [person(1, A, 'Ahmad', '03-04-1980')]);
    const r = (await cli('import', 'funded', f, '--programme', String(late.id), '--dry-run', '--db', db, '--json')).json();
    expect(r.issues.map((i: { code: string }) => i.code)).not.toContain('FUNDED_ELSEWHERE');
  });

  it('renewal: next year’s list of the same funder shows who is new, who stays and who dropped out', async () => {
    const next = (await cli('programme', 'add', '--funder', 'Pemkab Penajam Paser Utara', '--regency', '64.09', '--year', '2027', '--name', 'BPU Rentan 2027', '--quota', '10', '--db', db, '--json')).json();
    const f = file('rentan-2027-pemkab.xlsx', [
      person(1, A, 'Ahmad', '03-04-1980'),
      person(2, B, 'Bunga', '12-07-1975'),
      person(3, nik('6409', 14, 2, 1988, 11), 'Gilang', '14-02-1988'),
    ]);
    const dry = (await cli('import', 'funded', f, '--programme', String(next.id), '--dry-run', '--db', db, '--json')).json();
    expect(dry.renewal).toEqual({ previousProgrammeId: pemkab, added: 1, stays: 2, dropped: 3 });
  });

  it('bpu enrol: the contribution with its basis; a PU worker may also be BPU; bad input writes nothing', async () => {
    const r = await cli('bpu', 'enrol', '--nik', D, '--name', 'Dedi', '--birth-date', '1985-05-05', '--income', '1000000', '--programs', 'JKK,JKM,JHT', '--interval', '3', '--db', db, '--json');
    expect(r.code).toBe(0);
    expect(r.json()).toMatchObject({ id: expect.any(Number), contribution: { monthly: 36_800, perPayment: 110_400, intervalMonths: 3 }, alsoPu: [{ npp: '11112222' }] });
    const lowest = await cli('bpu', 'enrol', '--nik', nik('6409', 2, 2, 1992, 21), '--name', 'Hana', '--birth-date', '1992-02-02', '--income', '1.000.000', '--programs', 'JKK,JKM', '--db', db, '--json');
    expect(lowest.json().contribution.monthly).toBe(16_800);
    const before = read().prepare('SELECT count(*) FROM bpu_memberships').pluck().get();
    const bad = await cli('bpu', 'enrol', '--nik', nik('6409', 3, 3, 1993, 22), '--name', 'Indra', '--birth-date', '1993-03-03', '--income', '1000000', '--programs', 'JKK,JP', '--db', db, '--json');
    expect(bad.code).toBe(1);
    expect(bad.json().error).toMatchObject({ code: 'VALIDATION' });
    expect((await cli('bpu', 'enrol', '--nik', D, '--name', 'Dedi', '--birth-date', '1985-05-05', '--income', '1000000', '--programs', 'JKK,JKM', '--db', db, '--json')).json().error.code).toBe('BPU_ALREADY_ENROLLED');
    expect(read().prepare('SELECT count(*) FROM bpu_memberships').pluck().get()).toBe(before);
    expect(read().prepare('SELECT count(*) FROM workers WHERE nik = ?').pluck().get(nik('6409', 3, 3, 1993, 22))).toBe(0);
  });

  it('jakon add: the worked example; an unknown contractor or bad dates are coded errors', async () => {
    const r = await cli('jakon', 'add', '--name', 'Jalan Sotek–Babulu', '--contractor', '11112222', '--value', '2000000000', '--regency', '64.09', '--spk-date', '2026-01-05', '--start', '2026-01-12', '--end', '2026-12-20', '--db', db, '--json');
    expect(r.code).toBe(0);
    expect(r.json()).toMatchObject({ id: expect.any(Number), contribution: { jkk: 2_640_000, jkm: 310_000 }, late: true });
    expect((await cli('jakon', 'add', '--name', 'X', '--contractor', '99999999', '--value', '1000', '--regency', '64.09', '--spk-date', '2026-01-05', '--db', db, '--json')).json().error.code).toBe('EMPLOYER_NOT_FOUND');
    expect((await cli('jakon', 'add', '--name', 'X', '--contractor', '11112222', '--value', '1000', '--regency', '64.09', '--spk-date', '2026-01-05', '--start', '2026-01-01', '--db', db, '--json')).json().error.code).toBe('JAKON_DATES_INVALID');
    expect(read().prepare('SELECT count(*) FROM jakon_projects').pluck().get()).toBe(1);
  });
});
