import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportResult } from '../../shared/import/types';
import type { JobView } from '../../shared/jobs/job-types';
import { createBackend, type Backend } from '../../electron/backend';
import { writeRoster } from '../support/sync-roster';
import { tempDir } from '../support/temp-db';

const ROWS = 40_000;

/** Starts the child host, waits until its import job writes, then kills it with SIGKILL; answers the job id. */
function killWhileWriting(dbFile: string, rosterFile: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'test/support/job-host-child.ts', dbFile, rosterFile], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    let jobId = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const m = /writing ([0-9a-f-]{36})/.exec(out);
      if (m && !jobId) {
        jobId = m[1]!;
        child.kill('SIGKILL');
      }
    });
    child.on('error', reject);
    child.on('exit', () => (jobId ? resolve(jobId) : reject(new Error(`the child ended without writing: ${out}`))));
  });
}

/** Issue 16: a job the host was running when it stopped says so after the restart, never a silent loss. */
describe('jobs across a host restart', () => {
  const tmp = tempDir();
  const dbFile = path.join(tmp.dir, 'restart.db');
  const rosterFile = path.join(tmp.dir, 'daftar-besar.xlsx');
  let jobId: string;
  let b: Backend;
  let ani: string;
  const value = async <T>(p: ReturnType<Backend['call']>): Promise<T> => {
    const r = await p;
    if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
    return r.value as T;
  };
  const reopen = async () => {
    b?.close();
    b = createBackend(dbFile, 'browser');
    ani = (await value<{ token: string }>(b.call('auth-signin', { username: 'ani', password: 'ani-kuat-123' }))).token;
  };

  beforeAll(async () => {
    writeRoster(rosterFile, ROWS);
    jobId = await killWhileWriting(dbFile, rosterFile);
    await reopen();
  }, 240_000);
  afterAll(() => {
    b?.close();
    tmp.remove();
  });

  it('a write killed mid-way is "stopped because the app was closed", and nothing of it is in the store', async () => {
    const job = await value<JobView>(b.call('jobs-get', { jobId }, ani));
    expect(job).toMatchObject({ id: jobId, kind: 'import-write', user: 'ani', label: 'daftar-besar.xlsx', status: 'failed', error: { code: 'JOB_INTERRUPTED' } });
    expect(job.error!.message).toContain('Terhenti karena aplikasi ditutup');
    expect(job.finishedAt).not.toBeNull();
    // The second tab's list (or a reload) finds it too, not only the tab that held its id.
    expect((await value<JobView[]>(b.call('jobs-list', {}, ani))).map((j) => j.id)).toContain(jobId);
    expect(b.db.prepare('SELECT count(*) FROM workers').pluck().get()).toBe(0);
    expect(b.db.prepare('SELECT count(*) FROM imports').pluck().get()).toBe(0);
    expect(b.db.pragma('integrity_check', { simple: true })).toBe('ok');
    // The journal is the host's private file, beside the store.
    expect(fs.statSync(`${dbFile}.jobs.json`).mode & 0o777).toBe(0o600);
  });

  it('a restart once more keeps saying so (the settled state is kept, not re-judged)', async () => {
    await reopen();
    expect(await value<JobView>(b.call('jobs-get', { jobId }, ani))).toMatchObject({ status: 'failed', error: { code: 'JOB_INTERRUPTED' } });
  });

  it('a write that committed just before the host stopped is found done, with its import and counts', { timeout: 240_000 }, async () => {
    const { uploadId } = await value<{ uploadId: string }>(
      b.call('uploads-put', { fileName: 'daftar-kecil.xlsx', dataBase64: (() => { writeRoster(path.join(tmp.dir, 'k.xlsx'), 500, 900); return fs.readFileSync(path.join(tmp.dir, 'k.xlsx')).toString('base64'); })() }, ani),
    );
    const started = await value<JobView>(b.call('imports-commit-start', { uploadId, kind: 'roster', npp: '12345678', period: '2026-03' }, ani));
    let done: JobView = started;
    for (let i = 0; i < 1200 && done.status === 'running'; i++) {
      await new Promise((r) => setTimeout(r, 100));
      done = await value<JobView>(b.call('jobs-get', { jobId: started.id }, ani));
    }
    expect(done.status).toBe('done');
    b.close();
    // The host died after the commit but before it marked the job done: the journal still says running.
    const journal = JSON.parse(fs.readFileSync(`${dbFile}.jobs.json`, 'utf8')) as JobView[];
    fs.writeFileSync(`${dbFile}.jobs.json`, JSON.stringify(journal.map((j) => (j.id === started.id ? { ...j, status: 'running', stage: 'writing', result: null, finishedAt: null } : j))));
    b = createBackend(dbFile, 'browser');
    ani = (await value<{ token: string }>(b.call('auth-signin', { username: 'ani', password: 'ani-kuat-123' }))).token;
    const settled = await value<JobView>(b.call('jobs-get', { jobId: started.id }, ani));
    expect(settled).toMatchObject({ status: 'done', stage: 'done', error: null });
    expect(settled.result as ImportResult).toMatchObject({ importId: (done.result as ImportResult).importId, accepted: 500, inserted: 500 });
  });
});
