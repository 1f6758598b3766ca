import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import type { BackupFile } from '../../shared/domain/backup';
import type { JobView } from '../../shared/jobs/job-types';
import { BACKUP_PAGES_PER_STEP, backupTo } from '../../electron/backup/backup';
import { AppError } from '../../electron/errors/app-error';
import { staffedBackend } from '../support/staffed-backend';
import { tempDir } from '../support/temp-db';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('backup as a job (issue 16 §3): bytes copied of the total, cancel leaves no file', () => {
  const tmp = tempDir();
  afterAll(() => tmp.remove());

  /** A store of about 8 MB (2,000 pages of 4 KB): several steps of the online backup. */
  function bigStore(): Database.Database {
    const db = new Database(path.join(tmp.dir, 'besar.db'));
    db.exec('CREATE TABLE t (x BLOB); INSERT INTO t SELECT randomblob(3500) FROM (WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000) SELECT i FROM n);');
    return db;
  }

  it('reports pages done of the total after each step, rising to the total; the copy is whole', async () => {
    const db = bigStore();
    const steps: [number, number][] = [];
    const out = path.join(tmp.dir, 'cadangan.db');
    const { bytes } = await backupTo(db, out, (done, total) => steps.push([done, total]));
    const total = db.pragma('page_count', { simple: true }) as number;
    expect(steps.length).toBeGreaterThanOrEqual(Math.floor(total / BACKUP_PAGES_PER_STEP));
    expect(steps.every(([, t]) => t === total)).toBe(true);
    const dones = steps.map(([d]) => d);
    expect(dones).toEqual([...dones].sort((a, b) => a - b));
    expect(dones.at(-1)).toBe(total);
    expect(bytes).toBe(fs.statSync(out).size);
    const copy = new Database(out, { readonly: true });
    expect(copy.prepare('SELECT count(*) FROM t').pluck().get()).toBe(2000);
    copy.close();
    db.close();
  }, 60_000);

  it('a cancel during the copy stops it: no backup and no partial file is left', async () => {
    const db = new Database(path.join(tmp.dir, 'besar.db'));
    const out = path.join(tmp.dir, 'batal.db');
    await expect(
      backupTo(db, out, (done) => {
        if (done > 0) throw new AppError('JOB_CANCELLED');
      }),
    ).rejects.toMatchObject({ code: 'JOB_CANCELLED' });
    expect(fs.existsSync(out)).toBe(false);
    expect(fs.existsSync(`${out}.partial`)).toBe(false);
    db.close();
  }, 60_000);

  it('backups-create-start runs as a job of the branch head: stage "copying", bytes to the total, the file listed and logged', async () => {
    const s = await staffedBackend();
    try {
      const started = await s.value<JobView>(s.call('backups-create-start', {}, 'kacab'));
      expect(started).toMatchObject({ kind: 'backup', user: 'kacab', status: 'running' });
      expect(started.label).toMatch(/^sigap-manual-.*\.db$/);
      let end = started;
      const seen: JobView[] = [];
      for (let i = 0; i < 600 && end.status === 'running'; i++) {
        await sleep(20);
        end = await s.value<JobView>(s.call('jobs-get', { jobId: started.id }, 'kacab'));
        seen.push(end);
      }
      expect(seen.filter((v) => v.status === 'running').every((v) => v.stage === 'queued' || v.stage === 'copying')).toBe(true);
      const result = end.result as BackupFile & { folder: string };
      expect(end).toMatchObject({ status: 'done', stage: 'done', percent: 100 });
      expect(end.total).toBeGreaterThan(0);
      expect(end.total % 4096).toBe(0); // whole pages, said in bytes
      expect(result.name).toBe(started.label);
      expect(fs.existsSync(path.join(result.folder, result.name))).toBe(true);
      expect((await s.value<BackupFile[]>(s.call('backups-list', {}, 'kacab'))).map((b) => b.name)).toContain(result.name);
      expect(s.backend.db.prepare(`SELECT actor FROM audit_log WHERE action = 'backup' AND entity_id = ?`).pluck().get(result.name)).toBe('kacab');
      // A clerk may not back up.
      expect(await s.call('backups-create-start', {}, 'ani')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    } finally {
      s.remove();
    }
  }, 60_000);
});
