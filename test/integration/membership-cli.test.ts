import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { createBackend } from '../../electron/backend';
import { cli } from '../support/import-fixtures';
import { FIXED_NOW, sampleEmployer, sampleWorker, tempDir } from '../support/temp-db';

const NIK = '6471015708850001';
const NPP = '12345678';
const OTHER = '87654321';

describe('CLI: membership wage | end | move', () => {
  const tmp = tempDir();
  const db = path.join(tmp.dir, 'cli.db');
  const read = <T>(sql: string, ...params: unknown[]): T => {
    const conn = new Database(db, { readonly: true });
    try {
      return conn.prepare(sql).all(...params) as T;
    } finally {
      conn.close();
    }
  };
  const snapshot = () => read<unknown[]>('SELECT id, npp, wage, status, end_date FROM memberships ORDER BY id').concat(read<unknown[]>('SELECT * FROM membership_wages ORDER BY 1, 2'));

  beforeAll(async () => {
    const backend = createBackend(db, 'cli', { now: FIXED_NOW });
    try {
      for (const e of [sampleEmployer(), sampleEmployer({ npp: OTHER, name: 'CV Kutai', npwp: null, nib: null })]) {
        const r = await backend.call('employers-save', { employer: e, mode: 'create' });
        if (!r.ok) throw new Error(r.error.code);
      }
      const r = await backend.call('workers-enrol', { npp: NPP, worker: sampleWorker(), segment: 'PU', wage: 4_000_000, startDate: '2025-01-06' });
      if (!r.ok) throw new Error(r.error.code);
    } finally {
      backend.close();
    }
  });
  afterAll(() => tmp.remove());

  it('refuses bad input with coded errors (exit 1) or usage (exit 64), writing nothing', async () => {
    const before = snapshot();
    const bad = [
      [['membership', 'wage', '--nik', NIK, '--employer', NPP, '--wage', '4.500.000', '--from', '2026-02'], 1, 'BAD_ARGUMENT'],
      [['membership', 'wage', '--nik', NIK, '--employer', NPP, '--wage', '4500000', '--from', '2026-2'], 1, 'BAD_ARGUMENT'],
      [['membership', 'wage', '--nik', NIK, '--employer', NPP, '--wage', '4500000', '--from', '2024-12'], 1, 'WAGE_FROM_BEFORE_START'],
      [['membership', 'wage', '--nik', '6471015708850009', '--employer', NPP, '--wage', '4500000', '--from', '2026-02'], 1, 'WORKER_NOT_FOUND'],
      [['membership', 'end', '--nik', NIK, '--employer', OTHER, '--date', '2026-02-28', '--reason', 'resign'], 1, 'MEMBERSHIP_NOT_AT_EMPLOYER'],
      [['membership', 'end', '--nik', NIK, '--employer', NPP, '--date', '2026-02-28', '--reason', 'kabur'], 1, 'END_REASON_INVALID'],
      [['membership', 'move', '--nik', NIK, '--from', NPP, '--to', '99999999', '--date', '2026-03-01'], 1, 'EMPLOYER_NOT_FOUND'],
    ] as const;
    for (const [argv, code, error] of bad) {
      const r = await cli(...argv, '--db', db, '--json');
      expect({ argv, code: r.code }).toEqual({ argv, code });
      expect(r.json().error.code).toBe(error);
    }
    expect((await cli('membership', 'wage', '--nik', NIK, '--employer', NPP, '--db', db, '--json')).code).toBe(64);
    expect((await cli('membership', 'rename', '--nik', NIK, '--db', db, '--json')).code).toBe(64);
    expect(snapshot()).toEqual(before);
  });

  it('wage, then move, then end — each printing JSON and keeping the history', async () => {
    const wage = await cli('membership', 'wage', '--nik', NIK, '--employer', NPP, '--wage', '4500000', '--from', '2026-02', '--db', db, '--json');
    expect(wage.code).toBe(0);
    expect(wage.json()).toMatchObject({
      npp: NPP,
      wage: 4_500_000,
      status: 'aktif',
      wageHistory: [
        { fromMonth: '2026-02', wage: 4_500_000, source: 'meja' },
        { fromMonth: '2025-01', wage: 4_000_000, source: 'awal' },
      ],
    });

    const move = await cli('membership', 'move', '--nik', NIK, '--from', NPP, '--to', OTHER, '--date', '2026-03-01', '--db', db, '--json');
    expect(move.code).toBe(0);
    expect(move.json()).toMatchObject({
      ended: { npp: NPP, status: 'nonaktif', endDate: '2026-02-28' },
      started: { npp: OTHER, status: 'aktif', startDate: '2026-03-01', wage: 4_500_000 },
    });
    expect(read<{ reason: string }[]>('SELECT reason FROM membership_ends')).toEqual([{ reason: 'moved' }]);

    const end = await cli('membership', 'end', '--nik', NIK, '--employer', OTHER, '--date', '2026-06-30', '--reason', 'died', '--db', db, '--json');
    expect(end.code).toBe(0);
    expect(end.json()).toMatchObject({ npp: OTHER, status: 'nonaktif', endDate: '2026-06-30', endReason: 'died' });
    const again = await cli('membership', 'end', '--nik', NIK, '--employer', OTHER, '--date', '2026-06-30', '--reason', 'died', '--db', db, '--json');
    expect(again.code).toBe(1);
    expect(again.json().error.code).toBe('MEMBERSHIP_NOT_AT_EMPLOYER');
    // Messages never repeat a NIK.
    expect(again.out).not.toContain(NIK);
  });
});
