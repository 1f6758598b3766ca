import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { runCli } from '../../electron/cli/main';
import { tempDir } from '../support/temp-db';

async function cli(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`) });
  return { code, out, err };
}

describe('gaps CLI', () => {
  const tmp = tempDir();
  const db = path.join(tmp.dir, 'gaps.db');
  afterAll(() => tmp.remove());

  it('gaps --json prints the documented shape, largest shortfall first, with masked NIKs', async () => {
    expect((await cli('init', '--db', db, '--demo', '--employers', '60', '--workers', '900', '--json')).code).toBe(0);
    const r = await cli('gaps', '--db', db, '--period', '2026-03', '--json');
    expect(r.code).toBe(0);
    const gaps = JSON.parse(r.out) as Record<string, unknown>[];
    expect(gaps.length).toBeGreaterThan(0);
    for (const g of gaps) {
      expect(Object.keys(g).sort()).toEqual(['basis', 'code', 'estimatedMonthlyShortfall', 'evidence', 'name', 'npp', 'severity'].sort());
      expect(['PDS_TK', 'PDS_UPAH', 'PDS_PROGRAM', 'PWBD', 'JAKON_TERLAMBAT', 'PROGRAM_LEBIH_KUOTA']).toContain(g.code);
      // A late Jakon registration has no monthly shortfall to estimate (its contribution is per project).
      if (g.code === 'JAKON_TERLAMBAT') expect(g.estimatedMonthlyShortfall).toBeNull();
      else expect(typeof g.estimatedMonthlyShortfall).toBe('number');
    }
    const estimated = gaps.filter((g) => g.estimatedMonthlyShortfall !== null);
    const shortfalls = estimated.map((g) => g.estimatedMonthlyShortfall as number);
    expect(shortfalls).toEqual([...shortfalls].sort((a, b) => b - a));
    // Findings without an estimate come after every estimated one.
    expect(gaps.slice(0, estimated.length)).toEqual(estimated);
    const upah = gaps.find((g) => g.code === 'PDS_UPAH');
    expect(upah).toBeDefined();
    const workers = (upah!.evidence as { workers: { nik: string }[] }).workers;
    expect(workers.length).toBeGreaterThan(0);
    for (const w of workers) expect(w.nik).toMatch(/^\d{6}\*{6}\d{4}$/);
    const bpn = JSON.parse((await cli('gaps', '--db', db, '--branch', 'Balikpapan', '--period', '2026-03', '--json')).out) as unknown[];
    expect(bpn.length).toBeLessThan(gaps.length);
  });

  it('import prospects and payroll from files, then export gaps to xlsx', async () => {
    const csv = path.join(tmp.dir, 'daftar-ptsp.csv');
    fs.writeFileSync(csv, 'No,Nama Perusahaan,NIB,NPWP,Kabupaten/Kota,Jumlah Tenaga Kerja\n1,PT Contoh Baru Sekali,0987654321098,,Kota Balikpapan,25\n2,CV Lain Lagi,,,Samarinda,3\n');
    const p = await cli('import', 'prospects', csv, '--db', db, '--json');
    expect(p.code).toBe(0);
    expect(JSON.parse(p.out)).toMatchObject({ source: 'PTSP', imported: 2, pwbd: 2 });
    const pwbd = (JSON.parse((await cli('gaps', '--db', db, '--json')).out) as { code: string; npp: null; name: string }[]).filter((g) => g.code === 'PWBD');
    expect(pwbd.map((g) => g.name).sort()).toEqual(['CV Lain Lagi', 'PT Contoh Baru Sekali']);
    expect(pwbd.every((g) => g.npp === null)).toBe(true);

    const employers = JSON.parse((await cli('list', 'employers', '--db', db, '--json')).out) as { npp: string }[];
    const npp = employers[0]!.npp;
    const workers = JSON.parse((await cli('list', 'workers', '--employer', npp, '--db', db, '--json')).out) as { nik: string; wage: number }[];
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(
      book,
      XLSX.utils.aoa_to_sheet([['NIK', 'Nama', 'Gaji Pokok'], ...workers.map((w) => [w.nik, 'x', w.wage + 1_000_000])]),
      'Gaji',
    );
    const xlsx = path.join(tmp.dir, 'payroll.xlsx');
    fs.writeFileSync(xlsx, XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
    const pay = await cli('import', 'payroll', xlsx, '--employer', npp, '--period', '2026-03', '--db', db, '--json');
    expect(pay.code).toBe(0);
    expect(JSON.parse(pay.out)).toMatchObject({ npp, period: '2026-03', imported: workers.length });
    const after = JSON.parse((await cli('gaps', '--db', db, '--period', '2026-03', '--json')).out) as { code: string; npp: string; evidence: { belowPayroll?: number } }[];
    const upah = after.find((g) => g.code === 'PDS_UPAH' && g.npp === npp);
    expect(upah?.evidence.belowPayroll).toBeGreaterThan(0);

    const out = path.join(tmp.dir, 'temuan.xlsx');
    const e = await cli('export', 'gaps', '--db', db, '--out', out, '--json');
    expect(e.code).toBe(0);
    const rows = XLSX.utils.sheet_to_json(XLSX.read(fs.readFileSync(out)).Sheets.Temuan!);
    expect(rows.length).toBe(JSON.parse(e.out).rows);
    expect((await cli('import', 'payroll', xlsx, '--db', db)).code).toBe(64);
  });

  it('import undo-list takes an outside list back as a whole', async () => {
    const csv = path.join(tmp.dir, 'daftar-oss.csv');
    fs.writeFileSync(csv, 'Nama Perusahaan;Kabupaten/Kota\nPT Sekali Lewat;Kota Balikpapan\n');
    const pwbd = async () => (JSON.parse((await cli('gaps', '--db', db, '--json')).out) as { name: string }[]).filter((g) => g.name === 'PT Sekali Lewat');
    const imported = JSON.parse((await cli('import', 'prospects', csv, '--db', db, '--json')).out) as { listImportId: number; source: string };
    expect(imported).toMatchObject({ source: 'OSS', listImportId: expect.any(Number) });
    expect(await pwbd()).toHaveLength(1);
    const undo = await cli('import', 'undo-list', String(imported.listImportId), '--db', db, '--json');
    expect(undo.code).toBe(0);
    expect(JSON.parse(undo.out)).toMatchObject({ listImportId: imported.listImportId, removed: 1, restored: 0 });
    expect(await pwbd()).toHaveLength(0);
    const again = await cli('import', 'undo-list', String(imported.listImportId), '--db', db, '--json');
    expect(again.code).not.toBe(0);
    expect(JSON.parse(again.out)).toMatchObject({ error: { code: 'IMPORT_ALREADY_UNDONE' } });
  });
});
