import { describe, expect, it } from 'vitest';
import { JobRegistry, type JobHandle } from '../../electron/jobs/job-registry';
import { formatMessage } from '../../shared/i18n/messages';

/** A job that reports `stage` at done/total and waits until released. */
function held(jobs: JobRegistry, kind: 'import-write' | 'import-undo', stage: 'writing' | 'removing') {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const view = jobs.start(kind, 'k', 'ani', async (job: JobHandle) => {
    job.progress(stage, 45, 100);
    await gate;
  });
  return { view, release };
}

describe('what a request meeting the write lock is told while a job of this host writes', () => {
  it('names the undo as an undo, the import write as an import, with how far each is; nothing when none writes', async () => {
    const jobs = new JobRegistry();
    expect(jobs.busyError()).toBeNull();
    const undo = held(jobs, 'import-undo', 'removing');
    await new Promise((r) => setTimeout(r, 0));
    const error = jobs.busyError()!;
    expect(error).toMatchObject({ code: 'JOB_UNDO_RUNNING', params: { percent: 45 } });
    expect(error.toApiError().message).toBe('Sedang membatalkan sebuah impor (45 %). Coba lagi sebentar lagi; tidak ada yang tersimpan.');
    expect(formatMessage('JOB_UNDO_RUNNING', { percent: 45 }, 'en')).toContain('An import is being undone (45 %)');
    undo.release();
    await new Promise((r) => setTimeout(r, 0));
    expect(jobs.busyError()).toBeNull();

    const write = held(jobs, 'import-write', 'writing');
    await new Promise((r) => setTimeout(r, 0));
    expect(jobs.busyError()).toMatchObject({ code: 'JOB_WRITE_RUNNING', params: { percent: 45 } });
    write.release();
  });
});
