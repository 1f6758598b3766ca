import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackend } from '../../electron/backend';
import { cli, workbookBytes, writeTemp, type Row } from '../support/import-fixtures';
import { sampleEmployer, tempDir } from '../support/temp-db';
import type { ApiResult } from '../../shared/api/contract';
import type { JakonProjectDetail } from '../../shared/segments/segment-types';

type JakonAdded = ApiResult<'jakon-worker-add'>;

/** A NIK issued in Penajam Paser Utara (6409), district 01; women's day + 40. */
const nik = (day: number, month: number, year: number, serial: number, woman = false) =>
  `640901${String(day + (woman ? 40 : 0)).padStart(2, '0')}${String(month).padStart(2, '0')}${String(year % 100).padStart(2, '0')}${String(serial).padStart(4, '0')}`;

const HEADER: Row = ['No', 'NIK', 'Nama Pekerja', 'Tgl Lahir', 'Upah (Rp)'];
const A = nik(3, 4, 1980, 1);
const B = nik(12, 7, 1975, 2, true);
const C = nik(21, 1, 1990, 3);
const D = nik(5, 5, 1985, 4);

// The contractor (risk group IV, JKK 1,27 %) and its wages, by hand, each worker's line rounded half up:
//   JKK: 3.900.000 → 49.530 · 5.200.000 → 66.040 · 4.350.500 → 55.251,35 → 55.251          = 170.821
//   JKM: 3.900.000 → 11.700 · 5.200.000 → 15.600 · 4.350.500 → 13.051,5 → 13.052 (half up) = 40.352
//   a month 211.173; June 2026 – December 2030 = 7 + 48 = 55 months → 11.614.515
const WAGE_BASIS = { method: 'wages', per: 'month', jkk: 170_821, jkm: 40_352, total: 211_173, months: 55, projectTotal: 11_614_515, fallback: null };
// Rp 2 M on the tiers, DOMAIN.md's worked example.
const TIERS = { method: 'contract', per: 'project', jkk: 2_640_000, jkm: 310_000, total: 2_950_000 };

describe('Jakon contribution basis follows the roster: wages in, tiers back on undo', () => {
  const tmp = tempDir();
  const db = path.join(tmp.dir, 'jakon-wages.db');
  const file = (name: string, rows: Row[]) => writeTemp(tmp.dir, name, workbookBytes({ Pekerja: [['DAFTAR TENAGA KERJA'], [], HEADER, ...rows] }));
  const add = (name: string) =>
    cli('jakon', 'add', '--name', name, '--contractor', '11112222', '--value', '2.000.000.000', '--regency', '64.09', '--spk-date', '2026-06-01', '--start', '2026-06-15', '--end', '2030-12-31', '--db', db, '--json');
  const projectOf = async (id: number) => {
    const rows = (await cli('jakon', 'list', '--db', db, '--json')).json() as { id: number; contribution: Record<string, unknown> }[];
    return rows.find((r) => r.id === id)!.contribution;
  };
  let project: number;

  beforeAll(async () => {
    expect((await cli('init', '--db', db, '--json')).code).toBe(0);
    const backend = createBackend(db, 'cli');
    try {
      const saved = await backend.call('employers-save', { employer: sampleEmployer({ npp: '11112222', name: 'PT Konstruksi Penajam', regencyCode: '64.09', riskGroup: 4 }), mode: 'create' });
      expect(saved.ok).toBe(true);
    } finally {
      backend.close();
    }
    const p = await add('Jembatan Sepaku');
    expect(p.code).toBe(0);
    project = p.json().id;
    // A new project has no roster: the tiers, and it says why; the JSON keeps contribution { jkk, jkm }.
    expect(p.json().contribution).toMatchObject({ ...TIERS, fallback: { code: 'JAKON_BASIS_NO_ROSTER' } });
  });
  afterAll(() => tmp.remove());

  it('a roster with every wage: the dry run shows the wage basis before saving, saving switches it, undo switches it back', async () => {
    const f = file('pekerja-upah.xlsx', [
      [1, A, 'Ahmad Tukang', '03-04-1980', 'Rp 3.900.000'],
      [2, B, 'Bunga Mandor', '12-07-1975', 5_200_000],
      [3, C, 'Candra Tukang Kayu', '21-01-1990', '4.350.500'],
    ]);
    const dry = await cli('import', 'jakon', f, '--project', String(project), '--dry-run', '--db', db, '--json');
    expect(dry.code).toBe(0);
    expect(dry.json().contributionBefore).toMatchObject(TIERS);
    expect(dry.json().contribution).toMatchObject({ ...WAGE_BASIS, wages: { workers: 3, wageSum: 13_450_500, riskGroup: 4, jkkPct: 1.27, jkmPct: 0.3 } });
    expect(await projectOf(project)).toMatchObject(TIERS); // a dry run writes nothing

    const text = await cli('import', 'jakon', f, '--project', String(project), '--dry-run', '--db', db);
    expect(text.out).toContain('Setelah disimpan — Dasar: upah 3 pekerja Rp 13.450.500 × 1,27 % (JKK, kelompok risiko IV) + 0,30 % (JKM) = Rp 211.173 per bulan');

    const saved = await cli('import', 'jakon', f, '--project', String(project), '--db', db, '--json');
    expect(saved.code).toBe(0);
    expect(saved.json().contribution).toMatchObject(WAGE_BASIS);
    expect(await projectOf(project)).toMatchObject(WAGE_BASIS);
    // The registered tier figures stay on the project row: the wage basis is read from its workers, never written over them.
    const conn = new Database(db, { readonly: true });
    try {
      expect(conn.prepare('SELECT jkk, jkm FROM jakon_projects WHERE id = ?').get(project)).toEqual({ jkk: 2_640_000, jkm: 310_000 });
    } finally {
      conn.close();
    }

    const undo = await cli('import', 'undo-jakon', String(saved.json().importId), '--db', db, '--json');
    expect(undo.code).toBe(0);
    expect(undo.json().contribution).toMatchObject({ ...TIERS, fallback: { code: 'JAKON_BASIS_NO_ROSTER' } });
    expect(await projectOf(project)).toMatchObject(TIERS);
  });

  it('a roster where one worker has no wage stays on the tiers and says why; a worker added with a wage does not change that', async () => {
    const f = file('pekerja-sebagian.xlsx', [
      [1, A, 'Ahmad Tukang', '03-04-1980', 3_900_000],
      [2, B, 'Bunga Mandor', '12-07-1975', ''],
    ]);
    const saved = await cli('import', 'jakon', f, '--project', String(project), '--db', db, '--json');
    expect(saved.code).toBe(0);
    expect(saved.json().contribution).toMatchObject({ ...TIERS, fallback: { code: 'JAKON_BASIS_WAGE_MISSING', params: { missing: 1, workers: 2 } } });
    const backend = createBackend(db, 'cli');
    try {
      const added = await backend.call('jakon-worker-add', { projectId: project, worker: { nik: D, name: 'Dodi Tukang', birthDate: '1985-05-05' }, wage: 4_000_000 });
      expect(added.ok && (added.value as JakonAdded).contribution).toMatchObject({ ...TIERS, fallback: { params: { missing: 1, workers: 3 } } });
      const page = await backend.call('jakon-get', { id: project });
      expect(page.ok && (page.value as JakonProjectDetail).project.contribution.method).toBe('contract');
    } finally {
      backend.close();
    }
    expect((await cli('import', 'undo-jakon', String(saved.json().importId), '--db', db, '--json')).code).toBe(0);
  });

  it('workers added one by one with a wage switch a new project to wages; without the contractor’s JKK rate it falls back to the tiers', async () => {
    const other = (await add('Drainase Waru')).json().id as number;
    const backend = createBackend(db, 'cli');
    try {
      const first = await backend.call('jakon-worker-add', { projectId: other, worker: { nik: C, name: 'Candra Tukang Kayu', birthDate: '1990-01-21' }, wage: 4_350_500 });
      // 55.251 + 13.052 (see the worked example above).
      expect(first.ok && (first.value as JakonAdded).contribution).toMatchObject({ method: 'wages', jkk: 55_251, jkm: 13_052, total: 68_303, months: 55 });
    } finally {
      backend.close();
    }
    // The reference data loses risk group IV's rate: the project cannot be priced on wages, and says so.
    const conn = new Database(db);
    try {
      conn.prepare('DELETE FROM jkk_rates WHERE risk_group = 4').run();
    } finally {
      conn.close();
    }
    expect(await projectOf(other)).toMatchObject({ ...TIERS, fallback: { code: 'JAKON_BASIS_RISK_MISSING', params: { riskGroup: 4 } } });
  });
});
