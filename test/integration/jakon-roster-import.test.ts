import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import * as XLSX from 'xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackend } from '../../electron/backend';
import { cli, workbookBytes, writeTemp, type Row } from '../support/import-fixtures';
import { sampleEmployer, tempDir } from '../support/temp-db';

/** A NIK issued in Penajam Paser Utara (6409), district 01; women's day + 40. */
const nik = (day: number, month: number, year: number, serial: number, woman = false) =>
  `640901${String(day + (woman ? 40 : 0)).padStart(2, '0')}${String(month).padStart(2, '0')}${String(year % 100).padStart(2, '0')}${String(serial).padStart(4, '0')}`;

const A = nik(3, 4, 1980, 1);
const B = nik(12, 7, 1975, 2, true);
const C = nik(21, 1, 1990, 3);
const D = nik(5, 5, 1985, 4);
const KNOWN = nik(14, 2, 1988, 11);

// A contractor's list as sent: a title, the header (no gender column), people with wage and start date.
const HEADER: Row = ['No', 'NIK', 'Nama Pekerja', 'Tgl Lahir', 'Upah (Rp)', 'Tgl Mulai Kerja'];

describe('Jakon worker roster import: CLI, row codes, annotated workbook, commit, undo', () => {
  const tmp = tempDir();
  const db = path.join(tmp.dir, 'jakon.db');
  const file = (name: string, rows: Row[]) =>
    writeTemp(tmp.dir, name, workbookBytes({ Pekerja: [['DAFTAR TENAGA KERJA PROYEK JEMBATAN SEPAKU'], [], HEADER, ...rows] }));
  const read = () => new Database(db, { readonly: true });
  const count = (sql: string) => {
    const conn = read();
    try {
      return conn.prepare(sql).pluck().get() as number;
    } finally {
      conn.close();
    }
  };
  let project: number;
  let ended: number;
  let importId: number;

  beforeAll(async () => {
    expect((await cli('init', '--db', db, '--json')).code).toBe(0);
    const backend = createBackend(db, 'cli');
    try {
      const saved = await backend.call('employers-save', { employer: sampleEmployer({ npp: '11112222', name: 'PT Konstruksi Penajam', regencyCode: '64.09' }), mode: 'create' });
      expect(saved.ok).toBe(true);
      // Someone already on record (a wage earner of the contractor): the import must reuse, never duplicate, them.
      const enrolled = await backend.call('workers-enrol', {
        npp: '11112222',
        worker: { nik: KNOWN, name: 'Gilang Tukang', birthDate: '1988-02-14', gender: 'L', kpj: null, phone: null },
        segment: 'PU',
        wage: 4_000_000,
        startDate: '2025-01-01',
      });
      expect(enrolled.ok).toBe(true);
    } finally {
      backend.close();
    }
    const add = (name: string, start: string, end: string) =>
      cli('jakon', 'add', '--name', name, '--contractor', '11112222', '--value', '2.000.000.000', '--regency', '64.09', '--spk-date', '2026-06-01', '--start', start, '--end', end, '--db', db, '--json');
    const p = await add('Jembatan Sepaku', '2026-06-15', '2030-12-31');
    expect(p.code).toBe(0);
    project = p.json().id;
    ended = (await add('Drainase Waru', '2026-06-02', '2026-07-31')).json().id;
  });
  afterAll(() => tmp.remove());

  it('every row code with a real workbook; a dry run writes nothing', async () => {
    const f = file('pekerja-salah.xlsx', [
      [1, A, 'Ahmad Tukang', '03-04-1980', 'Rp 3.900.000', '15-06-2026'],
      [2, '640901030480', 'NIK Pendek', '03-04-1980', 3_900_000, ''],
      [3, nik(32, 4, 1980, 9), 'Tanggal Salah', '', 3_900_000, ''],
      [4, `9909${A.slice(4, 12)}0009`, 'Wilayah Salah', '', 3_900_000, ''],
      [5, A, 'Ahmad Lagi', '03-04-1980', 3_900_000, ''],
      [6, B, '', '12-07-1975', 3_900_000, ''],
      [7, C, 'Candra Upah Salah', '', 'tiga juta', ''],
      [8, D, 'Dodi Mulai Dulu', '', 3_900_000, '01-01-2026'],
      [9, nik(6, 6, 1986, 5), 'Eko Tanggal Ngawur', '', 3_900_000, '31-02-2026'],
    ]);
    const r = await cli('import', 'jakon', f, '--project', String(project), '--dry-run', '--db', db, '--json');
    expect(r.code).toBe(0);
    const res = r.json();
    expect(res).toMatchObject({ importId: null, kind: 'jakon', projectId: project, dryRun: true, sheet: 'Pekerja', headerRow: 3, totalRows: 9, accepted: 1, rejected: 8 });
    // Sheet rows: the title, a blank row and the header come first, so list number n sits on row n + 3.
    const codes = (n: number) => res.issues.filter((i: { row: number }) => i.row === n + 3).map((i: { code: string }) => i.code);
    expect(codes(2)).toContain('NIK_FORMAT');
    expect(codes(3)).toContain('NIK_DATE');
    expect(codes(4)).toContain('NIK_REGION');
    expect(codes(5)).toEqual(['DUPLICATE_IN_FILE']);
    expect(codes(6)).toEqual(['NAME_MISSING']);
    expect(codes(7)).toEqual(['WAGE_INVALID']);
    expect(codes(8)).toEqual(['JAKON_START_OUTSIDE']);
    expect(codes(9)).toEqual(['START_DATE_INVALID']);
    const outside = res.issues.find((i: { code: string }) => i.code === 'JAKON_START_OUTSIDE');
    expect(outside).toMatchObject({ column: 'Tgl Mulai Kerja', severity: 'error' });
    expect(outside.message).toContain('15 Juni 2026');
    // UU 27/2022: no message repeats a NIK.
    for (const i of res.issues) for (const n of [A, B, C, D]) expect(i.message).not.toContain(n);
    expect(count('SELECT count(*) FROM jakon_workers')).toBe(0);
    expect(count('SELECT count(*) FROM jakon_imports')).toBe(0);
    expect(count('SELECT count(*) FROM workers')).toBe(1);
  });

  it('--annotated writes the contractor’s own file back with Status and Keterangan, the project’s checks included', async () => {
    const f = file('pekerja-periksa.xlsx', [
      [1, A, 'Ahmad Tukang', '03-04-1980', 3_900_000, '15-06-2026'],
      [2, D, 'Dodi Mulai Dulu', '', 3_900_000, '01-01-2026'],
    ]);
    const out = path.join(tmp.dir, 'hasil.xlsx');
    const r = await cli('import', 'jakon', f, '--project', String(project), '--dry-run', '--annotated', out, '--db', db, '--json');
    expect(r.code).toBe(0);
    const sheet = XLSX.read(fs.readFileSync(out)).Sheets.Pekerja!;
    const rows = XLSX.utils.sheet_to_json<string[]>(sheet, { header: 1, defval: '' });
    expect(rows[2]!.slice(-2)).toEqual(['Status', 'Keterangan']);
    expect(rows[3]!.at(-2)).toBe('Diterima');
    expect(rows[4]!.at(-2)).toBe('Ditolak');
    expect(rows[4]!.at(-1)).toContain('di luar masa proyek');
  });

  it('saves the accepted rows in one import: people created or reused, wages and start dates kept, one audit entry', async () => {
    const f = file('pekerja.xlsx', [
      [1, A, 'Ahmad Tukang', '03-04-1980', 'Rp 3.900.000', '15-06-2026'],
      [2, B, 'Bunga Mandor', '12-07-1975', 5_200_000, ''],
      [3, KNOWN, 'Gilang Tukang', '14-02-1988', 4_100_000, '01-07-2026'],
      [4, C, '', '', 3_900_000, ''],
    ]);
    const r = await cli('import', 'jakon', f, '--project', String(project), '--db', db, '--json');
    expect(r.code).toBe(0);
    const res = r.json();
    expect(res).toMatchObject({ dryRun: false, accepted: 3, rejected: 1, inserted: 3, unchanged: 0, importId: expect.any(Number) });
    importId = res.importId;
    const conn = read();
    try {
      const rows = conn
        .prepare(`SELECT w.nik, j.wage, j.start_date AS startDate, j.status FROM jakon_workers j JOIN workers w ON w.id = j.worker_id WHERE j.project_id = ? ORDER BY w.nik`)
        .all(project);
      expect(rows).toEqual(
        [
          { nik: A, wage: 3_900_000, startDate: '2026-06-15', status: 'aktif' },
          { nik: B, wage: 5_200_000, startDate: '2026-06-15', status: 'aktif' },
          { nik: KNOWN, wage: 4_100_000, startDate: '2026-07-01', status: 'aktif' },
        ].sort((x, y) => x.nik.localeCompare(y.nik)),
      );
      expect(conn.prepare('SELECT count(*) FROM workers WHERE nik = ?').pluck().get(KNOWN)).toBe(1);
      expect(conn.prepare(`SELECT count(*) FROM audit_log WHERE entity = 'jakon_import' AND action = 'import'`).pluck().get()).toBe(1);
      // Bulk: the rows themselves are not one audit entry each.
      expect(conn.prepare(`SELECT count(*) FROM audit_log WHERE entity = 'jakon_worker'`).pluck().get()).toBe(0);
    } finally {
      conn.close();
    }
    const list = (await cli('jakon', 'list', '--db', db, '--json')).json() as { id: number; workers: number }[];
    expect(list.find((p) => p.id === project)?.workers).toBe(3);
    // The same file again: everyone is already on the project; nothing is added twice.
    const again = (await cli('import', 'jakon', f, '--project', String(project), '--db', db, '--json')).json();
    expect(again).toMatchObject({ accepted: 3, inserted: 0, unchanged: 3 });
    expect(count(`SELECT count(*) FROM jakon_workers WHERE project_id = ${project}`)).toBe(3);
  });

  it('undo removes the whole import: its project members and the people it created, never someone on record before', async () => {
    const r = await cli('import', 'undo-jakon', String(importId), '--db', db, '--json');
    expect(r.code).toBe(0);
    expect(r.json()).toMatchObject({ importId, removed: 5, undoneAt: expect.any(String) });
    expect(count(`SELECT count(*) FROM jakon_workers WHERE project_id = ${project}`)).toBe(0);
    expect(count('SELECT count(*) FROM workers')).toBe(1);
    expect(count(`SELECT count(*) FROM memberships`)).toBe(1);
    const twice = await cli('import', 'undo-jakon', String(importId), '--db', db, '--json');
    expect(twice.code).toBe(1);
    expect(twice.json().error.code).toBe('JAKON_IMPORT_ALREADY_UNDONE');
    expect((await cli('import', 'undo-jakon', '999', '--db', db, '--json')).json().error.code).toBe('JAKON_IMPORT_NOT_FOUND');
  });

  it('refuses an unknown or ended project and a missing --project, writing nothing', async () => {
    const f = file('pekerja-baik.xlsx', [[1, A, 'Ahmad Tukang', '03-04-1980', 3_900_000, '']]);
    const unknown = await cli('import', 'jakon', f, '--project', '999', '--db', db, '--json');
    expect(unknown.code).toBe(1);
    expect(unknown.json().error.code).toBe('JAKON_PROJECT_NOT_FOUND');
    const byGid = await cli('import', 'jakon', f, '--project', 'J-tidak-ada', '--db', db, '--json');
    expect(byGid.json().error.code).toBe('JAKON_PROJECT_NOT_FOUND');
    const over = await cli('import', 'jakon', f, '--project', String(ended), '--db', db, '--json');
    expect(over.code).toBe(1);
    expect(over.json().error).toMatchObject({ code: 'JAKON_PROJECT_ENDED', message: expect.stringContaining('31 Juli 2026') });
    const imports = count('SELECT count(*) FROM jakon_imports');
    expect((await cli('import', 'jakon', f, '--db', db, '--json')).code).toBe(64);
    expect(count('SELECT count(*) FROM jakon_imports')).toBe(imports);
    expect(count('SELECT count(*) FROM jakon_workers')).toBe(0);
  });

  it('a list with only NIK and name is read (wage and start date are optional columns)', async () => {
    const f = writeTemp(tmp.dir, 'minimal.xlsx', workbookBytes({ Sheet1: [['NIK', 'Nama'], [A, 'Ahmad Tukang']] }));
    const r = (await cli('import', 'jakon', f, '--project', String(project), '--dry-run', '--db', db, '--json')).json();
    expect(r).toMatchObject({ headerRow: 1, accepted: 1, rejected: 0, issues: [] });
  });
});
