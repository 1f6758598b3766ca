import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/main';
import { openDatabase } from '../../electron/db/open';
import { tempDir } from '../support/temp-db';

async function cli(...argv: string[]) {
  let out = '';
  const code = await runCli(argv, { out: (t) => (out += t), err: () => {} });
  return { code, json: JSON.parse(out) };
}

describe('import workforce (coverage reference table)', () => {
  const tmp = tempDir();
  const db = path.join(tmp.dir, 'wf.db');
  afterAll(() => tmp.remove());
  const write = (name: string, text: string) => {
    const file = path.join(tmp.dir, name);
    fs.writeFileSync(file, `\uFEFF${text}`);
    return file;
  };
  const figure = (area: string, year: number) => {
    const conn = openDatabase(db);
    const row = conn.prepare('SELECT employed, source, confirmed FROM workforce WHERE area_code = ? AND year = ?').get(area, year);
    conn.close();
    return row;
  };

  it('reads areas by code or name, Indonesian thousands, title rows, and replaces the figure of the same area and year', async () => {
    await cli('init', '--db', db, '--json');
    const file = write(
      'angkatan-kerja.csv',
      [
        'Penduduk bekerja menurut kabupaten/kota;;;;',
        'Wilayah;Tahun;Penduduk bekerja;Sumber;Resmi',
        'Kota Balikpapan;2025;400.123;BPS Kota Balikpapan, Sakernas Agustus 2025;ya',
        '64;2025;2.001.000;BPS Sakernas Agustus 2025;ya',
        'Kab. Paser;2025;150000;;tidak',
      ].join('\n'),
    );
    const r = await cli('import', 'workforce', file, '--db', db, '--json');
    expect(r.code).toBe(0);
    expect(r.json).toMatchObject({ saved: 3, areas: ['64.71', '64', '64.01'] });
    expect(figure('64.71', 2025)).toEqual({ employed: 400123, source: 'BPS Kota Balikpapan, Sakernas Agustus 2025', confirmed: 1 });
    expect(figure('64.01', 2025)).toEqual({ employed: 150000, source: 'Impor angkatan-kerja.csv', confirmed: 0 });
  });

  it('saves nothing when one row names an unknown area', async () => {
    const file = write('salah.csv', 'Wilayah;Tahun;Penduduk bekerja\nKota Balikpapan;2026;1\nKota Atlantis;2026;5');
    const r = await cli('import', 'workforce', file, '--db', db, '--json');
    expect(r.code).toBe(1);
    expect(r.json.error).toMatchObject({ code: 'WORKFORCE_AREA_UNKNOWN', message: expect.stringContaining('Kota Atlantis (baris 3)') });
    expect(figure('64.71', 2026)).toBeUndefined();
  });
});
