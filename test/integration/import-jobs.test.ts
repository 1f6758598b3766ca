import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportPreview, ImportResult } from '../../shared/import/types';
import type { JobView } from '../../shared/jobs/job-types';
import { parseInWorker } from '../../electron/importer/run-in-worker';
import { readUpload } from '../../electron/importer/uploads';
import { sampleEmployer } from '../support/temp-db';
import { staffedBackend, type StaffName } from '../support/staffed-backend';
import { writeRoster } from '../support/sync-roster';

type S = Awaited<ReturnType<typeof staffedBackend>>;
const NPP = '12345678';
const ROWS = 15_000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('import jobs: progress, cancel, one check per upload, results after a reload', () => {
  let s: S;
  let roster: Buffer;

  const job = (jobId: string, who: StaffName = 'ani') => s.value<JobView>(s.call('jobs-get', { jobId }, who));
  const upload = async () =>
    (await s.value<{ uploadId: string }>(s.call('uploads-put', { fileName: 'daftar.xlsx', dataBase64: roster.toString('base64') }, 'ani'))).uploadId;
  const source = (uploadId: string) => ({ uploadId, kind: 'roster', npp: NPP, period: '2026-03' });
  /** Polls a job every 50 ms until it ends, keeping every view seen. */
  async function follow(jobId: string, until: (v: JobView) => boolean = (v) => v.status !== 'running'): Promise<JobView[]> {
    const seen: JobView[] = [];
    for (let i = 0; i < 2400; i++) {
      const v = await job(jobId);
      seen.push(v);
      if (until(v)) return seen;
      await sleep(50);
    }
    throw new Error('job did not end');
  }
  const count = (table: string) => s.backend.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;

  beforeAll(async () => {
    s = await staffedBackend();
    await s.value(s.call('employers-save', { employer: sampleEmployer(), mode: 'create' }, 'ani'));
    const file = path.join(path.dirname(s.backend.file), 'roster.xlsx');
    writeRoster(file, ROWS);
    roster = fs.readFileSync(file);
  }, 60_000);
  afterAll(() => s?.remove());

  it('a check reports its stage and rows done as they advance, and ends with the whole preview', async () => {
    const uploadId = await upload();
    const started = await s.value<JobView>(s.call('imports-check-start', source(uploadId), 'ani'));
    expect(started).toMatchObject({ kind: 'import-check', key: uploadId, user: 'ani', status: 'running' });
    const seen = await follow(started.id);
    const checking = seen.filter((v) => v.stage === 'checking' && v.total === ROWS);
    expect(checking.length).toBeGreaterThan(1);
    expect(checking.at(-1)!.done).toBeGreaterThan(checking[0]!.done);
    expect(checking.every((v) => v.percent === Math.floor((v.done * 100) / v.total))).toBe(true);
    const done = seen.at(-1)!;
    expect(done).toMatchObject({ status: 'done', stage: 'done', percent: 100 });
    expect(done.result as ImportPreview).toMatchObject({ totalRows: ROWS, accepted: ROWS, rejected: 0 });
    expect(count('workers')).toBe(0); // a check writes nothing
  }, 60_000);

  it('one check per upload: a second check cancels the first (its worker stops), and a cancel is answered as such', async () => {
    const uploadId = await upload();
    const first = await s.value<JobView>(s.call('imports-check-start', source(uploadId), 'ani'));
    await follow(first.id, (v) => v.stage === 'checking' || v.status !== 'running');
    const second = await s.value<JobView>(s.call('imports-check-start', { ...source(uploadId), period: '2026-02' }, 'ani'));
    const firstEnd = (await follow(first.id)).at(-1)!;
    expect(firstEnd).toMatchObject({ status: 'cancelled', error: { code: 'JOB_CANCELLED' } });
    expect((await s.value<JobView[]>(s.call('jobs-list', { uploadId, running: true }, 'ani'))).map((j) => j.id)).toEqual([second.id]);

    await s.value(s.call('jobs-cancel', { jobId: second.id }, 'ani'));
    expect((await follow(second.id)).at(-1)).toMatchObject({ status: 'cancelled' });
  }, 60_000);

  it('a write cancelled while it writes rolls back: nothing of the import is in the store', async () => {
    const uploadId = await upload();
    const commit = await s.value<JobView>(s.call('imports-commit-start', source(uploadId), 'ani'));
    const writing = (await follow(commit.id, (v) => (v.stage === 'writing' && v.done > 0) || v.status !== 'running')).at(-1)!;
    expect(writing).toMatchObject({ status: 'running', stage: 'writing', total: ROWS });
    await s.value(s.call('jobs-cancel', { jobId: commit.id }, 'ani'));
    const end = (await follow(commit.id)).at(-1)!;
    expect(end).toMatchObject({ status: 'cancelled', error: { code: 'JOB_CANCELLED', message: 'Dibatalkan. Tidak ada yang disimpan.' } });
    expect([count('workers'), count('memberships'), count('imports')]).toEqual([0, 0, 0]);
    expect(s.backend.db.pragma('integrity_check', { simple: true })).toBe('ok');
  }, 90_000);

  it('a write runs in its worker, reuses the finished check, answers the same job twice, and its result survives a reload', async () => {
    const uploadId = await upload();
    const check = await s.value<JobView>(s.call('imports-check-start', source(uploadId), 'ani'));
    await follow(check.id);
    const commit = await s.value<JobView>(s.call('imports-commit-start', source(uploadId), 'ani'));
    // A second click, or the same import started from a second tab: the same job, never a second write.
    expect((await s.value<JobView>(s.call('imports-commit-start', source(uploadId), 'ani'))).id).toBe(commit.id);
    const seen = await follow(commit.id);
    expect(seen.some((v) => v.stage === 'reading' || v.stage === 'checking')).toBe(false); // the check's rows were reused
    expect(seen.filter((v) => v.stage === 'writing').length).toBeGreaterThan(0);
    expect(seen.at(-1)).toMatchObject({ status: 'done', stage: 'done' });
    expect(count('memberships')).toBe(ROWS);

    // A reload: the page knows only its upload; the host still has the job and its result, though the file is gone.
    expect(() => readUpload(s.backend.db, uploadId)).toThrow();
    const [found] = await s.value<JobView[]>(s.call('jobs-list', { uploadId }, 'ani'));
    expect(found).toMatchObject({ id: commit.id, kind: 'import-write', status: 'done' });
    const result = (await job(commit.id)).result as ImportResult;
    expect(result).toMatchObject({ accepted: ROWS, inserted: ROWS, dryRun: false });
    expect(result.importId).toBe(s.backend.db.prepare('SELECT max(id) FROM imports').pluck().get());
    // Someone else's job does not exist for them.
    expect(await s.call('jobs-get', { jobId: commit.id }, 'budi')).toMatchObject({ ok: false, error: { code: 'JOB_NOT_FOUND' } });
    expect(await s.call('jobs-list', { uploadId }, 'budi')).toMatchObject({ ok: true, value: [] });
  }, 120_000);
});

describe('the parse worker does not blame the file for our bugs', () => {
  it('a bug in the worker is INTERNAL (logged), a PDF is FILE_NOT_SPREADSHEET', async () => {
    const job = { fileName: 'x.xlsx', kind: 'roster' as const, today: '2026-03-15T00:00:00Z', period: '2026-03', minimumWage: null, remembered: {} };
    // A job without its bytes can only come from our own code: the worker must not call it FILE_UNREADABLE.
    await expect(parseInWorker({ ...job, bytes: undefined as unknown as Uint8Array })).rejects.toMatchObject({ code: 'INTERNAL' });
    const pdf = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
    await expect(parseInWorker({ ...job, bytes: new Uint8Array(pdf) })).rejects.toMatchObject({ code: 'FILE_NOT_SPREADSHEET', params: { format: 'PDF' } });
  }, 30_000);
});
