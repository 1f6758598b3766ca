import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/main';
import { migrations } from '../../electron/db/migrations/index';
import { tempDir } from '../support/temp-db';

async function cli(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`) });
  return { code, out, err };
}

describe('CLI', () => {
  const tmp = tempDir();
  const db = path.join(tmp.dir, 'cli.db');
  afterAll(() => tmp.remove());

  it('init --demo creates a deterministic demo branch', async () => {
    const r = await cli('init', '--db', db, '--demo', '--employers', '50', '--workers', '800', '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ schemaVersion: migrations.length, demo: { employers: 50 } });
    expect(JSON.parse(r.out).demo.workers).toBeGreaterThanOrEqual(780);
  });

  it('list employers and list workers --employer print the documented JSON shapes', async () => {
    const employers = JSON.parse((await cli('list', 'employers', '--db', db, '--json')).out);
    expect(employers).toHaveLength(50);
    const npp = employers[0].npp as string;
    expect(npp).toMatch(/^\d{8}$/);
    const r = await cli('list', 'workers', '--employer', npp, '--db', db, '--json');
    expect(r.code).toBe(0);
    const workers = JSON.parse(r.out);
    expect(workers.length).toBe(employers[0].activeWorkers + workers.filter((w: { status: string }) => w.status === 'nonaktif').length);
    for (const w of workers) {
      expect(Object.keys(w)).toEqual(expect.arrayContaining(['nik', 'name', 'birthDate', 'gender', 'wage', 'startDate', 'status']));
      expect(w.nik).toMatch(/^\d{16}$/);
      expect(w.birthDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(['L', 'P']).toContain(w.gender);
      expect(typeof w.wage).toBe('number');
    }
    const all = JSON.parse((await cli('list', 'workers', '--db', db, '--json')).out);
    expect(all.length).toBeGreaterThanOrEqual(780);
  });

  it('is deterministic: the same seed gives the same data', async () => {
    const other = path.join(tmp.dir, 'other.db');
    await cli('init', '--db', other, '--demo', '--employers', '50', '--workers', '800');
    const a = (await cli('list', 'workers', '--db', db, '--json')).out;
    const b = (await cli('list', 'workers', '--db', other, '--json')).out;
    expect(a).toBe(b);
  });

  it('an unknown employer is a coded JSON error with exit 1; bad usage exits 64', async () => {
    const r = await cli('list', 'workers', '--employer', '99999999', '--db', db, '--json');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out)).toMatchObject({ error: { code: 'EMPLOYER_NOT_FOUND', message: expect.stringContaining('99999999') } });
    expect((await cli('list', 'things', '--db', db)).code).toBe(64);
    expect((await cli('frobnicate')).code).toBe(64);
    expect((await cli('list', '--bogus-flag')).code).toBe(64);
  });
});
