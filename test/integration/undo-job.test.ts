import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportResult, UndoResult } from '../../shared/import/types';
import type { JobView } from '../../shared/jobs/job-types';
import { createBackend } from '../../electron/backend';
import { AppError } from '../../electron/errors/app-error';
import { undoInWorker } from '../../electron/importer/run-undo-in-worker';
import { undoImport } from '../../electron/importer/undo-import';
import { sampleEmployer } from '../support/temp-db';
import { staffedBackend, type StaffName } from '../support/staffed-backend';
import { writeRoster } from '../support/sync-roster';

type S = Awaited<ReturnType<typeof staffedBackend>>;
const NPP = '12345678';
const ROWS = 12_000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('undo of an import as a job (issue 16 §1): progress, off the request thread, cancel, a reload', () => {
  let s: S;
  let roster: string;
  let serial = 1;

  const count = (table: string) => s.backend.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
  const job = (jobId: string, who: StaffName = 'ani') => s.value<JobView>(s.call('jobs-get', { jobId }, who));
  async function follow(jobId: string, who: StaffName = 'ani'): Promise<JobView[]> {
    const seen: JobView[] = [];
    for (let i = 0; i < 3000; i++) {
      const v = await job(jobId, who);
      seen.push(v);
      if (v.status !== 'running') return seen;
      await sleep(20);
    }
    throw new Error('job did not end');
  }
  /** A roster of new people imported as `who`: its import id. */
  async function imported(who: StaffName = 'ani', rows = ROWS): Promise<number> {
    writeRoster(roster, rows, serial);
    serial += Math.ceil(rows / 336) + 1;
    const dataBase64 = fs.readFileSync(roster).toString('base64');
    const { uploadId } = await s.value<{ uploadId: string }>(s.call('uploads-put', { fileName: 'daftar.xlsx', dataBase64 }, who));
    const r = await s.value<ImportResult>(s.call('imports-commit', { uploadId, kind: 'roster', npp: NPP, period: '2026-03', dryRun: false }, who));
    return r.importId!;
  }

  beforeAll(async () => {
    s = await staffedBackend();
    await s.value(s.call('employers-save', { employer: sampleEmployer(), mode: 'create' }, 'ani'));
    roster = path.join(path.dirname(s.backend.file), 'roster.xlsx');
  }, 60_000);
  afterAll(() => s?.remove());

  it('reports rows done of the total, rising in chunks to the total, and a cancel from it rolls the whole undo back', async () => {
    const id = await imported();
    const db = s.backend.db;
    const seen: [number, number][] = [];
    expect(() =>
      undoImport(db, id, 'ani', (done, total) => {
        seen.push([done, total]);
        if (done >= 10_000) throw new AppError('JOB_CANCELLED');
      }),
    ).toThrow(expect.objectContaining({ code: 'JOB_CANCELLED' }));
    // Nothing of the undo stayed: every person and membership is still there, the import still stands.
    expect([count('workers'), count('memberships')]).toEqual([ROWS, ROWS]);
    expect(db.prepare('SELECT undone_at FROM imports WHERE id = ?').pluck().get(id)).toBeNull();

    const steps: [number, number][] = [];
    const result = undoImport(db, id, 'ani', (done, total) => steps.push([done, total]));
    const total = 2 * ROWS; // people and memberships, nothing to put back (all were new)
    expect(steps.every(([, t]) => t === total)).toBe(true);
    const dones = steps.map(([d]) => d);
    expect(dones).toEqual([...dones].sort((a, b) => a - b));
    expect(dones[0]).toBe(0);
    expect(dones.at(-1)).toBe(total);
    expect(dones.length).toBeGreaterThan(4); // chunks, not one step
    expect(result).toMatchObject({ importId: id, removedWorkers: ROWS, removedMemberships: ROWS, removed: total });
    expect([count('workers'), count('memberships')]).toEqual([0, 0]);
  }, 120_000);

  it('a cancel reaching the worker rolls back inside its transaction: nothing is removed', async () => {
    const id = await imported();
    const cancelled = new AbortController();
    cancelled.abort(); // the flag is set before the worker's first chunk: the throw lands inside the transaction
    const progress: number[] = [];
    await expect(undoInWorker(s.backend.file, id, 'ani', { signal: cancelled.signal, onProgress: (d) => progress.push(d) })).rejects.toMatchObject({
      code: 'JOB_CANCELLED',
    });
    expect([count('workers'), count('memberships')]).toEqual([ROWS, ROWS]);
    expect(s.backend.db.prepare('SELECT undone_at FROM imports WHERE id = ?').pluck().get(id)).toBeNull();
    expect(s.backend.db.pragma('integrity_check', { simple: true })).toBe('ok');
  }, 120_000);

  it('runs as a job in its worker: stage "removing", monotone figures, the host answering meanwhile, one undo per import', async () => {
    const id = (s.backend.db.prepare('SELECT max(id) FROM imports').pluck().get() as number);
    const started = await s.value<JobView>(s.call('imports-undo-start', { importId: id }, 'ani'));
    expect(started).toMatchObject({ kind: 'import-undo', key: `import:${id}`, label: 'daftar.xlsx', user: 'ani', status: 'running' });
    // A second click, or the same undo from a second tab: the same job.
    expect((await s.value<JobView>(s.call('imports-undo-start', { importId: id }, 'ani'))).id).toBe(started.id);
    // The request thread is free: a read is answered while the undo runs.
    const t0 = Date.now();
    expect(await s.call('workers-search', { query: 'Pekerja' }, 'budi')).toMatchObject({ ok: true });
    expect(Date.now() - t0).toBeLessThan(2000);
    const seen = await follow(started.id);
    const removing = seen.filter((v) => v.status === 'running' && v.stage === 'removing');
    expect(removing.length).toBeGreaterThan(0);
    const dones = removing.map((v) => v.done);
    expect(dones).toEqual([...dones].sort((a, b) => a - b));
    expect(removing.every((v) => v.total === 0 || v.total === 2 * ROWS)).toBe(true);
    const end = seen.at(-1)!;
    expect(end).toMatchObject({ status: 'done', stage: 'done', percent: 100, done: 2 * ROWS, total: 2 * ROWS });
    expect(end.result as UndoResult).toMatchObject({ importId: id, removedWorkers: ROWS, removedMemberships: ROWS, restored: 0 });
    expect([count('workers'), count('memberships')]).toEqual([0, 0]);
    // The same undo again answers the finished job, never a second undo.
    expect((await s.value<JobView>(s.call('imports-undo-start', { importId: id }, 'ani'))).id).toBe(started.id);
  }, 120_000);

  it("another clerk's import may be undone only by the branch head; an unknown import is said so", async () => {
    const id = await imported('ani', 300);
    expect(await s.call('imports-undo-start', { importId: id }, 'budi')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await s.call('imports-undo-start', { importId: 999_999 }, 'ani')).toMatchObject({ ok: false, error: { code: 'IMPORT_NOT_FOUND' } });
    const started = await s.value<JobView>(s.call('imports-undo-start', { importId: id }, 'kacab'));
    expect((await follow(started.id, 'kacab')).at(-1)).toMatchObject({ status: 'done', result: { removedWorkers: 300, removedMemberships: 300 } });
    // The job is its starter's: the clerk does not see the branch head's job.
    expect(await s.call('jobs-get', { jobId: started.id }, 'ani')).toMatchObject({ ok: false, error: { code: 'JOB_NOT_FOUND' } });
  }, 120_000);

  it('survives the host: the result is kept, and an undo that committed as the host stopped is found done', async () => {
    const id = await imported('ani', 500);
    const started = await s.value<JobView>(s.call('imports-undo-start', { importId: id }, 'ani'));
    const done = (await follow(started.id)).at(-1)!;
    expect(done.status).toBe('done');
    const file = s.backend.file;
    s.backend.close();
    // The host died after the undo committed but before it marked the job done: the journal still says running.
    const journal = JSON.parse(fs.readFileSync(`${file}.jobs.json`, 'utf8')) as JobView[];
    fs.writeFileSync(`${file}.jobs.json`, JSON.stringify(journal.map((j) => (j.id === started.id ? { ...j, status: 'running', stage: 'removing', result: null, finishedAt: null } : j))));
    const b = createBackend(file, 'browser');
    try {
      const ani = (await s.value<{ token: string }>(b.call('auth-signin', { username: 'ani', password: 'ani-kuat-123' }))).token;
      const settled = await s.value<JobView>(b.call('jobs-get', { jobId: started.id }, ani));
      expect(settled).toMatchObject({ status: 'done', stage: 'done', error: null, result: { importId: id, removedWorkers: 500, removedMemberships: 500 } });
    } finally {
      b.close();
    }
  }, 120_000);
});
